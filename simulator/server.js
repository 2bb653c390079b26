// The local Huawei platform: Private Number and Voice Call APIs over HTTP and HTTPS, signed
// pushes, and an admin API. Dev and test only; never shipped.
const http = require('node:http');
const https = require('node:https');

const selfsigned = require('selfsigned');

const { authenticate } = require('./auth/verifier');
const { handleAdmin } = require('./admin');
const { PlatformError, sendError, sendJson, success, readBody, invalid } = require('./http');
const { Pusher } = require('./pushes');
const { PlatformState } = require('./state');
const { Traffic } = require('./traffic');

const ROUTES = [
	...require('./routes/axb'),
	...require('./routes/ax'),
	...require('./routes/axe'),
	...require('./routes/axyb'),
	...require('./routes/common'),
	...require('./routes/voiceCall'),
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function selfSignedCertificate() {
	const pems = selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
		days: 30,
		keySize: 2048,
		algorithm: 'sha256',
		extensions: [
			{
				name: 'subjectAltName',
				altNames: [
					{ type: 2, value: 'localhost' },
					{ type: 7, ip: '127.0.0.1' },
				],
			},
		],
	});
	return { key: pems.private, cert: pems.cert };
}

/**
 * @typedef {object} SimulatorOptions
 * @property {string} [host]
 * @property {number} [port] 0 = any free port
 * @property {number | null} [httpsPort] 0 = any free port, null = off
 * @property {number} [timeScale] retry schedule multiplier, 1 = real minutes
 * @property {number} [eventGapMs] pause between pushed events
 * @property {number} [authWindowSeconds]
 */

/** @typedef {import('node:net').AddressInfo} AddressInfo */

class Simulator {
	/** The HTTP API's base URL, set by start(). @type {string} */
	url;
	/** The HTTPS API's base URL, set by start() when there is an httpsPort. @type {string | undefined} */
	httpsUrl;

	/**
	 * options: port / httpsPort (0 = any free port, null = off), host, timeScale (retry schedule
	 * multiplier, 1 = real minutes), eventGapMs (pause between pushed events), authWindowSeconds.
	 * @param {SimulatorOptions} [options]
	 */
	constructor(options = {}) {
		this.options = {
			host: '127.0.0.1',
			port: 0,
			httpsPort: null,
			timeScale: 1,
			authWindowSeconds: 300,
			...options,
		};
		this.state = new PlatformState();
		this.pusher = new Pusher(this.state, { timeScale: this.options.timeScale });
		this.traffic = new Traffic(this.state, this.pusher, { eventGapMs: this.options.eventGapMs });
		this.faults = {};
		this.routes = new Map(ROUTES.map((route) => [`${route.method} ${route.path}`, route]));
		this.paths = new Set(ROUTES.map((route) => route.path));
	}

	async start() {
		const handler = (req, res) =>
			this.handle(req, res).catch((error) =>
				sendJson(res, 500, {
					resultcode: '1010001',
					resultdesc: `Internal system error. ${error.message}`,
				}),
			);
		const httpServer = http.createServer(handler);
		this.httpServer = httpServer;
		await /** @type {Promise<void>} */ (
			new Promise((resolve) => httpServer.listen(this.options.port, this.options.host, resolve))
		);
		const { port } = /** @type {AddressInfo} */ (httpServer.address());
		this.url = `http://${this.options.host}:${port}`;
		if (this.options.httpsPort !== null && this.options.httpsPort !== undefined) {
			const httpsPort = this.options.httpsPort;
			this.certificate = selfSignedCertificate();
			const httpsServer = https.createServer(this.certificate, handler);
			this.httpsServer = httpsServer;
			await /** @type {Promise<void>} */ (
				new Promise((resolve) => httpsServer.listen(httpsPort, this.options.host, resolve))
			);
			const { port: securePort } = /** @type {AddressInfo} */ (httpsServer.address());
			this.httpsUrl = `https://${this.options.host}:${securePort}`;
		}
		return this;
	}

