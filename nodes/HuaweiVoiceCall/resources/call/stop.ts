import { stopCallOperation } from '../../../shared/callOperations';
import { CREDENTIAL } from '../common';

export const { description, execute } = stopCallOperation('call', CREDENTIAL);
