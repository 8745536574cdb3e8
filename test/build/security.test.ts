/**
 * The built site's security policy: each page's meta Content-Security-Policy allows its own
 * inline code by hash and nothing by `'unsafe-inline'`, and `_headers` sends the same policy
 * (a superset of every page's) with the other headers a static host should add.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineHashes, metaPolicy, parsePolicy, type Policy } from '../../src/lib/csp.ts';
import { parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { readBuiltSite, type BuiltSite } from '../../src/lib/link-check.ts';
import { DIST } from '../helpers/paths.ts';

let site: BuiltSite;
let headers: Map<string, string>;
beforeAll(() => {
	if (!existsSync(join(DIST, '_headers'))) throw new Error('No build in dist/: run `npm run build` first (npm test does).');
	site = readBuiltSite(DIST);
	const all = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
	headers = new Map(all.find((rule) => rule.pattern === '/*')!.headers);
});

const missing = (policy: Policy, directive: string, sources: string[]) =>
	sources.filter((s) => !policy.get(directive)?.includes(s));

describe('every page’s meta policy', () => {
	it('allows each inline script, style and style attribute of the page by hash', () => {
		const gaps: string[] = [];
		for (const [path, html] of site.pages) {
			const policy = metaPolicy(html);
			if (!policy) {
				gaps.push(`${path}: no policy`);
				continue;
			}
			const { scripts, styles, styleAttributes } = inlineHashes(html);
			for (const s of missing(policy, 'script-src', scripts)) gaps.push(`${path}: script ${s}`);
			for (const s of missing(policy, 'style-src', styles)) gaps.push(`${path}: style ${s}`);
			for (const s of missing(policy, 'style-src-attr', styleAttributes)) gaps.push(`${path}: style attribute ${s}`);
		}
		expect(gaps).toEqual([]);
	});

	it("never falls back to 'unsafe-inline' or 'unsafe-eval', and loads only from the site", () => {
		for (const [path, html] of site.pages) {
			const policy = metaPolicy(html)!;
			const sources = [...policy.values()].flat();
			expect(sources, path).not.toContain("'unsafe-inline'");
			expect(sources, path).not.toContain("'unsafe-eval'");
			expect(
				sources.filter((s) => /^(https?:|\*|\/\/)/.test(s)),
				path,
			).toEqual([]);
			expect(policy.get('default-src'), path).toEqual(["'self'"]);
		}
	});
});

describe('the _headers file', () => {
	it('sends a policy that allows everything each page’s own policy allows', () => {
		const header = parsePolicy(headers.get('Content-Security-Policy')!);
		const gaps = [...site.pages].flatMap(([path, html]) =>
			[...metaPolicy(html)!].flatMap(([directive, sources]) =>
				missing(header, directive, sources).map((s) => `${path}: ${directive} ${s}`),
			),
		);
		expect(gaps).toEqual([]);
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('stops MIME sniffing and referrers', () => {
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('no-referrer');
	});

	it('lets only the site itself use the microphone and on-device speech recognition, and no other powerful feature', () => {
		const features = headers
			.get('Permissions-Policy')!
			.split(/,\s*/)
			.map((f) => f.split('='));
		expect(features.filter(([, allow]) => allow !== '()')).toEqual([
			['microphone', '(self)'],
			['on-device-speech-recognition', '(self)'],
		]);
		expect(features.length).toBeGreaterThan(5);
	});
});
