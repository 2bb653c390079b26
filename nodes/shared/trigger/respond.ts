import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Answers the push now (n8n then sends nothing else): JSON for objects, the string as given otherwise. */
export function respond(
	ctx: IWebhookFunctions,
	status: number,
	body?: IDataObject | string,
): IWebhookResponseData {
	const res = ctx.getResponseObject();
	if (body === undefined || body === '') res.status(status).end();
	else if (typeof body === 'string') res.status(status).type('application/json').send(body);
	else res.status(status).json(body);
	return { noWebhookResponse: true };
}
