import { recordingLinkOperation } from '../../../shared/callOperations';
import { CREDENTIAL } from '../common';

export const { description, execute } = recordingLinkOperation('recording', CREDENTIAL);
