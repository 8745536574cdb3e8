// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentCheck } from './src/integrations/content-check.ts';
import { sidebarFromContent } from './src/integrations/sidebar-from-content.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { glossaryLinksPlugin } from './src/integrations/glossary-links.ts';
import { isGlossaryFile } from './src/lib/glossary-links.ts';
import { glossaryFromContent } from './src/integrations/glossary-from-content.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { linkCheck } from './src/integrations/link-check.ts';

// Hosting under a sub-path (a project page on a static host) is set from the environment:
// SITE_URL=https://example.org BASE_PATH=/interview-guide/ npm run build
const site = process.env.SITE_URL || 'https://backend-behavioral.example';
const base = process.env.BASE_PATH || '/';
const contentDir = process.env.CONTENT_DIR || './content';
// Tests and the benchmark build elsewhere so that they never overwrite dist/.
const outDir = process.env.OUT_DIR || './dist';
// The benchmark gives each build of other content its own cache: Astro's content store keeps an
// entry whose text is unchanged even when its file moved, so a shared cache mixes the two sites.
const cacheDir = process.env.CACHE_DIR || './node_modules/.astro';

const TITLE = 'Backend Behavioral Prep';
const DESCRIPTION =
	'A question bank and practice guide for backend developers preparing behavioral interviews: STAR-TR, sample answers, pitfalls and a senior+ rubric.';

/**
 * Build warnings that are known and harmless, so that a new one stands out. Each is matched on
 * its code and on the text that says why it is harmless here.
 * @type {((warning: { code?: string; message: string }) => boolean)[]}
 */
const HARMLESS_WARNINGS = [
	// Astro's MDX output starts with a "use astro:head-inject" directive, which Astro's own plugins
	// read while transforming; the bundler then warns, once per MDX file, that it may drop the
	// directive from the bundle. The pages' heads are complete (the build tests read every page).
	(warning) => warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'),
];

export default defineConfig({
	site,
	base,
	outDir,
	cacheDir,
	// 'ignore' rather than 'always': Starlight would append a slash after a sidebar link's #anchor.
	// Every link is written with its slash, and the link check fails on one without.
	trailingSlash: 'ignore',
	// Starlight turns on Astro's prefetch of every link; the service worker (src/offline/) already
	// fetches every page into its cache on the first visit, so prefetching only added a script to
	// each page that walked every link, again whenever an island drew more of them.
	prefetch: false,
	// Every page carries a meta Content-Security-Policy with hashes for its inline code, and
	// `public/_headers` sends the same policy as a header. src/middleware.ts completes each page's
	// policy as it is built, and `securityHeaders()` below fills `_headers` with their union.
	// Nothing loads from another origin, so every directive is 'self'.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				// Pagefind's search UI draws its icons as data: SVG images (measured in Chromium).
				"img-src 'self' data:",
				// Mock-loop recordings play back from blob: URLs made in the browser; nothing is fetched.
				"media-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				// The offline service worker and the web app manifest, from this site only.
				"worker-src 'self'",
				"manifest-src 'self'",
				"form-action 'self'",
			],
			// Pagefind searches in a Web Worker that compiles WebAssembly; without this, search
			// finds nothing once a host sends the policy as a header (measured in Chromium).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	// Both plugins run on Markdown and MDX alike: the first use of each glossary term on a page
	// links to its entry (content/glossary/), and every root-relative link gets the base path.
	markdown: {
		// Code blocks are highlighted by Starlight's Expressive Code, which writes its styles to a
		// stylesheet; Astro's own Shiki pass would add inline styles the CSP forbids (and it warns so).
		syntaxHighlight: false,
		processor: satteri({
			mdastPlugins: [
				glossaryLinksPlugin({
					terms: glossaryFromContent(contentDir),
					base,
					skip: (path) => isGlossaryFile(path, resolve(contentDir)),
				}),
			],
			hastPlugins: [baseLinksPlugin(base)],
		}),
	},
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					if (!HARMLESS_WARNINGS.some((harmless) => harmless(warning))) warn(warning);
				},
			},
		},
	},
	integrations: [
		// First, so that malformed content stops the build before anything else runs.
		contentCheck(contentDir),
		starlight({
			title: TITLE,
			description: DESCRIPTION,
			components: {
				// The head adds the web app manifest and the service worker's registration.
				Head: './src/components/offline/Head.astro',
				// Search names its button by what it shows and lets arrow keys through the results.
				Search: './src/components/search/Search.astro',
				// "On this page", the same lists, finding the current entry without page-wide :has() queries.
				TableOfContents: './src/components/toc/TableOfContents.astro',
				MobileTableOfContents: './src/components/toc/MobileTableOfContents.astro',
			},
			markdown: { processedDirs: [contentDir] },
			// src/pages/404.astro is the guide's own "page not found", with the ways back in.
			disable404Route: true,
			sidebar: sidebarFromContent(contentDir),
			customCss: ['./src/styles/custom.css', './src/styles/practice.css'],
			routeMiddleware: './src/route-data.ts',
			lastUpdated: false,
			pagination: true,
		}),
		securityHeaders(),
		// After every file is written (Pagefind's and _headers too): the worker keeps them all.
		serviceWorker({ name: TITLE, description: DESCRIPTION }),
		// Last, so that it sees the finished site: Pagefind's files, the manifest and the worker.
		linkCheck(contentDir),
	],
});
