import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * One API field described once: how n8n shows it, and (see ItemParameters) how a value typed or
 * computed by the user is checked and turned into what the API wants.
 */
export interface FieldSpec {
	/** The API's field name, also the n8n parameter name. */
	name: string;
	displayName: string;
	kind:
		| 'phone' // E.164 after normalisation
		| 'integer'
		| 'flag' // a toggle sent as "true"/"false" (or `flagValues`)
		| 'text'
		| 'voiceFile' // the name of an audio file approved on the console
		| 'userData' // free text echoed in pushes: no braces, non-ASCII sent Base64-encoded
		| 'options'
		| 'digits'
		| 'pushUrl'; // a Voice Call push URL, sent Base64-encoded
	description?: string;
	required?: boolean;
	min?: number;
	max?: number;
	maxLength?: number;
	default?: string | number | boolean;
	options?: INodePropertyOptions[];
	/** For 'flag': the strings sent for on/off (default "true"/"false"). */
	flagValues?: [string, string];
	/** Shown as the placeholder "e.g. <example>". */
	example?: string;
	/**
	 * Makes the field a resource locator: "From List" searched by this listSearch method (the
	 * placeholder and hint say what to type), or "By ID".
	 */
	locator?: { searchMethod: string; searchPlaceholder: string; listHint: string };
	/**
	 * Left empty, the field takes this field of the input item (e.g. the subscriptionId a Create
	 * put out), so the editor does not mark it required; without either, the item fails.
	 */
	inputFallback?: string;
}

export function fieldProperty(spec: FieldSpec): INodeProperties {
	const base = {
		displayName: spec.displayName,
		name: spec.name,
		description: spec.description,
		required: spec.inputFallback ? false : spec.required,
		placeholder: spec.example === undefined ? undefined : `e.g. ${spec.example}`,
	};
	if (spec.locator) return locatorProperty(spec, base, spec.locator);
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

/** A resource locator: "From List" (the bindings of a typed number) or "By ID". */
function locatorProperty(
	spec: FieldSpec,
	base: Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'required'>,
	{ searchMethod, searchPlaceholder, listHint }: NonNullable<FieldSpec['locator']>,
): INodeProperties {
	return {
		...base,
		type: 'resourceLocator',
		default: { mode: 'list', value: spec.default ?? '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: searchPlaceholder,
				hint: listHint,
				typeOptions: {
					searchListMethod: searchMethod,
					searchable: true,
					searchFilterRequired: true,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.example === undefined ? undefined : `e.g. ${spec.example}`,
			},
		],
	};
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

/** `property` shown only while the parameter `name` has one of `values`. */
export function shownWhen(
	property: INodeProperties,
	name: string,
	values: Array<string | number | boolean>,
): INodeProperties {
	return {
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, [name]: values },
		},
	};
}
