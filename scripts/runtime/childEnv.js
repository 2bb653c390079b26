// The environment for the programs the project starts (npm, n8n, apt-get): the caller's, minus
// what npm exports to every script it runs. Under `npm test` npm sets npm_config_ignore_scripts
// (from .npmrc) and friends; a nested `npm rebuild` would inherit them and silently do nothing.
const NPM_EXPORTS = /^(npm_|INIT_CWD$|NODE_ENV$|JEST_WORKER_ID$|NODE_OPTIONS$)/i;

/** process.env without npm's exported settings, with `extra` on top. */
function childEnv(extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env))
		if (!NPM_EXPORTS.test(key)) env[key] = value;
	return { ...env, ...extra };
}

module.exports = { childEnv };
