/**
 * A broken internal link or #anchor in content fails `npm run build` itself, naming the file and
 * the link, so that `npm start` never serves it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBroken } from '../../src/integrations/link-check.ts';
import { runBuild } from '../helpers/build.ts';
import { contentWith } from '../helpers/content.ts';

describe('describeBroken', () => {
	const files = [
		{ file: 'content/prompts/a.md', text: 'See [b](/prompts/b/) and [c](/framework/#c).' },
		{ file: 'content/guide/faq.md', text: 'Nothing here.' },
	];

	it('names the file that holds the link, the link and why it is broken', () => {
		const text = describeBroken(
			[{ page: '/prompts/a/', href: '/prompts/b/', reason: 'no page or file at /prompts/b/' }],
			files,
			'/',
		);
		expect(text).toContain('One internal link is broken');
		expect(text).toContain('content/prompts/a.md → /prompts/b/ → no page or file at /prompts/b/ (on the page /prompts/a/)');
	});

	it('finds the file under a base path, and names the page when no file holds the link', () => {
		const text = describeBroken(
			[
				{ page: '/prompts/a/', href: '/guide/framework/#c', reason: 'no element with id "c" on /framework/' },
				{ page: '/stories/', href: '/guide/nowhere/', reason: 'no page or file at /nowhere/' },
			],
			files,
			'/guide/',
		);
		expect(text).toContain('2 internal links are broken');
		expect(text).toContain('content/prompts/a.md → /guide/framework/#c');
		expect(text).toContain('a component on /stories/ → /guide/nowhere/');
	});
});

describe('a build of content with a broken link', () => {
	const content = contentWith('broken-link', { inProject: true });
	const out = mkdtempSync(join(tmpdir(), 'prep-broken-links-'));
	afterAll(() => {
		content.remove();
		rmSync(out, { recursive: true, force: true });
	});

	it('fails, naming the file and each broken link', () => {
		const build = runBuild({ CONTENT_DIR: content.dir, OUT_DIR: join(out, 'dist'), CACHE_DIR: join(out, 'cache') });
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status, output.slice(-2000)).not.toBe(0);
		expect(output).toMatch(/prompts\/outage-you-owned\.md → \/prompts\/no-such-prompt\/ → no page or file/);
		expect(output).toMatch(/prompts\/outage-you-owned\.md → \/framework\/#no-such-beat → no element with id "no-such-beat"/);
	}, 240_000);
});
