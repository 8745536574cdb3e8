/**
 * The flashcard files in the build: the Anki import file a reader downloads, and the deck page
 * as it works without JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const { content } = loadContent(ROOT, 'content');
const ANKI = join(DIST, 'flashcards/anki.tsv');

/** Undoes the HTML escaping of a field's text. */
const unescape = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

let lines: string[];
let rows: string[][];
beforeAll(() => {
	if (!existsSync(ANKI)) throw new Error('No dist/flashcards/anki.tsv: run `npm run build` first (npm test does).');
	const file = readFileSync(ANKI, 'utf8');
	expect(file.endsWith('\n')).toBe(true);
	lines = file.slice(0, -1).split('\n');
	rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
});

describe('the Anki file', () => {
	it('opens with the header lines Anki reads, before any note', () => {
		const header = lines.slice(
			0,
			lines.findIndex((line) => !line.startsWith('#')),
		);
		expect(header).toContain('#separator:tab');
		expect(header).toContain('#html:true');
		expect(header).toContain('#notetype:Basic');
		const tagsColumn = Number(/^#tags column:(\d+)$/m.exec(header.join('\n'))?.[1]);
		expect(tagsColumn).toBe(4);
		expect(header.find((l) => l.startsWith('#columns:'))?.split('\t')).toEqual(['#columns:GUID', 'Front', 'Back', 'Tags']);
	});

	it('has one row of four fields per prompt, with no carriage return anywhere', () => {
		expect(rows).toHaveLength(content.prompts.length);
		for (const row of rows) expect(row, row[0]).toHaveLength(4);
		expect(lines.some((line) => line.includes('\r'))).toBe(false);
		expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
	});

	it('puts each question on a front and the beat cues on its back', () => {
		for (const prompt of content.prompts) {
			const row = rows.find((r) => r[0]!.endsWith(`:${prompt.id}`));
			expect(row, prompt.id).toBeDefined();
			const [, front, back] = row!;
			expect(unescape(front!)).toContain(prompt.data.question.replace(/\s+/g, ' '));
			for (const cue of Object.values(prompt.data.beatCues)) expect(unescape(back!)).toContain(cue.replace(/\s+/g, ' '));
			// Fields are HTML: the only angle brackets are tags, and quotes are entities (Anki would read a " as CSV quoting).
			expect(`${front}${back}`).not.toContain('"');
		}
	});

	it('tags every note with its bucket and theme, and the four highest-signal prompts', () => {
		for (const prompt of content.prompts) {
			const tags = rows.find((r) => r[0]!.endsWith(`:${prompt.id}`))![3]!.split(' ');
			expect(tags).toContain(`bucket::${prompt.data.bucket}`);
			expect(tags).toContain(`theme::${prompt.data.theme}`);
			expect(tags.includes('highest-signal'), prompt.id).toBe(prompt.data.highestSignal);
		}
		expect(rows.filter((r) => r[3]!.split(' ').includes('highest-signal'))).toHaveLength(4);
	});
});

describe('the deck page without JavaScript', () => {
	const html = () => readFileSync(join(DIST, 'flashcards/index.html'), 'utf8');

	it('is a list of <details> cards, one per prompt, the question in the summary', () => {
		const cards = [...html().matchAll(/<details class="prep-flip[^"]*">\s*<summary[^>]*>([\s\S]*?)<\/summary>/g)];
		expect(cards).toHaveLength(content.prompts.length);
		// Tags become spaces, so that words in separate elements stay apart; a space then left before
		// punctuation (after a word kept whole in its own span) is not in what a reader sees.
		const summaries = cards.map((m) =>
			unescape(m[1]!.replace(/<[^>]+>/g, ' '))
				.replace(/\s+/g, ' ')
				.replace(/ ([.,?!])/g, '$1'),
		);
		for (const prompt of content.prompts) {
			expect(
				summaries.some((s) => s.includes(prompt.data.question.replace(/\s+/g, ' '))),
				prompt.id,
			).toBe(true);
		}
	});

	it('links the Anki file as a download', () => {
		expect(html()).toMatch(/<a href="\/flashcards\/anki\.tsv" download="[^"]+\.tsv"[^>]*>Download for Anki<\/a>/);
	});
});
