import { shownWhen } from '../../../shared/parameters/fieldSpec';
import { deleteBindingOperation } from '../binding/delete';
import { bindingsRemain } from '../binding/get';
import { DELETE_LOOKUP, MODE, RESOURCE, URI } from './fields';
import { bindingsIn } from './pages';

export const { description, prepare, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: DELETE_LOOKUP,
	stillThere: (api, query) => bindingsRemain(api, URI, query, bindingsIn),
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
