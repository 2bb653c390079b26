import type { INodeProperties } from 'n8n-workflow';

import type { ItemInput } from '../../shared/fields';

export function paginationProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

export function readPagination(input: ItemInput): { returnAll: boolean; limit: number } {
	const returnAll = input.raw('returnAll', false) === true;
	const limit = Number(input.raw('limit', 50));
	if (!returnAll && (!Number.isInteger(limit) || limit < 1))
		input.fail('"Limit"', 'must be a whole number of at least 1');
	return { returnAll, limit };
}
