/**
 * Writes the service worker and the web app manifest into the build, so that the site installs
 * and opens offline. The worker's precache list is every file of this build (src/lib/offline.ts
 * decides which), and its version is a hash of their contents: a build that changes anything
 * gets a new worker, which the browser finds on the reader's next visit.
 *
 * The worker is src/offline/worker.ts with src/lib/offline.ts in front of it, types stripped by
 * Node (both files use only erasable TypeScript) and module syntax removed: a classic worker
 * script, since module service workers are not yet supported everywhere.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheUrls } from '../lib/offline.ts';

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every file under `dir`, relative to it, with `/`. */
function filesOf(dir: string, root = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesOf(path, root) : [relative(root, path).split(sep).join('/')];
	});
}

/** A script from our TypeScript modules: types stripped, imports dropped, exports made plain. */
const asClassicScript = (code: string) =>
	stripTypeScriptTypes(code)
		.replace(/^import\s[^;]*;\s*$/gm, '')
		.replace(/^export\s+/gm, '');

/** The worker's script for a build of `files` (relative paths) under `base`, versioned by `version`. */
export function workerScript(files: readonly string[], base: string, version: string): string {
	const constants = [
		`const PRECACHE = ${JSON.stringify(precacheUrls(files, base))};`,
		`const VERSION = ${JSON.stringify(version)};`,
		`const BASE = ${JSON.stringify(base)};`,
	].join('\n');
	return `${constants}\n${asClassicScript(source('../lib/offline.ts'))}\n${asClassicScript(source('../offline/worker.ts'))}`;
}

/** The web app manifest: the site installs as an app that opens on its home page. */
export function manifest(name: string, description: string, base: string): string {
	return `${JSON.stringify(
		{
			name,
			short_name: 'Behavioral Prep',
			description,
			start_url: base,
			scope: base,
			display: 'standalone',
			background_color: '#17181c',
			theme_color: '#1f3a5f',
			icons: [
				{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
				{ src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
				{ src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			],
		},
		null,
		'\t',
	)}\n`;
}

export function serviceWorker({ name, description }: { name: string; description: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'prep-service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				writeFileSync(join(out, 'manifest.webmanifest'), manifest(name, description, base));
				const files = filesOf(out).sort();
				const hash = createHash('sha256');
				for (const file of files) hash.update(file).update(readFileSync(join(out, file)));
				const version = hash.digest('hex').slice(0, 12);
				writeFileSync(join(out, 'sw.js'), workerScript(files, base, version));
				logger.info(`Wrote sw.js (build ${version}) keeping ${precacheUrls(files, base).length} files for offline use.`);
			},
		},
	};
}
