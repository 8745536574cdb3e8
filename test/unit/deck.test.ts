import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, ankiBack, ankiFile, ankiFront, ankiRow, ankiTags, tsvField } from '../../src/lib/deck/anki.ts';
import { toCard, type DeckLookups, type DeckPrompt } from '../../src/lib/deck/card.ts';
import {
	cropMarks,
	deckSummary,
	largestFitting,
	searchLargestFitting,
	mirroredSlot,
	pageCount,
	paginate,
	sheetLayout,
	slotPosition,
	type CardSizeId,
	type PaperId,
} from '../../src/lib/deck/layout.ts';
import { cardMatches, defaultPaper, settingsFromQuery, settingsToQuery, type DeckSettings } from '../../src/lib/deck/settings.ts';
import { NO_FILTERS } from '../../src/lib/prompt-filter.ts';
import { BEATS, BUCKETS, THEMES } from '../../src/schemas/ids.ts';

const lookups: DeckLookups = {
	beats: Object.fromEntries(BEATS.map((b) => [b, { title: `Beat ${b}` }])),
	storyTypes: { outage: { title: 'Production outage' }, mentoring: { title: 'Mentoring' } },
	pitfalls: { blame: { title: 'Blame' }, heroism: { title: 'Heroism' } },
	rubric: {
		command: {
			title: 'Incident command',
			levels: {
				mid: { expectation: 'mid command' },
				senior: { expectation: 'senior command' },
				staff: { expectation: 'staff command' },
				principal: { expectation: 'principal command' },
			},
		},
		reach: {
			title: 'Blast radius',
			levels: {
				mid: { expectation: 'mid reach' },
				senior: { expectation: 'senior reach' },
				staff: { expectation: 'staff reach' },
				principal: { expectation: 'principal reach' },
			},
		},
	},
};

const prompt = (over: Partial<DeckPrompt> = {}): DeckPrompt => ({
	id: 'outage',
	question: 'Walk through an outage you owned.',
	short: 'Outage you owned',
	bucket: 'behavioral',
	theme: 'incidents',
	highestSignal: true,
	competencies: ['incident-command'],
	origin: 'loop-fifteen',
	probes: 'Whether you can command an incident.',
	storyTypes: ['outage'],
	pitfalls: ['heroism', 'blame'],
	rubric: ['command', 'reach'],
	seniorPlus: 'Command vocabulary and a systemic fix.',
	beatCues: Object.fromEntries(BEATS.map((b) => [b, `cue for ${b}`])) as DeckPrompt['beatCues'],
	...over,
});

const settings = (over: Partial<DeckSettings> = {}): DeckSettings => ({
	...NO_FILTERS,
	level: '',
	paper: 'a4',
	cardSize: 'index',
	...over,
});

describe('toCard', () => {
	const card = toCard(prompt(), lookups, 3);

	it('puts the question, its bucket and theme labels and the highest-signal mark on the front', () => {
		expect(card).toMatchObject({
			number: 3,
			question: 'Walk through an outage you owned.',
			bucketLabel: 'Behavioral',
			themeLabel: 'Incidents and on-call',
			highestSignal: true,
		});
	});

	it('resolves story types and pitfalls to their titles, in the prompt order', () => {
		expect(card.storyTypes).toEqual(['Production outage']);
		expect(card.pitfalls).toEqual(['Heroism', 'Blame']);
	});

	it('gives a cue for each of the six beats, in speaking order', () => {
		expect(card.beats.map((b) => b.id)).toEqual([...BEATS]);
		expect(card.beats[3]).toEqual({ id: 'trade-off', title: 'Beat trade-off', cue: 'cue for trade-off' });
	});

	it('states the rubric expectation of every probed dimension at every level', () => {
		expect(card.levels.staff).toEqual([
			{ dimension: 'Incident command', expectation: 'staff command' },
			{ dimension: 'Blast radius', expectation: 'staff reach' },
		]);
		expect(card.levels.mid.map((l) => l.expectation)).toEqual(['mid command', 'mid reach']);
	});

	it('fails with the prompt and the missing entry when a reference dangles', () => {
		expect(() => toCard(prompt({ pitfalls: ['vague'] }), lookups, 1)).toThrow(/"outage".*pitfall "vague"/);
	});
});

describe('cardMatches', () => {
	const card = {
		bucket: 'technical',
		theme: 'data',
		highestSignal: false,
		competencies: ['data-integrity'],
		origin: 'added',
	} as const;
	it.each([
		[{ competency: 'data-integrity' }, true],
		[{ competency: 'disagreement' }, false],
		[{ loopOnly: true }, false],
		[{}, true],
		[{ bucket: 'technical' }, true],
		[{ bucket: 'behavioral' }, false],
		[{ theme: 'data' }, true],
		[{ theme: 'apis' }, false],
		[{ highestSignalOnly: true }, false],
		[{ level: 'staff' }, true],
	] as [Partial<DeckSettings>, boolean][])('with %o → %s', (over, expected) => {
		expect(cardMatches(card, settings(over))).toBe(expected);
	});
});

