// Everything the simulated platform knows: applications, their numbers, bindings, calls,
// recordings and the log of pushes. Lifetimes run on a clock that tests can move forward.
const crypto = require('node:crypto');

const PROVINCE_OF_AREA = {
	'010': 'Beijing',
	'020': 'Guangdong',
	'0755': 'Guangdong',
	'0756': 'Guangdong',
	'0769': 'Guangdong',
	'021': 'Shanghai',
	'0571': 'Zhejiang',
	'0574': 'Zhejiang',
	'025': 'Jiangsu',
	'0512': 'Jiangsu',
	'028': 'Sichuan',
	'027': 'Hubei',
	'029': 'Shaanxi',
	'0531': 'Shandong',
	'0532': 'Shandong',
};

const LOG_LIMIT = 20_000;

const MODES = ['AXB', 'AX', 'AXE', 'AXYB', 'X', 'VOICE'];

/**
 * @typedef {object} SimNumber
 * @property {string} number
 * @property {string} areaCode
 * @property {string} province
 * @property {string} status the platform's number status code ('5' = in service)
 */

/**
 * @typedef {object} SimApp
 * @property {string} appKey
 * @property {string} appSecret
 * @property {string} mode AXB, AX, AXE, AXYB, X or VOICE
 * @property {string} status
 * @property {string} spId
 * @property {string} authScheme
 * @property {boolean} recording
 * @property {number} extensionLength
 * @property {Record<string, string>} callbacks push URLs by kind
 * @property {string[]} displayNumbers
 * @property {Map<string, SimNumber>} numbers
 */

/**
 * @typedef {object} SimRecording
 * @property {string} domain
 * @property {number} createdAt
 * @property {Buffer} bytes
 * @property {string} token
 */

/**
 * What addApp takes: the app's fields, defaults for the rest.
 * @typedef {object} AppSpec
 * @property {string} appKey
 * @property {string} appSecret
 * @property {string} mode AXB, AX, AXE, AXYB, X or VOICE
 * @property {string} [status]
 * @property {string} [spId]
 * @property {string} [authScheme]
 * @property {boolean} [recording]
 * @property {number} [extensionLength]
 * @property {Record<string, string>} [callbacks]
 * @property {string[]} [displayNumbers]
 * @property {Array<string | { number: string, areaCode?: string, province?: string, status?: string }>} [numbers]
 */

/** A push as sent, or a request as received: the simulator's logs. @typedef {Record<string, any>} LogEntry */

class PlatformState {
	/** @type {Map<string, SimApp>} */
	apps;
	/** @type {Map<string, Record<string, any>>} subscriptionId -> binding (every mode) */
	bindings;
	/** @type {Map<string, Record<string, any>>} sessionId -> call */
	sessions;
	/** @type {Map<string, SimRecording>} recordObjectName -> recording */
	recordings;
	/** @type {Map<string, Record<string, any>>} number -> { outcome, digits, ringSeconds, talkSeconds, holdMs } */
	calleeBehaviour;
	/** @type {LogEntry[]} */
	pushLog;
	/** @type {LogEntry[]} */
	requestLog;
	/** @type {number} */
	sequence;

	constructor() {
		this.clockOffsetMs = 0;
		this.reset();
	}

	reset() {
		this.apps = new Map();
		this.bindings = new Map();
		this.sessions = new Map();
		this.recordings = new Map();
		this.calleeBehaviour = new Map();
		this.pushLog = [];
		this.requestLog = [];
		this.sequence = 0;
	}

	/** Appends to a log, keeping the newest `LOG_LIMIT` entries so a long-running simulator stays small. */
	record(log, entry) {
		log.push(entry);
		if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
	}

	now() {
		return Date.now() + this.clockOffsetMs;
	}

	advance(seconds) {
		this.clockOffsetMs += seconds * 1000;
	}

	nextId() {
		this.sequence += 1;
		return this.sequence;
	}

	uuid() {
		return crypto.randomUUID();
	}

	/** @param {AppSpec} spec */
	addApp(spec) {
		if (!spec.appKey || !spec.appSecret) throw new Error('an app needs appKey and appSecret');
		if (!MODES.includes(spec.mode)) throw new Error(`mode must be one of ${MODES.join(', ')}`);
		const app = {
			appKey: spec.appKey,
			appSecret: spec.appSecret,
			mode: spec.mode,
			status: spec.status ?? 'active',
			spId: spec.spId ?? 'sim_sp_01',
			authScheme: spec.authScheme ?? 'aksk',
			recording: spec.recording ?? true,
			extensionLength: spec.extensionLength ?? 4,
			callbacks: { ...(spec.callbacks ?? {}) },
			displayNumbers: [...(spec.displayNumbers ?? [])],
			numbers: new Map(),
		};
		for (const number of spec.numbers ?? []) this.addNumber(app, number);
		this.apps.set(app.appKey, app);
		return app;
	}

	addNumber(app, number) {
		const entry = typeof number === 'string' ? { number } : number;
		const areaCode = entry.areaCode ?? '0755';
		app.numbers.set(entry.number, {
			number: entry.number,
			areaCode,
			province: entry.province ?? PROVINCE_OF_AREA[areaCode] ?? 'Unknown',
			status: entry.status ?? '5',
		});
	}

	/** The app that owns a number, if any (a number belongs to exactly one app). */
	ownerOf(number) {
		for (const app of this.apps.values()) if (app.numbers.has(number)) return app;
		return undefined;
	}

	/** Bindings of one app and mode that have not expired (expired ones are removed as the platform does). */
	liveBindings(app, mode) {
		const now = this.now();
		const live = [];
		for (const [id, binding] of this.bindings) {
			if (binding.expiresAt && binding.expiresAt <= now) {
				this.bindings.delete(id);
				continue;
			}
			if (binding.appKey === app.appKey && (!mode || binding.mode === mode)) live.push(binding);
		}
		return live;
	}

	binding(app, mode, subscriptionId) {
		return this.liveBindings(app, mode).find((b) => b.subscriptionId === subscriptionId);
	}

	addBinding(app, mode, fields) {
		const binding = {
			subscriptionId: this.uuid(),
			appKey: app.appKey,
			mode,
			createdAt: this.now(),
			seq: this.nextId(),
			...fields,
		};
		this.bindings.set(binding.subscriptionId, binding);
		return binding;
	}

	removeBinding(binding) {
		this.bindings.delete(binding.subscriptionId);
	}

	/** `yyyy-MM-dd HH:mm:ss` UTC, the platform's format for event and CDR times. */
	timestamp(ms = this.now()) {
		return new Date(ms)
			.toISOString()
			.replace('T', ' ')
			.replace(/\.\d{3}Z$/, '');
	}

	snapshot() {
		return {
			apps: [...this.apps.values()].map((app) => ({
				...app,
				appSecret: undefined,
				numbers: [...app.numbers.values()],
			})),
			bindings: [...this.bindings.values()],
			sessions: [...this.sessions.values()].map(({ timers, ...rest }) => rest),
			recordings: [...this.recordings.entries()].map(([name, r]) => ({
				name,
				domain: r.domain,
				createdAt: r.createdAt,
				size: r.bytes.length,
			})),
			clockOffsetMs: this.clockOffsetMs,
		};
	}
}

module.exports = { PlatformState };
