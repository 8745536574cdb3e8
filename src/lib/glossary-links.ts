/**
 * Finds where a page first uses each glossary term, so the Markdown plugin
 * (`src/integrations/glossary-links.ts`) can link that one occurrence to `/glossary/#<id>`.
 *
 * Matching is case-insensitive and on whole words: "SLO" links in "the SLO held" but not in
 * "slow" or "SLO-based", and "cutover" not in "post-cutover". A straight and a curly apostrophe
 * match each other (Markdown's smart punctuation turns one into the other), and a space in a term
 * matches any run of white space, line breaks included. The longest term wins where two overlap:
 * "incident commander" before "incident command".
 *
 * Text inside headings, links, code and raw HTML is never linked. Pure: it takes a Markdown tree
 * (mdast shapes) and returns the replacements; the plugin applies them.
 */

/** A glossary entry as the matcher needs it. */
export interface GlossaryTerm {
	/** The entry id, which is the anchor on the glossary page. */
	id: string;
	/** The term as the glossary writes it. */
	term: string;
	/** Other spellings that link to the same entry. */
	aliases: readonly string[];
}

/** The part of an mdast node the walk reads. */
export interface MarkdownNode {
	type: string;
	value?: string;
	name?: string | null;
	children?: MarkdownNode[];
}

/** A piece of a text node after linking: plain text, or a link to a glossary entry. */
export type Piece = { type: 'text'; value: string } | { type: 'link'; id: string; value: string };

/** One text node to replace with its pieces. */
export interface Replacement<N extends MarkdownNode = MarkdownNode> {
	node: N;
	pieces: Piece[];
}

/** Nodes whose text is never linked: a heading, a link (Markdown or JSX `<a>`), code, raw HTML. */
const SKIPPED = new Set([
	'heading',
	'link',
	'linkReference',
	'definition',
	'footnoteDefinition',
	'code',
	'inlineCode',
	'html',
	'image',
	'imageReference',
	'yaml',
	'toml',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
]);
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const SKIPPED_JSX = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

const skipped = (node: MarkdownNode) =>
	SKIPPED.has(node.type) || (JSX.has(node.type) && SKIPPED_JSX.has(String(node.name ?? '').toLowerCase()));

/** The key two spellings share when they would match the same text: lowercase, one apostrophe, single spaces. */
export const termKey = (phrase: string) => phrase.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a regular-expression source: apostrophes match either kind, spaces any white space. */
const phraseSource = (phrase: string) =>
	termKey(phrase)
		.split(' ')
		.map((word) => escape(word).replace(/'/g, "['’]"))
		.join('\\s+');

/** Compiled matcher for a glossary: one pattern over every term and alias, longest first. */
export interface GlossaryMatcher {
	pattern: RegExp;
	/** Spelling key → entry id. */
	ids: Map<string, string>;
}

export function compileGlossary(terms: readonly GlossaryTerm[]): GlossaryMatcher {
	const ids = new Map<string, string>();
	for (const { id, term, aliases } of terms) {
		for (const phrase of [term, ...aliases])
			if (termKey(phrase) !== '' && !ids.has(termKey(phrase))) ids.set(termKey(phrase), id);
	}
	const phrases = [...ids.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	// Word characters are letters, digits and `_`; a hyphen joined to a word extends it ("SLO-based").
	const source = phrases.length === 0 ? '(?!)' : phrases.map(phraseSource).join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}]-)(?:${source})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'giu');
	return { pattern, ids };
}

/**
 * Splits one text into pieces, linking each term not in `linked` the first time it appears and
 * adding its id to `linked`. Returns undefined when nothing in the text gets a link.
 */
export function splitText(text: string, matcher: GlossaryMatcher, linked: Set<string>): Piece[] | undefined {
	const pieces: Piece[] = [];
	let from = 0;
	for (const match of text.matchAll(matcher.pattern)) {
		const id = matcher.ids.get(termKey(match[0]));
		if (id === undefined || linked.has(id)) continue;
		linked.add(id);
		if (match.index > from) pieces.push({ type: 'text', value: text.slice(from, match.index) });
		pieces.push({ type: 'link', id, value: match[0] });
		from = match.index + match[0].length;
	}
	if (pieces.length === 0) return undefined;
	if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
	return pieces;
}

/**
 * Walks a document in reading order and returns, for every text node that gains a link, what it
 * becomes. Each term is linked once per document, at its first use outside skipped nodes.
 */
export function linkFirstUses<N extends MarkdownNode>(root: N, matcher: GlossaryMatcher): Replacement<N>[] {
	const linked = new Set<string>();
	const replacements: Replacement<N>[] = [];
	const walk = (node: N) => {
		if (skipped(node)) return;
		if (node.type === 'text' && typeof node.value === 'string') {
			const pieces = splitText(node.value, matcher, linked);
			if (pieces) replacements.push({ node, pieces });
			return;
		}
		for (const child of (node.children ?? []) as N[]) walk(child);
	};
	walk(root);
	return replacements;
}

/** The glossary page's link to an entry, before the site's base path is added. */
export const glossaryHref = (id: string) => `/glossary/#${id}`;

/**
 * Whether a file is the glossary itself (its page or one of its entries), which links to no
 * term: `path` and `contentDir` are absolute, with either kind of slash.
 */
export function isGlossaryFile(path: string, contentDir: string): boolean {
	const slashes = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
	const dir = `${slashes(contentDir)}/`;
	const file = slashes(path);
	if (!file.startsWith(dir)) return false;
	const inside = file.slice(dir.length);
	return inside.startsWith('glossary/') || /^guide\/glossary\.mdx?$/.test(inside);
}

/** Splits a plain-text definition into prose and `code` spans, for the glossary page. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((span) => span.text !== '');
}
