import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parsePhoneNumber } from './phone';

/**
 * One API field described once: how n8n shows it and how a value typed by the user is checked and
 * turned into what the API wants (phone numbers to E.164, toggles to "true"/"false").
 */
export interface FieldSpec {
	/** The API's field name, also the n8n parameter name. */
	name: string;
	displayName: string;
	kind:
		| 'phone'
		| 'integer'
		| 'flag'
		| 'text'
		| 'voiceFile'
		| 'userData'
		| 'asciiUserData'
		| 'options'
		| 'digits'
		| 'base64Url';
	description?: string;
	required?: boolean;
	min?: number;
	max?: number;
	maxLength?: number;
	default?: string | number | boolean;
	options?: INodePropertyOptions[];
	/** For 'flag': the strings sent for on/off (default "true"/"false"). */
	flagValues?: [string, string];
	placeholder?: string;
}

const VOICE_FILE = /^[0-9A-Za-z._@-]{1,128}$/;

export function fieldProperty(spec: FieldSpec): INodeProperties {
	const base = {
		displayName: spec.displayName,
		name: spec.name,
		description: spec.description,
		required: spec.required,
		placeholder: spec.placeholder,
	};
	switch (spec.kind) {
		case 'integer':
			return {
				...base,
				type: 'number',
				default: spec.default ?? 0,
				typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 0 },
			};
		case 'flag':
			return { ...base, type: 'boolean', default: spec.default ?? false };
		case 'options':
			return {
				...base,
				type: 'options',
				options: spec.options ?? [],
				default: spec.default ?? spec.options?.[0]?.value ?? '',
			};
		default:
			return { ...base, type: 'string', default: spec.default ?? '' };
	}
}

/** Reads and checks one item's parameters, failing with the field's name and the item number. */
export class ItemInput {
	constructor(
		readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
		readonly defaultCountryCode: string,
	) {}

	fail(field: string, problem: string): never {
		throw new NodeOperationError(
			this.ctx.getNode(),
			`${field} ${problem} (item ${this.itemIndex})`,
			{
				itemIndex: this.itemIndex,
				description: `Fix ${field} in item ${this.itemIndex} and run again; nothing was sent to Huawei for this item.`,
			},
		);
	}

	raw(name: string, fallback?: unknown): unknown {
		return this.ctx.getNodeParameter(name, this.itemIndex, fallback);
	}

	/** A top-level parameter, checked and converted per its spec; empty optional values give undefined. */
	field(spec: FieldSpec): string | number | undefined {
		return this.convert(spec, this.raw(spec.name, spec.default));
	}

	/** The chosen entries of a collection parameter, checked and converted; unknown keys are ignored. */
	collection(name: string, specs: FieldSpec[]): IDataObject {
		const values = (this.raw(name, {}) ?? {}) as IDataObject;
		const body: IDataObject = {};
		for (const spec of specs) {
			if (!(spec.name in values)) continue;
			const value = this.convert(spec, values[spec.name]);
			if (value !== undefined) body[spec.name] = value;
		}
		return body;
	}

	phone(label: string, value: unknown): string {
		const parsed = parsePhoneNumber(value, this.defaultCountryCode);
		if (!parsed.ok) this.fail(label, `${parsed.reason}: "${String(value ?? '')}"`);
		return parsed.e164;
	}

	convert(spec: FieldSpec, value: unknown): string | number | undefined {
		const label = `"${spec.displayName}"`;
		const empty = value === undefined || value === null || value === '';
		if (empty) {
			if (spec.required) this.fail(label, 'is required');
			return undefined;
		}
		switch (spec.kind) {
			case 'phone':
				return this.phone(label, value);
			case 'integer': {
				const number =
					typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
				if (typeof number !== 'number' || !Number.isInteger(number))
					this.fail(label, `must be a whole number, not "${String(value)}"`);
				if (
					(spec.min !== undefined && number < spec.min) ||
					(spec.max !== undefined && number > spec.max)
				) {
					this.fail(label, `must be between ${spec.min} and ${spec.max}, not ${number}`);
				}
				return number;
			}
			case 'flag': {
				const [on, off] = spec.flagValues ?? ['true', 'false'];
				if (typeof value !== 'boolean') this.fail(label, 'must be true or false');
				return value ? on : off;
			}
			case 'options': {
				const allowed = (spec.options ?? []).map((option) => option.value);
				if (!allowed.includes(value as string | number))
					this.fail(label, `must be one of ${allowed.join(', ')}`);
				return value as string | number;
			}
			default:
				return this.text(spec, label, String(value).trim());
		}
	}

