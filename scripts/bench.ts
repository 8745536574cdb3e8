/**
 * `npm run bench`: how the site scales and what it ships, measured in one run, printed as tables
 * and written to bench/results.json. Absolute numbers depend on the machine; the ratios against
 * a bare Starlight site built on the same machine in the same run are what to compare.
 *
 * 1. Build time as content grows: the real content, then 10x and 100x as many prompts (copies of
 *    the real ones with new ids, in a temporary content folder), each beside a bare Starlight
 *    site with as many plain pages.
 * 2. Bytes per page kind (scripts/lib/page-kinds.ts): HTML, CSS and the JavaScript a page loads
 *    up front, raw and gzipped, and the JavaScript beyond a bare Starlight page's.
 * 3. Search: the Pagefind index size and the bytes a query fetches, measured in Chromium.
 * 4. Lighthouse (mobile) on one page of every kind, in the system Chromium, its CPU slowdown
 *    calibrated to this machine (scripts/lib/cpu-slowdown.ts): the four category scores against
 *    a target of 100, and the audits that cost points.
 *
 * BENCH_SIZES=1,10 npm run bench runs fewer sizes (the 100x builds take most of the time), and
 * BENCH_ROUNDS=1 builds the smaller sizes once each instead of keeping the fastest of three.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/serve.ts';
import { PAGE_KINDS } from './lib/page-kinds.ts';
import { CATEGORIES, lighthouseScores } from './lib/lighthouse.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIZES = (process.env['BENCH_SIZES'] ?? '1,10,100').split(',').map(Number);
const QUERIES = ['outage', 'schema migration', 'trade-off'];
/** For each first query, the next one a reader types in the same visit. */
const FOLLOW_UP: Record<string, string> = { outage: 'rollback', 'schema migration': 'backfill', 'trade-off': 'blast radius' };
const TARGETS = { buildRatio: 1.5, jsBeyondBareGzipKB: 15, queryKB: 100 };

// Inside the project (bench/tmp/ is ignored by git): Astro resolves the bare site's packages
// from the project's node_modules, and fails to compile them from a folder outside it.
mkdirSync(join(ROOT, 'bench/tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'bench/tmp/run-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BARE_CACHE = '.astro-cache';
/**
 * Builds of the two smaller sizes run this many times and keep the fastest, which damps a busy
 * machine's noise; a 100x build runs once (it takes minutes, and its noise is a smaller share).
 */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

/** The fastest of `rounds` runs of a timed build. */
function fastest(rounds: number, run: () => number): number {
	let best = Infinity;
	for (let round = 0; round < rounds; round++) best = Math.min(best, run());
	return best;
}

/** A build that did not finish: out of memory, over the time limit, or failed. */
class BuildFailed extends Error {}

/** Each build gets this long, so that the whole bench stays around ten minutes on two cores. */
const BUILD_LIMIT_S = Number(process.env['BENCH_BUILD_LIMIT_S'] ?? 180);

/** Runs a command and returns the wall-clock seconds it took; throws BuildFailed when it does not finish. */
function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
	const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'NODE_ENV'].includes(k)));
	const start = performance.now();
	const run = spawnSync(command, args, {
		cwd,
		env: { ...clean, ...env },
		encoding: 'utf8',
		maxBuffer: 1 << 28,
		timeout: BUILD_LIMIT_S * 1000,
	});
	const seconds = (performance.now() - start) / 1000;
	if (run.status === 0) return seconds;
	const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
	const why = run.error
		? `stopped after ${BUILD_LIMIT_S} s`
		: /heap out of memory/.test(output)
			? `ran out of memory after ${Math.round(seconds)} s`
			: `failed after ${Math.round(seconds)} s: ${output.split('\n').filter((l) => /error/i.test(l))[0] ?? output.slice(-300)}`;
	throw new BuildFailed(why);
}

/** Every file under `dir`, as paths relative to it. */
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path).map((f) => `${name}/${f}`) : [name];
	});
}
const countPages = (dist: string) => files(dist).filter((f) => f.endsWith('.html')).length;