describe('defaultPaper', () => {
	it.each([
		['en-US', 'letter'],
		['es-MX', 'letter'],
		['fr-CA', 'letter'],
		['en-GB', 'a4'],
		['de', 'a4'],
		['zh-Hant-TW', 'a4'],
		['en_us', 'letter'],
		['', 'a4'],
	])('%s → %s', (locale, paper) => {
		expect(defaultPaper(locale)).toBe(paper);
	});
});

describe('settings in the query string', () => {
	const known = { buckets: BUCKETS, themes: THEMES };

	it('reads every setting and falls back to the given paper', () => {
		expect(settingsFromQuery('?bucket=technical&theme=data&signal=1&level=staff&card=a6', known, 'letter')).toEqual(
			settings({ bucket: 'technical', theme: 'data', highestSignalOnly: true, level: 'staff', paper: 'letter', cardSize: 'a6' }),
		);
	});

	it('ignores values it does not know', () => {
		expect(settingsFromQuery('?bucket=x&theme=y&level=cto&paper=a3&card=b7&signal=yes', known, 'a4')).toEqual(settings());
	});

	it('round-trips through settingsToQuery', () => {
		const s = settings({ theme: 'apis', level: 'principal', paper: 'letter', cardSize: 'a6' });
		expect(settingsFromQuery(settingsToQuery(s), known, 'a4')).toEqual(s);
		expect(settingsToQuery(settings())).toBe('?paper=a4');
	});
});

describe('sheetLayout', () => {
	it.each([
		// paper, card, columns, rows, card width × height
		['a4', 'index', 2, 2, 76.2, 127],
		['letter', 'index', 2, 2, 76.2, 127],
		['a4', 'a6', 2, 2, 105, 148],
		['letter', 'a6', 2, 1, 105, 148],
	] as [PaperId, CardSizeId, number, number, number, number][])(
		'%s with %s cards: %i × %i of %f × %f mm',
		(paper, card, columns, rows, width, height) => {
			const layout = sheetLayout(paper, card);
			expect(layout).toMatchObject({ columns, rows, perSheet: columns * rows, cardWidth: width, cardHeight: height });
		},
	);

	it.each([
		['a4', 'index'],
		['letter', 'index'],
		['a4', 'a6'],
		['letter', 'a6'],
	] as [PaperId, CardSizeId][])('keeps every %s / %s card on the sheet and centres the grid', (paper, card) => {
		const layout = sheetLayout(paper, card);
		for (let slot = 0; slot < layout.perSheet; slot++) {
			const { x, y } = slotPosition(layout, slot);
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x + layout.cardWidth).toBeLessThanOrEqual(layout.paperWidth + 1e-6);
			expect(y + layout.cardHeight).toBeLessThanOrEqual(layout.paperHeight + 1e-6);
		}
		const right = layout.paperWidth - layout.left - layout.columns * layout.cardWidth;
		expect(right).toBeCloseTo(layout.left, 1);
	});

	it('places slots row by row from the top-left', () => {
		const layout = sheetLayout('a4', 'index');
		expect(slotPosition(layout, 0)).toEqual({ x: layout.left, y: layout.top });
		expect(slotPosition(layout, 1)).toEqual({ x: layout.left + 76.2, y: layout.top });
		expect(slotPosition(layout, 2)).toEqual({ x: layout.left, y: layout.top + 127 });
	});
});

describe('duplex backs', () => {
	it('mirror each row for a long-edge flip', () => {
		const layout = { ...sheetLayout('a4', 'index'), columns: 3, rows: 2, perSheet: 6 };
		expect([0, 1, 2, 3, 4, 5].map((slot) => mirroredSlot(layout, slot))).toEqual([2, 1, 0, 5, 4, 3]);
	});

	it('put each back at the mirrored position of its front, leaving empty slots empty', () => {
		const layout = sheetLayout('a4', 'index');
		const sheets = paginate(['a', 'b', 'c', 'd', 'e'], layout);
		expect(sheets).toEqual([
			{ front: ['a', 'b', 'c', 'd'], back: ['b', 'a', 'd', 'c'] },
			{ front: ['e', null, null, null], back: [null, 'e', null, null] },
		]);
		// Physically: the back's centre is the front's centre reflected about the sheet's vertical axis.
		const centre = (slot: number) => slotPosition(layout, slot).x + layout.cardWidth / 2;
		expect(centre(sheets[1]!.back.indexOf('e'))).toBeCloseTo(layout.paperWidth - centre(0), 6);
	});

	it('count a front and a back page per sheet', () => {
		const layout = sheetLayout('letter', 'a6');
		expect([0, 1, 2, 3, 34].map((n) => pageCount(n, layout))).toEqual([0, 2, 2, 4, 34]);
		expect(paginate([], layout)).toEqual([]);
	});
});

