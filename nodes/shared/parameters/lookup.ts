import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldSpec } from './fieldSpec';
import { fieldProperty, shownWhen } from './fieldSpec';
import type { ItemParameters } from './itemParameters';

/** One way of finding a record: an option of "Find Binding By" and the fields it needs. */
export interface LookupChoice {
	name: string;
	value: string;
	fields: FieldSpec[];
}

/** The "Find Binding By" selector, each choice showing its own fields (one choice: just its fields). */
export function lookupProperties(choices: LookupChoice[]): INodeProperties[] {
	if (choices.length === 1) return choices[0].fields.map(fieldProperty);
	const first = choices[0].value;
	const selector: INodeProperties = {
		displayName: 'Find Binding By',
		name: 'lookupBy',
		type: 'options',
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		options: choices.map(({ fields, ...option }) => option),
		default: first,
	};
	return [
		selector,
		...choices.flatMap((choice) =>
			choice.fields.map((spec) => shownWhen(fieldProperty(spec), 'lookupBy', [choice.value])),
		),
	];
}

/** The chosen lookup's query fields, checked and converted (empty optional ones left out). */
export function readLookup(item: ItemParameters, choices: LookupChoice[]): IDataObject {
	const chosen =
		choices.length === 1
			? choices[0].value
			: item.choice(
					'lookupBy',
					'Find Binding By',
					choices.map((choice) => choice.value),
				);
	const choice = choices.find((c) => c.value === chosen) as LookupChoice;
	const query: IDataObject = {};
	for (const spec of choice.fields) {
		const value = item.read(spec);
		if (value !== undefined) query[spec.name] = value;
	}
	return query;
}