/** A copy of content/ with `factor` times as many prompts: each real prompt plus factor-1 copies. */
function grownContent(factor: number): string {
	const dir = join(work, `content-${factor}x`);
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	// Guide pages import components by relative path; from the copy, point them at the originals.
	for (const file of files(join(dir, 'guide')).filter((f) => f.endsWith('.mdx'))) {
		const from = dirname(join(ROOT, 'content/guide', file));
		const path = join(dir, 'guide', file);
		const text = readFileSync(path, 'utf8').replace(
			/(from\s+["'])(\.{1,2}\/[^"']+)(["'])/g,
			(_, a: string, spec: string, b: string) => `${a}${resolve(from, spec)}${b}`,
		);
		writeFileSync(path, text);
	}
	const prompts = join(dir, 'prompts');
	for (const name of readdirSync(prompts)) {
		const source = readFileSync(join(prompts, name), 'utf8');
		for (let copy = 1; copy < factor; copy++) {
			// Copies are ordinary prompts: not highest-signal (exactly four are) and listed after the real ones.
			const text = source
				.replace(/^highestSignal: true$/m, 'highestSignal: false')
				.replace(/^order: (\d+)$/m, (_, n: string) => `order: ${Number(n) + copy * 1000}`);
			writeFileSync(join(prompts, name.replace(/(\.mdx?)$/, `-copy-${copy}$1`)), text);
		}
	}
	return dir;
}

/** A bare Starlight site with `pages` plain Markdown pages of prompt-sized prose, and its default sidebar. */
function bareSite(pages: number): string {
	const dir = join(work, `bare-${pages}`);
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	// Astro bundles (rather than leaves to Node) the Astro packages a site's package.json lists.
	const versions = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
	const dependencies = { astro: versions.astro, '@astrojs/starlight': versions['@astrojs/starlight'] };
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Its own cache, so that it neither reuses nor spoils the project's (node_modules/.astro).
export default defineConfig({ site: 'https://bare.example', cacheDir: './${BARE_CACHE}', integrations: [starlight({ title: 'Bare' })] });
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	// Prose of the same size as a prompt page's body, so the two sites render comparable text.
	const body = readFileSync(join(ROOT, 'content/prompts/outage-you-owned.md'), 'utf8').split(/^---$/m)[2]!;
	writeFileSync(join(dir, 'src/content/docs/index.md'), `---\ntitle: Bare\n---\n${body}`);
	for (let i = 1; i < pages; i++) {
		writeFileSync(
			join(dir, `src/content/docs/page-${i}.md`),
			`---\ntitle: Page ${i}\ndescription: Plain page ${i} of the bare benchmark site.\n---\n${body}`,
		);
	}
	return dir;
}

interface BuildRow {
	size: string;
	/** Why a build at this size did not finish; the timing fields are then absent. */
	failed?: { ours?: string; bare?: string };
	/** Milliseconds each page added since the previous size cost: the slope, free of fixed start-up costs. */
	marginal?: { oursMsPerPage: number; bareMsPerPage: number; ratio: number };
	ours?: { pages: number; seconds: number; msPerPage: number };
	bare?: { pages: number; seconds: number; msPerPage: number };
	/** Our milliseconds per page over the bare site's. */
	ratio?: number;
}

/** Pages of the real site, from the first 1x build. */
let realPages: number | undefined;

/**
 * Both sites build cold: each build starts with an empty Astro cache (the content store), as on
 * a fresh clone or in CI, so neither reuses Markdown the other has not rendered.
 */
