import { describe, expect, it } from 'vitest';
import {
	codeSpans,
	compileGlossary,
	isGlossaryFile,
	linkFirstUses,
	splitText,
	type GlossaryTerm,
	type MarkdownNode,
} from '../../src/lib/glossary-links.ts';

const TERMS: GlossaryTerm[] = [
	{ id: 'slo', term: 'SLO', aliases: ['SLOs', 'service level objective'] },
	{ id: 'cutover', term: 'Cutover', aliases: [] },
	{ id: 'incident-commander', term: 'Incident commander', aliases: ['incident command'] },
	{ id: 'littles-law', term: "Little's law", aliases: [] },
	{ id: 'n-plus-one', term: 'N+1 query', aliases: ['N+1'] },
	{ id: 'dual-write', term: 'Dual-write', aliases: ['dual write'] },
];
const matcher = compileGlossary(TERMS);

/** The text with each linked term written as [text](id). */
const linked = (text: string, seen = new Set<string>()) =>
	(splitText(text, matcher, seen) ?? [{ type: 'text' as const, value: text }])
		.map((p) => (p.type === 'link' ? `[${p.value}](${p.id})` : p.value))
		.join('');

describe('splitText', () => {
	it('links a term in any case and keeps the text as written', () => {
		expect(linked('The slo held.')).toBe('The [slo](slo) held.');
	});

	it('links only the first use of each term, aliases included', () => {
		expect(linked('Our SLOs, the SLO and the service level objective')).toBe(
			'Our [SLOs](slo), the SLO and the service level objective',
		);
	});

	it('matches whole words only', () => {
		expect(linked('slow SLOth XSLO SLO_x cutovers post-cutover SLO-based')).toBe(
			'slow SLOth XSLO SLO_x cutovers post-cutover SLO-based',
		);
		expect(linked('(SLO), “cutover”, N+1.')).toBe('([SLO](slo)), “[cutover](cutover)”, [N+1](n-plus-one).');
	});

	it('prefers the longest term where two overlap', () => {
		expect(linked('the incident commander took incident command')).toBe(
			'the [incident commander](incident-commander) took incident command',
		);
		expect(linked('an N+1 query')).toBe('an [N+1 query](n-plus-one)');
	});

	it('matches either apostrophe and any white space inside a term', () => {
		expect(linked('By Little’s law')).toBe('By [Little’s law](littles-law)');
		expect(linked('a dual\n  write')).toBe('a [dual\n  write](dual-write)');
	});

	it('skips terms already linked on the page', () => {
		expect(linked('the SLO and the cutover', new Set(['slo']))).toBe('the SLO and the [cutover](cutover)');
		expect(splitText('nothing here', matcher, new Set())).toBeUndefined();
	});

	it('links nothing with an empty glossary', () => {
		expect(splitText('SLO cutover', compileGlossary([]), new Set())).toBeUndefined();
	});
});

const text = (value: string): MarkdownNode => ({ type: 'text', value });
const node = (type: string, children: MarkdownNode[], extra: Partial<MarkdownNode> = {}): MarkdownNode => ({
	type,
	children,
	...extra,
});

describe('linkFirstUses', () => {
	const render = (root: MarkdownNode) =>
		linkFirstUses(root, matcher).map(({ node: n, pieces }) => ({
			was: n.value,
			links: pieces.filter((p) => p.type === 'link').map((p) => p.value),
		}));

	it('skips headings, links, code and raw HTML, and links the first use after them', () => {
		const root = node('root', [
			node('heading', [text('Cutover and SLO')]),
			node('paragraph', [
				node('link', [text('the cutover')]),
				{ type: 'inlineCode', value: 'SLO' },
				{ type: 'html', value: '<b>SLO</b>' },
				node('mdxJsxTextElement', [text('cutover')], { name: 'a' }),
				text(' then the cutover'),
			]),
			{ type: 'code', value: 'SLO' },
			node('paragraph', [node('strong', [text('SLO')]), text(' and the cutover again')]),
		]);
		expect(render(root)).toEqual([
			{ was: ' then the cutover', links: ['cutover'] },
			{ was: 'SLO', links: ['SLO'] },
		]);
	});

	it('walks lists, quotes and components in reading order, linking each term once', () => {
		const root = node('root', [
			node('list', [node('listItem', [node('paragraph', [text('a dual-write')])])]),
			node('mdxJsxFlowElement', [node('paragraph', [text('the dual-write and SLO')])], { name: 'Aside' }),
			node('blockquote', [node('paragraph', [text('SLO')])]),
		]);
		expect(render(root)).toEqual([
			{ was: 'a dual-write', links: ['dual-write'] },
			{ was: 'the dual-write and SLO', links: ['SLO'] },
		]);
	});
});

describe('isGlossaryFile', () => {
	it('is true for the glossary page and entries only', () => {
		expect(isGlossaryFile('/site/content/guide/glossary.mdx', '/site/content')).toBe(true);
		expect(isGlossaryFile('/site/content/glossary/slo.md', '/site/content/')).toBe(true);
		expect(isGlossaryFile('C:\\site\\content\\glossary\\slo.md', 'C:\\site\\content')).toBe(true);
		expect(isGlossaryFile('/site/content/guide/faq.mdx', '/site/content')).toBe(false);
		expect(isGlossaryFile('/site/content/prompts/glossary.md', '/site/content')).toBe(false);
		expect(isGlossaryFile('/elsewhere/guide/glossary.mdx', '/site/content')).toBe(false);
	});
});

describe('codeSpans', () => {
	it('splits backtick code out of a definition', () => {
		expect(codeSpans('set `lock_timeout` low')).toEqual([
			{ text: 'set ', code: false },
			{ text: 'lock_timeout', code: true },
			{ text: ' low', code: false },
		]);
	});
});
