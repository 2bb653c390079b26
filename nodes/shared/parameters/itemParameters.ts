import type { IDataObject, IExecuteFunctions, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parsePhoneNumber } from '../phone';
import type { FieldSpec } from './fieldSpec';
import { checkPushUrl } from './pushUrl';
import { storedOrResolved } from './stored';
import { userDataValue, voiceFileProblem } from './values';

/** "an object", "a list", "true/false" … for messages about a value of the wrong type. */
export function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'boolean') return 'true/false';
	if (typeof value === 'number') return 'a number';
	return typeof value;
}

/** Text as the API wants it: strings trimmed, numbers as their digits; anything else is refused. */
function asText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A resource locator's stored form ({ __rl, mode, value }), as old workflows or a test may hand it over. */
function isLocatorValue(value: unknown): value is { value: unknown } {
	return typeof value === 'object' && value !== null && (value as { __rl?: unknown }).__rl === true;
}

/**
 * Reads one input item's parameters and turns them into what the API wants, failing with the
 * field's display name and the item number before anything is sent.
 */
export class ItemParameters {
	constructor(
		readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
		readonly defaultCountryCode: string,
		/** The node's parameters as stored (read once per run: n8n copies them on every getNode()). */
		readonly parameters: INodeParameters,
	) {}

	fail(field: string, problem: string): never {
		throw new NodeOperationError(
			this.ctx.getNode(),
			`${field} ${problem} [item ${this.itemIndex}]`,
			{
				itemIndex: this.itemIndex,
				description: `Fix ${field} for item ${this.itemIndex}.`,
			},
		);
	}

	/** The parameter as n8n resolves it (expressions evaluated; a resource locator's value), unchecked. */
	raw(name: string, fallback?: unknown): unknown {
		const value = storedOrResolved(this.parameters, name, () =>
			this.ctx.getNodeParameter(name, this.itemIndex, fallback),
		);
		return isLocatorValue(value) ? value.value : value;
	}

	/** A top-level parameter, checked and converted per its spec; empty optional values give undefined. */
	read(spec: FieldSpec): string | number | undefined {
		const value = this.raw(spec.name, spec.default);
		if (!spec.inputFallback || !isEmpty(value)) return this.convert(spec, value);
		const field = spec.inputFallback;
		const fromInput = this.ctx.getInputData()[this.itemIndex]?.json?.[field];
		if (isEmpty(fromInput) && spec.required)
			this.fail(`"${spec.displayName}"`, `is empty and the input item has no ${field}`);
		return this.convert(spec, fromInput, `The input item's ${field} (for "${spec.displayName}")`);
	}

	/** An options parameter of the node's own UI (not an API field), which must be one of `allowed`. */
	choice<T extends string>(name: string, label: string, allowed: readonly T[], fallback?: T): T {
		const value = this.raw(name, fallback);
		if (!allowed.includes(value as T))
			this.fail(`"${label}"`, `must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
		return value as T;
	}

	/** The chosen entries of a collection parameter, checked and converted; unknown keys are ignored. */
	collection(name: string, specs: FieldSpec[]): IDataObject {
		const values = this.raw(name, {});
		if (values === null || typeof values !== 'object' || Array.isArray(values))
			this.fail(`"${name}"`, `must be a set of fields, not ${describeType(values)}`);
		const body: IDataObject = {};
		for (const spec of specs) {
			if (!(spec.name in values)) continue;
			const value = this.convert(spec, (values as IDataObject)[spec.name]);
			if (value !== undefined) body[spec.name] = value;
		}
		return body;
	}

	phone(label: string, value: unknown): string {
		if (typeof value !== 'string' && typeof value !== 'number')
			this.fail(label, `must be a phone number, not ${describeType(value)}`);
		const parsed = parsePhoneNumber(value, this.defaultCountryCode);
		if (!parsed.ok) this.fail(label, `${parsed.reason}: "${String(value)}"`);
		return parsed.e164;
	}

	convert(
		spec: FieldSpec,
		value: unknown,
		label = `"${spec.displayName}"`,
	): string | number | undefined {
		if (isEmpty(value)) {
			if (spec.required) this.fail(label, 'is required');
			return undefined;
		}
		switch (spec.kind) {
			case 'phone':
				return this.phone(label, value);
			case 'integer':
				return this.integer(spec, label, value);
			case 'flag':
				return this.flag(spec, label, value);
			case 'options': {
				const match = (spec.options ?? []).find((option) => String(option.value) === String(value));
				if (!match || typeof value === 'object')
					this.fail(label, `must be one of ${(spec.options ?? []).map((o) => o.value).join(', ')}`);
				return match.value as string | number;
			}
			default: {
				const text = asText(value);
				if (text === undefined) this.fail(label, `must be text, not ${describeType(value)}`);
				return this.text(spec, label, text);
			}
		}
	}

	private integer(spec: FieldSpec, label: string, value: unknown): number {
		const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number))
			this.fail(
				label,
				`must be a whole number, not ${typeof value === 'string' ? `"${value}"` : describeType(value)}`,
			);
		if (
			(spec.min !== undefined && number < spec.min) ||
			(spec.max !== undefined && number > spec.max)
		)
			this.fail(label, `must be between ${spec.min} and ${spec.max}, not ${number}`);
		return number;
	}

	private flag(spec: FieldSpec, label: string, value: unknown): string {
		const on = value === true || value === 'true';
		if (!on && value !== false && value !== 'false')
			this.fail(label, `must be true or false, not ${describeType(value)}`);
		const [onValue, offValue] = spec.flagValues ?? ['true', 'false'];
		return on ? onValue : offValue;
	}

	private text(spec: FieldSpec, label: string, value: string): string | undefined {
		if (value === '') {
			if (spec.required) this.fail(label, 'is required');
			return undefined;
		}
		if (spec.kind === 'pushUrl') {
			const problem = checkPushUrl(value);
			if (problem) this.fail(label, problem);
			return Buffer.from(value, 'utf8').toString('base64');
		}
		if (spec.kind === 'userData') {
			const userData = userDataValue(value, spec.maxLength ?? 256);
			if ('problem' in userData) this.fail(label, userData.problem);
			return userData.value;
		}
		const maxLength = spec.maxLength ?? 128;
		if (value.length > maxLength) this.fail(label, `must be at most ${maxLength} characters`);
		const voiceFile = spec.kind === 'voiceFile' ? voiceFileProblem(value) : undefined;
		if (voiceFile) this.fail(label, voiceFile);
		if (
			spec.kind === 'digits' &&
			!new RegExp(`^\\d{${spec.min ?? 1},${spec.max ?? 32}}$`).test(value)
		)
			this.fail(label, `must be ${spec.min ?? 1} to ${spec.max ?? 32} digits`);
		return value;
	}
}