function buildAt(factor: number, rounds = factor <= 10 ? ROUNDS : 1): { row: BuildRow; ourDist: string; bareDist: string } {
	const content = factor === 1 ? join(ROOT, 'content') : grownContent(factor);
	const ourDist = join(work, `dist-${factor}x`);
	const attempt = (name: string, build: () => { pages: number; seconds: number }) => {
		log(`building ${name} at ${factor}x…`);
		try {
			const { pages, seconds } = build();
			return { pages, seconds: round(seconds, 2), msPerPage: round((seconds * 1000) / pages, 1) };
		} catch (error) {
			if (!(error instanceof BuildFailed)) throw error;
			log(`  ${name} ${error.message}`);
			return error.message;
		}
	};
	const ours = attempt('the site', () => {
		// Started the same way as the bare site's build, so npm's own start-up is in neither; our
		// content check runs inside it (src/integrations/content-check.ts).
		const cache = join(work, `cache-${factor}x`);
		const seconds = fastest(rounds, () => {
			rmSync(cache, { recursive: true, force: true });
			return timed(process.execPath, [ASTRO, 'build'], ROOT, { CONTENT_DIR: content, OUT_DIR: ourDist, CACHE_DIR: cache });
		});
		return { seconds, pages: countPages(ourDist) };
	});
	// The bare site gets as many pages as ours: the real pages (counted in our 1x build, which the
	// warm-up always makes first, so that a fresh clone needs no earlier build), plus the prompt copies.
	if (factor === 1 && typeof ours !== 'string') realPages = ours.pages;
	if (realPages === undefined) throw new Error('the real content did not build at 1x, so the bare site cannot be sized');
	const expected = realPages + (factor - 1) * readdirSync(join(ROOT, 'content/prompts')).length;
	const bareDir = bareSite(expected - 1);
	const bare = attempt(`bare Starlight (${expected - 1} pages)`, () => {
		const seconds = fastest(rounds, () => {
			rmSync(join(bareDir, BARE_CACHE), { recursive: true, force: true });
			return timed(process.execPath, [ASTRO, 'build'], bareDir);
		});
		return { seconds, pages: countPages(join(bareDir, 'dist')) };
	});
	const row: BuildRow =
		typeof ours === 'string' || typeof bare === 'string'
			? ({
					size: `${factor}x`,
					failed: { ...(typeof ours === 'string' && { ours }), ...(typeof bare === 'string' && { bare }) },
					...(typeof ours !== 'string' && { ours }),
					...(typeof bare !== 'string' && { bare }),
				} as BuildRow)
			: { size: `${factor}x`, ours, bare, ratio: round(ours.msPerPage / bare.msPerPage, 2) };
	return { row, ourDist, bareDist: join(bareDir, 'dist') };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface Bytes {
	raw: number;
	gzip: number;
}
const sum = (parts: Buffer[]): Bytes => ({
	raw: parts.reduce((n, p) => n + p.length, 0),
	gzip: parts.reduce((n, p) => n + gz(p), 0),
});

/** The JavaScript modules a page loads up front: its module scripts and their static imports, transitively. */
function moduleGraph(dist: string, entries: string[]): Map<string, Buffer> {
	const seen = new Map<string, Buffer>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		const code = readFileSync(file);
		seen.set(file, code);
		// Static imports only (`import"./x.js"`, `from"./x.js"`); dynamic `import()` loads on demand (the search UI).
		for (const m of code.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
			const spec = m[1]!;
			queue.push(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
		}
	}
	return seen;
}

interface PageBytes {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** The JavaScript files (by site path) and inline scripts the page loads up front. */
	jsParts: Map<string, Buffer>;
}

/** What one built page costs a reader: its HTML, the CSS it links or inlines, its up-front JavaScript. */
function pageBytes(dist: string, sitePath: string): PageBytes {
	const file = join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
	const html = readFileSync(file, 'utf8');
	const css: Buffer[] = [];
	for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) css.push(readFileSync(join(dist, m[1]!)));
	for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css.push(Buffer.from(m[1]!));
	const entries: string[] = [];
	const jsParts = new Map<string, Buffer>();
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
		if (src) entries.push(join(dist, src));
		else if (!/type="application\/(ld\+)?json"/.test(m[1]!))
			jsParts.set(`inline:${gz(m[2]!)}:${m[2]!.length}`, Buffer.from(m[2]!));
	}
	for (const [path, code] of moduleGraph(dist, entries)) jsParts.set(path.slice(dist.length), code);
	return { html: { raw: Buffer.byteLength(html), gzip: gz(html) }, css: sum(css), js: sum([...jsParts.values()]), jsParts };
}

/** A site built under `base`: the base-less site path of a file. */
function bytesPerKind(ourDist: string, bareDist: string) {
	const bare = pageBytes(bareDist, '/page-1/');
	const bareJs = new Set([...bare.jsParts.values()].map((b) => b.toString('utf8')));
	const rows = PAGE_KINDS.map(({ kind, path }) => {
		const page = pageBytes(ourDist, path);
		// Beyond bare: every script, file or inline, whose exact text the bare page does not load.
		const extra = [...page.jsParts.values()].filter((b) => !bareJs.has(b.toString('utf8')));
		return { kind, path, html: page.html, css: page.css, js: page.js, jsBeyondBare: sum(extra) };
	});
	return { bare: { path: '/page-1/', html: bare.html, css: bare.css, js: bare.js }, kinds: rows };
}

