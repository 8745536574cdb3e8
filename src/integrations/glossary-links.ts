/**
 * Sätteri mdast plugin (Astro 7's Markdown processor; the unified world would call it a remark
 * plugin): on every Markdown and MDX page, links the first use of each glossary term to its
 * entry on `/glossary/`, with the site's base path. What counts as a use is decided by
 * `src/lib/glossary-links.ts`; this file only applies it to the tree.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { satteri } from '@astrojs/markdown-satteri';
import { compileGlossary, glossaryHref, linkFirstUses, type GlossaryTerm, type MarkdownNode } from '../lib/glossary-links.ts';
import { withBase } from '../lib/url.ts';

/** One entry of `satteri({ mdastPlugins })` written as an object, typed from the processor itself. */
type MdastPluginEntry = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['mdastPlugins']>[number];
type MdastPlugin = Extract<MdastPluginEntry, { name: string; before?: unknown }>;

export interface GlossaryLinksOptions {
	/** Every glossary term, read from `content/glossary/` when the config loads. */
	terms: readonly GlossaryTerm[];
	/** The site's base path, "/" or "/sub/". */
	base: string;
	/** Files that link no term (the glossary's own page and entries), by absolute path. */
	skip: (path: string) => boolean;
}

export function glossaryLinksPlugin({ terms, base, skip }: GlossaryLinksOptions): MdastPlugin {
	const matcher = compileGlossary(terms);
	// Astro caches rendered Markdown until its config changes, and the config's digest includes
	// this name: a change to the glossary re-renders every page instead of leaving stale links.
	const digest = createHash('sha256').update(JSON.stringify({ terms, base })).digest('hex').slice(0, 12);
	return {
		name: `prep-glossary-links@${digest}`,
		before(root, ctx) {
			if (terms.length === 0) return;
			if (ctx.fileURL && skip(fileURLToPath(ctx.fileURL))) return;
			type Target = Parameters<typeof ctx.replaceNode>[0];
			for (const { node, pieces } of linkFirstUses(root as MarkdownNode, matcher)) {
				ctx.replaceNode(
					node as Target,
					pieces.map((piece) =>
						piece.type === 'text'
							? { type: 'text', value: piece.value }
							: { type: 'link', url: withBase(glossaryHref(piece.id), base), children: [{ type: 'text', value: piece.value }] },
					),
				);
			}
		},
	};
}