describe('cropMarks', () => {
	it('extends every cut line into the margins, clear of the cards', () => {
		const layout = sheetLayout('a4', 'index');
		const marks = cropMarks(layout, { length: 6, gap: 2 });
		// 3 vertical cut lines × top and bottom, 3 horizontal × left and right.
		expect(marks).toHaveLength(12);
		const bottom = layout.top + layout.rows * layout.cardHeight;
		for (const m of marks) {
			const vertical = m.x1 === m.x2;
			if (vertical) expect(m.y2 <= layout.top - 2 + 1e-6 || m.y1 >= bottom + 2 - 1e-6).toBe(true);
			else
				expect(m.x2 <= layout.left - 2 + 1e-6 || m.x1 >= layout.left + layout.columns * layout.cardWidth + 2 - 1e-6).toBe(true);
			expect(Math.hypot(m.x2 - m.x1, m.y2 - m.y1)).toBeCloseTo(6, 6);
		}
	});

	it('leaves out marks where the cards reach the edge of the sheet', () => {
		expect(cropMarks(sheetLayout('a4', 'a6'))).toEqual([]);
		// Two A6 cards span US Letter's width with 3 mm to spare, but leave room above and below.
		const letter = cropMarks(sheetLayout('letter', 'a6'));
		expect(letter).toHaveLength(6);
		expect(letter.every((m) => m.x1 === m.x2)).toBe(true);
	});
});

describe('deckSummary', () => {
	const layout = sheetLayout('a4', 'index');
	it.each([
		[34, 34, 'Showing all 34 cards: 4 to a sheet, 9 sheets of A4, printed two-sided on 18 pages.'],
		[4, 34, 'Showing 4 of 34 cards: 4 to a sheet, 1 sheet of A4, printed two-sided on 2 pages.'],
		[0, 34, 'Showing 0 of 34 cards: nothing to print.'],
	])('%i of %i', (shown, total, text) => {
		expect(deckSummary(shown, total, layout)).toBe(text);
	});
});

describe('largestFitting', () => {
	it.each([
		[7.3, 7.25],
		[12, 10],
		[6, 6],
		[2, 6],
		[8.5, 8.5],
	])('finds the largest size on the grid below a limit of %f', (limit, expected) => {
		const tried: number[] = [];
		const size = largestFitting(6, 10, 0.25, (s) => {
			tried.push(s);
			return s <= limit;
		});
		expect(size).toBe(expected);
		expect(tried.length).toBeLessThanOrEqual(6); // bisection, not a scan of all 17 sizes
	});

	it('can be driven one trial at a time, asking the same sizes and giving the same answer', () => {
		const asked: number[] = [];
		const search = searchLargestFitting(6, 10, 0.25);
		let trial = search.next();
		while (!trial.done) {
			asked.push(trial.value);
			trial = search.next(trial.value <= 7.3);
		}
		const tried: number[] = [];
		const size = largestFitting(6, 10, 0.25, (s) => tried.push(s) > 0 && s <= 7.3);
		expect(trial.value).toBe(7.25);
		expect(size).toBe(7.25);
		expect(asked).toEqual(tried);
	});
});

describe('Anki export', () => {
	const card = toCard(
		prompt({
			question: 'Tell me about a "hard" call:\tA < B & C > D',
			probes: 'Line one\nline two\r\nline three',
		}),
		lookups,
		1,
	);

	it('starts with the header lines Anki reads', () => {
		const lines = ankiFile([card]).split('\n');
		expect(lines.slice(0, ANKI_HEADER.length)).toEqual([...ANKI_HEADER]);
		expect(lines).toContain('#separator:tab');
		expect(lines).toContain('#html:true');
		expect(lines.find((l) => l.startsWith('#tags column:'))).toBe('#tags column:4');
	});

	it('writes one row of four clean fields per card', () => {
		const file = ankiFile([card, toCard(prompt({ id: 'second' }), lookups, 2)]);
		const rows = file
			.trimEnd()
			.split('\n')
			.filter((l) => !l.startsWith('#'));
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(row.split('\t')).toHaveLength(4);
	});

	it('escapes HTML and quotes, and keeps tabs and newlines out of fields', () => {
		const [guid, front, back, tags] = ankiRow(card).split('\t');
		expect(guid).toBe('backend-behavioral-prep:outage');
		expect(front).toContain('Tell me about a &quot;hard&quot; call: A &lt; B &amp; C &gt; D');
		expect(back).toContain('Line one line two line three');
		expect(`${front}${back}`).not.toMatch(/[\t\r\n"]/);
		expect(tags).toBe('bucket::behavioral theme::incidents highest-signal');
	});

	it('puts the whole back of the card in the back field', () => {
		const back = ankiBack(card);
		for (const part of ['Production outage', 'cue for reflection', 'Heroism, Blame', 'Command vocabulary and a systemic fix.']) {
			expect(back).toContain(part);
		}
		expect(ankiFront(card)).toContain('Behavioral · Incidents and on-call · Highest signal');
	});

	it('tags cards that are not highest signal by bucket and theme only', () => {
		expect(ankiTags({ bucket: 'technical', theme: 'apis', highestSignal: false })).toBe('bucket::technical theme::apis');
	});

	it.each([
		['a\tb', 'a b'],
		['a\r\n\r\nb', 'a b'],
		[' padded\n', 'padded'],
	])('tsvField(%j) → %j', (input, output) => {
		expect(tsvField(input)).toBe(output);
	});
});
