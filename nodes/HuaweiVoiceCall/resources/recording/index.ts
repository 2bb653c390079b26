import type { ResourceOperations } from '../../../shared/operation';
import * as download from './download';
import * as getLink from './getLink';

export { recordingOperationProperty } from '../../../shared/callOperations';

export const recordingOperations: ResourceOperations = { getLink, download };