	private text(spec: FieldSpec, label: string, value: string): string | undefined {
		if (value === '') {
			if (spec.required) this.fail(label, 'is required');
			return undefined;
		}
		if (spec.kind === 'base64Url') {
			if (!/^https?:\/\/\S+$/.test(value))
				this.fail(label, `must be an http(s) URL, not "${value}"`);
			return Buffer.from(value, 'utf8').toString('base64');
		}
		const isUserData = spec.kind === 'userData' || spec.kind === 'asciiUserData';
		const maxLength = spec.maxLength ?? (isUserData ? 256 : 128);
		if (value.length > maxLength) this.fail(label, `must be at most ${maxLength} characters`);
		if (isUserData && /[{}]/.test(value)) {
			this.fail(label, 'must not contain { or } (Huawei rejects them)');
		}
		if (spec.kind === 'asciiUserData' && /[^\x20-\x7e]/.test(value)) {
			this.fail(label, 'must be plain ASCII (Base64-encode Chinese text first)');
		}
		if (spec.kind === 'voiceFile' && !VOICE_FILE.test(value)) {
			this.fail(
				label,
				'must be the name of an approved audio file (letters, digits, - _ . @ only)',
			);
		}
		if (
			spec.kind === 'digits' &&
			!new RegExp(`^\\d{${spec.min ?? 1},${spec.max ?? 32}}$`).test(value)
		) {
			this.fail(label, `must be ${spec.min ?? 1} to ${spec.max ?? 32} digits`);
		}
		return value;
	}
}

/** An "Additional Fields" / "Update Fields" collection of `specs`. */
export function collectionProperty(
	name: string,
	displayName: string,
	specs: FieldSpec[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...specs]
			.sort((a, b) => a.displayName.localeCompare(b.displayName))
			.map((spec) => fieldProperty({ ...spec, required: false })),
	};
}

/** Update operations need at least one field to change. */
export function requireSome(
	input: ItemInput,
	body: IDataObject,
	collectionLabel: string,
): IDataObject {
	if (Object.keys(body).length === 0)
		input.fail(`"${collectionLabel}"`, 'is empty: add at least one field to change');
	return body;
}

/** One way of finding a record: an option of "Look Up By" and the fields it needs. */
export interface LookupChoice {
	name: string;
	value: string;
	fields: FieldSpec[];
}

/** A "Look Up By" selector whose choices each show their own fields. */
export function lookupProperties(
	choices: LookupChoice[],
	displayName = 'Look Up By',
): INodeProperties[] {
	const firstChoice = choices[0].value;
	const selector: INodeProperties = {
		displayName,
		name: 'lookupBy',
		type: 'options',
		options: choices.map((choice) => ({ name: choice.name, value: choice.value })),
		default: firstChoice,
	};
	return [
		selector,
		...choices.flatMap((choice) =>
			choice.fields.map((spec) => ({
				...fieldProperty(spec),
				displayOptions: { show: { lookupBy: [choice.value] } },
			})),
		),
	];
}

/** The chosen lookup's fields, checked and converted (empty optional ones left out). */
export function readLookup(input: ItemInput, choices: LookupChoice[]): IDataObject {
	const chosen = input.raw('lookupBy');
	const choice =
		choices.find((c) => c.value === chosen) ??
		input.fail('"Look Up By"', `has an unknown value "${String(chosen)}"`);
	const query: IDataObject = {};
	for (const spec of choice.fields) {
		const value = input.field(spec);
		if (value !== undefined) query[spec.name] = value;
	}
	return query;
}