	async close() {
		this.pusher.close();
		for (const server of [this.httpServer, this.httpsServer]) {
			if (!server) continue;
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	}

	addApp(spec) {
		return this.state.addApp(spec);
	}

	/** Whether a fault of this kind hits this request: a counted "next N" first, then a rate. */
	takeFault(req, countKey, rateKey) {
		const f = this.faults;
		if (f.match && !req.url.includes(f.match)) return false;
		if (f[countKey] > 0) {
			f[countKey] -= 1;
			return true;
		}
		return f[rateKey] > 0 && Math.random() < f[rateKey];
	}

	async applyFaults(req, res) {
		const f = this.faults;
		if (f.match && !req.url.includes(f.match)) return false;
		if (f.latencyMs) await sleep(f.latencyMs);
		const take = (countKey, rateKey) => this.takeFault(req, countKey, rateKey);
		if (take('nextResets', 'resetRate')) {
			req.socket.destroy();
			return true;
		}
		if (take('nextErrors', 'errorRate')) {
			sendError(res, new PlatformError('1010001'));
			return true;
		}
		if (take('nextFlowControl', 'flowControlRate')) {
			sendError(res, new PlatformError('1010010'));
			return true;
		}
		return false;
	}

	async handle(req, res) {
		const target = new URL(req.url, 'http://sim');
		const path = target.pathname;
		if (path.startsWith('/admin/')) {
			const text = await readBody(req);
			return handleAdmin(this, req, res, path, text ? JSON.parse(text) : {});
		}
		if (req.method === 'GET' && path.startsWith('/sim-recordings/'))
			return this.serveRecording(path, res);
		if (!this.paths.has(path)) {
			res.writeHead(404, { 'Content-Type': 'text/html' });
			return res.end('<html><body>404 Not Found</body></html>');
		}
		const log = { method: req.method, path, at: Date.now() };
		this.state.record(this.state.requestLog, log);
		if (await this.applyFaults(req, res)) {
			log.fault = true;
			return undefined;
		}
		try {
			const route = this.routes.get(`${req.method} ${path}`);
			if (!route) throw new PlatformError('1010006');
			const app = authenticate(this.state, req.headers, this.options.authWindowSeconds);
			log.appKey = app.appKey;
			if (!route.modes.includes(app.mode)) throw new PlatformError('1010040');
			const text = await readBody(req);
			let body = {};
			if (req.method === 'POST' || req.method === 'PUT') {
				try {
					body = text ? JSON.parse(text) : {};
				} catch {
					throw invalid('body', 'is not valid JSON');
				}
				if (!body || typeof body !== 'object' || Array.isArray(body))
					throw invalid('body', 'must be a JSON object');
			}
			const query = Object.fromEntries(target.searchParams);
			const baseUrl = `${req.socket.encrypted ? 'https' : 'http'}://${req.headers.host}`;
			const result = await route.handler({
				state: this.state,
				traffic: this.traffic,
				app,
				body,
				query,
				baseUrl,
			});
			log.resultcode = '0';
			// The platform acted but the answer is lost: the case a blind retry would duplicate.
			if (this.takeFault(req, 'nextDrops', 'dropRate')) {
				log.dropped = true;
				req.socket.destroy();
				return undefined;
			}
			if (result.redirect) {
				res.writeHead(301, { Location: result.redirect, 'Content-Length': 0, Connection: 'close' });
				return res.end();
			}
			return success(res, result);
		} catch (error) {
			if (!(error instanceof PlatformError)) throw error;
			log.resultcode = error.code;
			return sendError(res, error);
		}
	}

	serveRecording(path, res) {
		const [, , token, name] = path.split('/');
		const recording = this.state.recordings.get(decodeURIComponent(name ?? ''));
		if (!recording || recording.token !== token) {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			return res.end('Not Found');
		}
		res.writeHead(200, {
			'Content-Type': 'audio/wav',
			'Content-Length': recording.bytes.length,
			'Content-Disposition': `attachment; filename="${decodeURIComponent(name)}"`,
		});
		return res.end(recording.bytes);
	}
}

module.exports = { Simulator };
