/**
 * Sätteri hast plugin (Astro 7's Markdown processor): gives root-relative links in Markdown and
 * MDX the site's base path, so content can link `/framework/#trade-off` and still work when the
 * site is served from a sub-path such as `/interview-guide/`.
 */
import { withBase } from '../lib/url.ts';

interface HastElement {
	properties?: Record<string, unknown>;
}
interface VisitContext {
	setProperty: (node: HastElement, name: string, value: string) => void;
}

export function baseLinksPlugin(base: string) {
	return {
		name: 'prep-base-links',
		element: {
			filter: ['a'],
			visit(node: HastElement, ctx: VisitContext) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const based = withBase(href, base);
				if (based !== href) ctx.setProperty(node, 'href', based);
			},
		},
	};
}
