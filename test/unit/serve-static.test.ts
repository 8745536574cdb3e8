/**
 * The static server the browser tests and the benchmark use (scripts/lib/serve.ts): asked to, it
 * gzips text for a client that accepts it, as a host does, and leaves everything else as it is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

const page = `<!doctype html><title>t</title>${'<p>a paragraph of the guide</p>'.repeat(200)}`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/** GETs `path`, optionally saying the client takes gzip; resolves with the status, headers and raw body. */
function get(url: string, gzip: boolean) {
	return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
		const req = request(url, { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'],
					vary: res.headers.vary,
					body: Buffer.concat(chunks),
				}),
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('the static server', () => {
	const dir = mkdtempSync(join(tmpdir(), 'serve-'));
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'icon.png'), png);
	let compressed: StaticServer;
	let plain: StaticServer;
	beforeAll(async () => {
		compressed = await serveStatic(`${dir}/`, '/', { compress: true });
		plain = await serveStatic(`${dir}/`);
	});
	afterAll(async () => {
		await compressed.close();
		await plain.close();
	});

	it('gzips a page for a client that accepts gzip, and the page comes back whole', async () => {
		const res = await get(compressed.url, true);
		expect([res.encoding, res.vary]).toEqual(['gzip', 'accept-encoding']);
		expect(res.body.length).toBeLessThan(page.length / 5);
		expect(gunzipSync(res.body).toString()).toBe(page);
	});

	it('sends the page plain to a client that does not, and leaves images alone', async () => {
		expect(await get(compressed.url, false)).toMatchObject({ encoding: undefined, body: Buffer.from(page) });
		expect(await get(`${compressed.url}icon.png`, true)).toMatchObject({ encoding: undefined, body: png });
	});

	it('does not compress unless asked, as the browser tests want', async () => {
		expect((await get(plain.url, true)).encoding).toBeUndefined();
	});
});
