import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { fieldProperty, shownWhen } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { FIELDS } from './fields';

/** "Private Number Source": a specific number of the app, or an area code the platform picks from. */
export function numberSourceProperties(numberField: FieldSpec): INodeProperties[] {
	return [
		{
			displayName: 'Private Number Source',
			name: 'numberSource',
			type: 'options',
			options: [
				{
					name: 'Specific Number',
					value: 'number',
					description: 'Bind a number of the app you choose',
				},
				{
					name: 'By Area Code',
					value: 'areaCode',
					description: 'Let the platform pick a free number of a city',
				},
			],
			default: 'areaCode',
		},
		shownWhen(fieldProperty({ ...numberField, required: true }), 'numberSource', ['number']),
		shownWhen(fieldProperty(FIELDS.areaCode), 'numberSource', ['areaCode']),
		shownWhen(fieldProperty(FIELDS.areaMatchMode), 'numberSource', ['areaCode']),
	];
}

export function readNumberSource(item: ItemParameters, numberField: FieldSpec): IDataObject {
	if (item.choice('numberSource', 'Private Number Source', ['number', 'areaCode']) === 'number')
		return { [numberField.name]: item.read({ ...numberField, required: true }) };
	return { areaCode: item.read(FIELDS.areaCode), areaMatchMode: item.read(FIELDS.areaMatchMode) };
}
