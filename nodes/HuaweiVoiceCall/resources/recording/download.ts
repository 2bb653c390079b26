import { recordingDownloadOperation } from '../../../shared/callOperations';
import { CREDENTIAL } from '../common';

export const { description, execute } = recordingDownloadOperation('recording', CREDENTIAL);
