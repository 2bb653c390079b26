import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { fieldProperty, shownWhen } from '../../../shared/parameters/fieldSpec';
import { deleteBindingOperation } from '../binding/delete';
import { withAppKey } from './appKey';
import { MODE, RESOURCE, SUBSCRIPTION_ID, URI } from './fields';
import { relationsIn } from './pages';
import { bindingsRemain } from '../binding/get';
import { samePhone } from '../../../shared/phone';

const Y_NUMBER: FieldSpec = {
	name: 'yNum',
	displayName: 'Y Number',
	kind: 'phone',
	required: true,
	example: '+8617010000002',
	description: 'The Y returned by the YB step',
};
const B_NUMBER: FieldSpec = {
	name: 'bNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	example: '+8613900000000',
};

export const { description, prepare, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: [{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] }],
	more: {
		properties: [
			{
				displayName: 'Remove',
				name: 'scope',
				type: 'options',
				options: [
					{ name: 'Whole Binding (AX and Every YB)', value: 'all' },
					{ name: 'One YB Relation, by Y Number', value: 'yNum' },
					{ name: 'One YB Relation, by B Number', value: 'bNum' },
				],
				default: 'all',
			},
			shownWhen(fieldProperty(Y_NUMBER), 'scope', ['yNum']),
			shownWhen(fieldProperty(B_NUMBER), 'scope', ['bNum']),
		],
		read(item) {
			const scope = item.choice('scope', 'Remove', ['all', 'yNum', 'bNum']);
			if (scope === 'all') return {};
			return { [scope]: item.read(scope === 'yNum' ? Y_NUMBER : B_NUMBER) };
		},
	},
	completeQuery: withAppKey,
	// The whole binding, or the one YB relation the delete names.
	stillThere: async (api, { subscriptionId, yNum, bNum }) => {
		const qs = await withAppKey(api, { subscriptionId });
		return bindingsRemain(api, URI, qs, (answer) =>
			relationsIn(answer).filter(
				(relation) =>
					(!yNum || samePhone(relation.numY, yNum)) && (!bNum || samePhone(relation.numB, bNum)),
			),
		);
	},
});
