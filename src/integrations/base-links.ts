/**
 * Sätteri hast plugin (Astro 7's Markdown processor): gives root-relative links in Markdown and
 * MDX the site's base path, so content can link `/framework/#trade-off` and still work when the
 * site is served from a sub-path such as `/interview-guide/`.
 */
import type { satteri } from '@astrojs/markdown-satteri';
import { withBase } from '../lib/url.ts';

/** One entry of `satteri({ hastPlugins })`, typed from the processor itself. */
type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

export function baseLinksPlugin(base: string): HastPlugin {
	return {
		name: 'prep-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const based = withBase(href, base);
				if (based !== href) ctx.setProperty(node, 'href', based);
			},
		},
	};
}
