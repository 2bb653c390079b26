import type { ResourceOperations } from '../../../shared/operation';
import * as stop from './stop';

export { callOperationProperty } from '../../../shared/callOperations';

export const callOperations: ResourceOperations = { stop };
