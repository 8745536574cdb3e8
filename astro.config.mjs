// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebarFromContent } from './scripts/lib/sidebar-from-content.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.ts';

// Hosting under a sub-path (a project page on a static host) is set from the environment:
// SITE_URL=https://example.org BASE_PATH=/interview-guide/ npm run build
const site = process.env.SITE_URL || 'https://backend-behavioral.example';
const base = process.env.BASE_PATH || '/';
const contentDir = process.env.CONTENT_DIR || './content';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
	integrations: [
		starlight({
			title: 'Backend Behavioral Prep',
			description:
				'A question bank and practice guide for backend developers preparing behavioral interviews: STAR-TR, sample answers, pitfalls and a senior+ rubric.',
			markdown: { processedDirs: [contentDir] },
			sidebar: sidebarFromContent(contentDir),
			customCss: ['./src/styles/custom.css'],
			routeMiddleware: './src/route-data.ts',
			lastUpdated: false,
			pagination: true,
		}),
	],
});
