const { src, dest } = require('gulp');

/** tsc compiles the TypeScript; the svg icons n8n shows must sit beside the compiled files. */
function buildIcons() {
	return src(['nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	);
}

exports['build:icons'] = buildIcons;
