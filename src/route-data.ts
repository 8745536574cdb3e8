/**
 * Starlight route middleware: guide pages whose sections come from a collection (the FAQ, the
 * rubric, the beats, the weeks, the story types) render those headings from a component, which
 * Starlight's table of contents cannot see. This adds them.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { bankLayout, getGuide, type Guide } from './data/guide.ts';
import { withBase } from './lib/url.ts';
import { LABELS } from './schemas/ids.ts';

interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Page id → the headings its collection component renders, and the depth they render at. */
const COLLECTION_HEADINGS: Record<string, (guide: Guide) => TocHeading[]> = {
	prompts: (g) => [
		{ depth: 2, slug: 'prepare-cold', text: 'Prepare these cold' },
		...bankLayout(g).buckets.map(({ bucket }) => ({ depth: 2, slug: `bucket-${bucket}`, text: LABELS.bucket[bucket] })),
	],
	faq: (g) => g.faq.map((f) => ({ depth: 2, slug: f.id, text: f.data.question })),
	rubric: (g) => g.rubric.map((r) => ({ depth: 2, slug: r.id, text: r.data.title })),
	framework: (g) => g.beats.map((b) => ({ depth: 3, slug: b.id, text: b.data.title })),
	stories: (g) => g.storyTypes.map((s) => ({ depth: 3, slug: s.id, text: s.data.title })),
	'practice/routine': (g) => g.weeks.map((w) => ({ depth: 3, slug: w.id, text: `Week ${w.data.week}: ${w.data.title}` })),
};

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Hero action links come from frontmatter, which the base-links Markdown plugin never sees;
	// without this they escape a sub-path build (`withBase` leaves based links alone).
	const hero = route.entry.data.hero;
	if (hero?.actions) hero.actions = hero.actions.map((a) => ({ ...a, link: withBase(a.link, import.meta.env.BASE_URL) }));
	// Starlight titles a page "<title> | <site title>"; the home page's title is the site's own.
	const title = route.head.find((tag) => tag.tag === 'title');
	if (title && route.entry.data.title === route.siteTitle) title.content = route.siteTitle;
	const headingsFor = COLLECTION_HEADINGS[route.id];
	if (!headingsFor || !route.toc) return;
	const added = headingsFor(await getGuide()).map((h) => ({ ...h, children: [] }));
	const items = route.toc.items;
	if (added[0]?.depth === 2) {
		items.push(...added);
		return;
	}
	// Depth-3 headings belong under the last depth-2 heading written before the component.
	const parent = items.filter((item) => item.depth === 2).at(-1);
	(parent ? parent.children : items).push(...added);
});