/** Pagefind's runtime (script, worker, WebAssembly, metadata), fetched once before the first query. */
const RUNTIME = /\/pagefind\/(pagefind[^/]*\.js|wasm\.[^/]+|[^/]+\.pf_meta|pagefind-entry\.json)(\?|$)/;

/**
 * Bytes of Pagefind's index on disk, and what each query fetches in Chromium from /pagefind/:
 * raw, and as a host that gzips text sends it (Pagefind's own index files are gzipped already,
 * so they count once), split into the one-time runtime and the index chunks and result fragments.
 */
async function searchCost(dist: string, queries: readonly string[] = QUERIES) {
	const indexBytes = files(join(dist, 'pagefind')).reduce((n, f) => n + statSync(join(dist, 'pagefind', f)).size, 0);
	const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`);
	const browser = await launchBrowser();
	const measured = [];
	try {
		for (const query of queries) {
			// A fresh context per query: nothing cached, as for a reader's first search.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(server.url, { waitUntil: 'networkidle' });
			const fetched: Promise<{ url: string; raw: number; wire: number }>[] = [];
			page.on('response', (response) => {
				if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
				fetched.push(
					response.body().then(
						(body) => ({ url: response.url(), raw: body.length, wire: Math.min(body.length, gz(body)) }),
						() => ({ url: response.url(), raw: 0, wire: 0 }),
					),
				);
			});
			await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
			await page.getByRole('button', { name: 'Search' }).click();
			const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
			const search = async (text: string) => {
				await box.fill(text);
				await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(300); // let the last fragments of the result list arrive
				const responses = await Promise.all(fetched.splice(0));
				return responses;
			};
			const total = (list: { raw: number; wire: number }[], key: 'raw' | 'wire') => list.reduce((n, r) => n + r[key], 0);
			// The reader's first search of the visit: it also loads Pagefind's runtime (script, worker, WebAssembly).
			const first = await search(query);
			const runtime = first.filter((r) => RUNTIME.test(r.url));
			const data = first.filter((r) => !RUNTIME.test(r.url));
			// A typical search: another query in the same visit, once the runtime is loaded.
			await box.fill('');
			const next = await search(FOLLOW_UP[query] ?? 'rollback');
			measured.push({
				query,
				requests: first.length,
				raw: total(first, 'raw'),
				wire: total(first, 'wire'),
				runtimeWire: total(runtime, 'wire'),
				indexAndResultsWire: total(data, 'wire'),
				followUp: { query: FOLLOW_UP[query] ?? 'rollback', requests: next.length, wire: total(next, 'wire') },
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return { indexBytes, queries: measured };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
	const started = performance.now();
	// One untimed round first: the first build after a change re-optimizes Vite's dependencies.
	log('warming up…');
	buildAt(1, 1);
	const builds: BuildRow[] = [];
	let dists: { ourDist: string; bareDist: string } | undefined;
	for (const factor of SIZES) {
		const { row, ourDist, bareDist } = buildAt(factor);
		const previous = builds.filter((b) => !b.failed).at(-1);
		if (previous && !row.failed) {
			type Timing = NonNullable<BuildRow['ours']>;
			const slope = (now: Timing, before: Timing) => ((now.seconds - before.seconds) * 1000) / (now.pages - before.pages);
			const ours = round(slope(row.ours!, previous.ours!), 1);
			const bare = round(slope(row.bare!, previous.bare!), 1);
			row.marginal = { oursMsPerPage: ours, bareMsPerPage: bare, ratio: round(ours / bare, 2) };
		}
		builds.push(row);
		if (factor === 1 && row.failed) throw new Error(`the real content did not build: ${JSON.stringify(row.failed)}`);
		if (factor === 1) dists = { ourDist, bareDist };
		if (row.failed) break; // a larger size would fail too, and take longer doing it
	}
	if (!dists) throw new Error('BENCH_SIZES must include 1: bytes and search are measured on the real content');
	const bytes = bytesPerKind(dists.ourDist, dists.bareDist);
	log('measuring search in Chromium…');
	const search = await searchCost(dists.ourDist);
	// The same first query on the bare site: its runtime bytes show what every Starlight site pays.
	const bareSearch = await searchCost(dists.bareDist, ['outage']);
	const bareRuntimeWire = bareSearch.queries[0]!.runtimeWire;
	log('running Lighthouse (mobile) on every page kind…');
	const { rows: lighthouse, calibration } = await lighthouseScores(dists.ourDist);
	// A bare Starlight page on the same machine in the same minute, under the same slowdown: what
	// this host lets any Starlight site score, so that a figure below 100 can be read as ours or the machine's.
	const {
		rows: [bareLighthouse],
	} = await lighthouseScores(dists.bareDist, [{ kind: 'bare Starlight page', path: '/page-1/' }], calibration);
	const belowTarget = lighthouse.flatMap((row) =>
		CATEGORIES.filter((c) => row.scores[c] < 100).map((c) => `${row.kind}: ${c} ${row.scores[c]}`),
	);

	// Linear growth: the cost of an added page stays the same from one size to the next, so the
	// last slope over the first is about 1 (above 1: pages get dearer as the site grows).
	const slopes = builds.flatMap((b) => (b.marginal ? [b.marginal] : []));
	const growth = {
		ours: slopes.length > 1 ? round(slopes.at(-1)!.oursMsPerPage / slopes[0]!.oursMsPerPage, 2) : null,
		bare: slopes.length > 1 ? round(slopes.at(-1)!.bareMsPerPage / slopes[0]!.bareMsPerPage, 2) : null,
	};
	const maxJsBeyond = Math.max(...bytes.kinds.map((k) => k.jsBeyondBare.gzip));
	// A typical query is one made once search is open: the runtime loads once per visit and is
	// reported beside it (firstQueryWithRuntimeKB), not hidden.
	const maxQuery = Math.max(...search.queries.map((q) => q.followUp.wire));
	const maxFirst = Math.max(...search.queries.map((q) => q.wire));
	const verdicts = {
		buildRatio: {
			target: `≤ ${TARGETS.buildRatio}x bare per page at every size`,
			worst: Math.max(...builds.flatMap((b) => (b.ratio === undefined ? [] : [b.ratio]))),
			met: builds.every((b) => !b.failed?.ours && (b.failed || (b.ratio ?? Infinity) <= TARGETS.buildRatio)),
			failed: builds.filter((b) => b.failed).map((b) => ({ size: b.size, ...b.failed })),
		},
		buildGrowth: {
			target:
				'linear: an added page costs no more at the largest size than at the first step (slope ratio ≤ 1.5, bare for reference)',
			ours: growth.ours,
			bare: growth.bare,
			met: builds.some((b) => b.failed?.ours) ? false : growth.ours === null ? null : growth.ours <= 1.5,
		},
		jsBeyondBare: {
			target: `≤ ${TARGETS.jsBeyondBareGzipKB} KB gzipped per page kind`,
			worstKB: round(maxJsBeyond / 1024, 1),
			met: maxJsBeyond <= TARGETS.jsBeyondBareGzipKB * 1024,
		},
		queryBytes: {
			target: `< ${TARGETS.queryKB} KB per query, gzipped as sent`,
			worstKB: round(maxQuery / 1024, 1),
			firstQueryWithRuntimeKB: round(maxFirst / 1024, 1),
			bareStarlightRuntimeKB: round(bareRuntimeWire / 1024, 1),
			met: maxQuery < TARGETS.queryKB * 1024,
		},
		lighthouse: {
			target: '100 in performance, accessibility, best practices and SEO on every page kind (mobile)',
			worst: Math.min(...lighthouse.flatMap((row) => CATEGORIES.map((c) => row.scores[c]))),
			below: belowTarget,
			bareStarlightPerformance: bareLighthouse!.scores.performance,
			cpuSlowdown: calibration.slowdown,
			met: belowTarget.length === 0,
		},
	};
	const results = {
		measuredAt: new Date().toISOString(),
		machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
		seconds: round((performance.now() - started) / 1000, 1),
		builds,
		growth,
		bytes,
		search: { ...search, bareStarlight: { indexBytes: bareSearch.indexBytes, firstQuery: bareSearch.queries[0] } },
		lighthouse: { calibration, pages: lighthouse, bareStarlight: bareLighthouse },
		verdicts,
	};

	console.log('\nBuild time as content grows');
	console.table(
		builds.map((b) => ({
			size: b.size,
			'our pages': b.ours?.pages ?? '–',
			'our s': b.ours?.seconds ?? b.failed?.ours,
			'our ms/page': b.ours?.msPerPage ?? '–',
			'bare pages': b.bare?.pages ?? '–',
			'bare s': b.bare?.seconds ?? b.failed?.bare,
			'bare ms/page': b.bare?.msPerPage ?? '–',
			'ours/bare': b.ratio ?? '–',
			'added page: ours ms': b.marginal?.oursMsPerPage ?? '–',
			'bare ms': b.marginal?.bareMsPerPage ?? '–',
			'ours/bare ': b.marginal?.ratio ?? '–',
		})),
	);
	console.log('\nBytes per page kind (JavaScript: what loads up front; the search UI loads on demand)');
	console.table([
		{
			kind: 'bare Starlight page',
			html: kb(bytes.bare.html.raw),
			'html gz': kb(bytes.bare.html.gzip),
			css: kb(bytes.bare.css.raw),
			'css gz': kb(bytes.bare.css.gzip),
			js: kb(bytes.bare.js.raw),
			'js gz': kb(bytes.bare.js.gzip),
			'js gz beyond bare': '–',
		},
		...bytes.kinds.map((k) => ({
			kind: k.kind,
			html: kb(k.html.raw),
			'html gz': kb(k.html.gzip),
			css: kb(k.css.raw),
			'css gz': kb(k.css.gzip),
			js: kb(k.js.raw),
			'js gz': kb(k.js.gzip),
			'js gz beyond bare': kb(k.jsBeyondBare.gzip),
		})),
	]);
	console.log(
		`\nSearch: Pagefind index ${kb(search.indexBytes)} on disk (bare Starlight's: ${kb(bareSearch.indexBytes)}); the runtime a first query loads is ${kb(bareRuntimeWire)} on the bare site too`,
	);
	console.table(
		search.queries.map((q) => ({
			'first query': q.query,
			requests: q.requests,
			'gzipped as sent': kb(q.wire),
			'of which runtime (once a visit)': kb(q.runtimeWire),
			'index and results': kb(q.indexAndResultsWire),
			'next query': q.followUp.query,
			'its requests': q.followUp.requests,
			'its bytes, gzipped': kb(q.followUp.wire),
		})),
	);
	console.log(
		`\nLighthouse (mobile, simulated throttling, pages served gzipped as a host serves them; scores out of 100, target 100).\n` +
			`This machine's BenchmarkIndex is ${calibration.benchmarkIndex} (readings ${calibration.readings.join(', ')}), so the CPU is slowed ${calibration.slowdown}x ` +
			"where Lighthouse's default is 4x for a desktop of about 1,500: Lighthouse's own calibration for the same phone.",
	);
	console.table(
		lighthouse.map((row) => ({
			kind: row.kind,
			...row.scores,
			'vs bare': round(row.scores.performance / bareLighthouse!.scores.performance, 2),
			'host index': row.benchmarkIndex,
			'costing points': row.losing.slice(0, 3).join(', ') || '–',
		})),
	);
	console.log(
		`Bare Starlight on this machine: performance ${bareLighthouse!.scores.performance} (${bareLighthouse!.losing.slice(0, 3).join(', ') || 'nothing lost'}). ` +
			'"host index" is Lighthouse\'s BenchmarkIndex of the CPU during that run; a run well below the calibration was slowed by other work and is run again.',
	);
	console.log('\nTargets');
	console.table(Object.entries(verdicts).map(([name, v]) => ({ name, ...v })));

	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	writeFileSync(
		join(ROOT, 'bench/results.json'),
		`${JSON.stringify(results, (_, v) => (v instanceof Map ? undefined : v), '\t')}\n`,
	);
	console.log(`\nWrote bench/results.json in ${results.seconds} s.`);
}

try {
	await main();
} finally {
	rmSync(work, { recursive: true, force: true });
	// Astro keeps the list of MDX modules in .astro/ whatever the cache, and rewrites it only when
	// the content store changes: left pointing at the deleted copies, it would fail the next build.
	rmSync(join(ROOT, '.astro/content-modules.mjs'), { force: true });
}
