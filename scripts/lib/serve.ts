/**
 * A small static server over a built site, for the browser tests and the deck PDF script: it
 * serves `dist/` at the site's base path on a free loopback port and answers 404 for anything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
	/**
	 * Serve the offline service worker (`sw.js`), as a host does. Browser tests that are not about
	 * offline use leave it out: each fresh profile would otherwise download the whole site into
	 * its cache, and the worker would answer requests the test means to send to the server.
	 */
	serviceWorker?: boolean;
	/**
	 * Gzip text to a client that accepts it, as every static host does (GitHub Pages, Netlify,
	 * Cloudflare). Lighthouse's simulated slow network charges for every byte, so a benchmark served
	 * uncompressed would time a site no reader gets.
	 */
	compress?: boolean;
}

/** The types a host compresses: text, not images or Pagefind's already-compressed index. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
	/** The site's root URL, ending in the base path, e.g. http://127.0.0.1:4321/ */
	url: string;
	close: () => Promise<void>;
}

/** Serves `dir` under `base` on 127.0.0.1; resolves once listening. */
export async function serveStatic(
	dir: string,
	base = '/',
	{ serviceWorker = true, compress = false }: ServeOptions = {},
): Promise<StaticServer> {
	// Like a static host, send the headers of the site's `_headers` file (the CSP among them),
	// so that browser tests run under the policy a reader gets.
	const headersFile = join(dir, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return notFound();
		if (!serviceWorker && path === `${base}sw.js`) return notFound();
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) return notFound();
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const extra = headersFor(rules, `/${path.slice(base.length)}`);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const encoding = gzip
				? [
						['content-encoding', 'gzip'],
						['vary', 'accept-encoding'],
					]
				: [];
			res.writeHead(200, [['content-type', type], ...encoding, ...extra].flat());
			res.end(gzip ? gzipSync(body) : body);
		} catch {
			notFound();
		}
		function notFound() {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
