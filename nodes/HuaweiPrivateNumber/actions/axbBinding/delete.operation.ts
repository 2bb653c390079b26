import { shownWhen } from '../../../shared/parameters/fieldSpec';
import { deleteBindingOperation } from '../binding/delete';
import { DELETE_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: DELETE_LOOKUP,
	more: {
		properties: [
			shownWhen(
				{
					displayName: 'Confirm Deleting All Bindings on X',
					name: 'confirmDeleteAll',
					type: 'boolean',
					default: false,
					description: 'Whether you really mean to remove every binding of this private number',
				},
				'lookupBy',
				['relationNum'],
			),
		],
		read(item, query) {
			if (query.relationNum && item.raw('confirmDeleteAll') !== true)
				item.fail(
					'"Confirm Deleting All Bindings on X"',
					'must be turned on to delete every binding of an X number',
				);
			return {};
		},
	},
});
