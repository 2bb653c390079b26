import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { LIFETIME_NOTE } from './fields';

/** The platform accepts 0 or 60-7776000 seconds. */
export function checkLifetime(item: ItemParameters, spec: FieldSpec, value: unknown): void {
	if (typeof value === 'number' && value > 0 && value < 60)
		item.fail(`"${spec.displayName}"`, `must be 0 or at least 60 seconds (${LIFETIME_NOTE})`);
}
