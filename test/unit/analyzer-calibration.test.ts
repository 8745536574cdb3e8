/**
 * Calibrates the analyzer on real text: the guide's sample answers and pitfall examples, and the
 * hand-written answers in test/fixtures/analyzer/answers.json (written before the rules). Prints
 * precision and recall per pitfall so a rule change shows its cost.
 *
 * The rules were tuned on answers.json and on the tuning sets below, so their figures say little
 * about answers the rules have not seen: test/fixtures/analyzer/held-out-14.json, never tuned on,
 * is the honest measure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import { analyzeAnswer, type FindingId } from '../../src/lib/analyzer.ts';
import { HELD_OUT_MEASURE } from '../../src/lib/analyzer/measured.ts';
import { BEATS, PITFALLS, type PitfallId } from '../../src/schemas/ids.ts';
import { ROOT } from '../helpers/paths.ts';

interface Fixture {
	id: string;
	label: 'strong' | 'weak' | 'borderline';
	text: string;
	/** `selfChecks`: the questions beyond the two always asked that a careful reader would ask; absent where unlabelled. */
	expected: { pitfalls: PitfallId[]; beatsCovered?: string[]; selfChecks?: FindingId[] };
	note: string;
}

const fixtures: Fixture[] = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/analyzer/answers.json'), 'utf8'));
const { content } = loadContent(ROOT, join(ROOT, 'content'));
const verdicts = (text: string) =>
	analyzeAnswer(text)
		.findings.filter((f) => f.kind === 'verdict')
		.map((f) => f.pitfall);
// The two self-checks every answer gets; anything else is something the text raised.
const ALWAYS_ASKED: readonly FindingId[] = ['sanitized-on-call', 'over-rehearsed'];
const VERDICT_PITFALLS: readonly PitfallId[] = PITFALLS.filter((p) => p !== 'sanitized-on-call' && p !== 'over-rehearsed');

describe('the guide’s own text', () => {
	it.each(content.answers.map((a) => [a.id, a.data.beats.map((b) => b.text).join(' ')] as const))(
		'sample answer %s raises nothing and covers all six beats',
		(_, text) => {
			const result = analyzeAnswer(text);
			expect(result.findings.filter((f) => !ALWAYS_ASKED.includes(f.pitfall))).toEqual([]);
			expect(BEATS.filter((b) => !result.beats[b].covered)).toEqual([]);
		},
	);

	it.each(content.answers.map((a) => [a.id, a.data.screen.map((b) => b.text).join(' ')] as const))(
		'the screen version of %s raises nothing and covers all six beats',
		(_, text) => {
			const result = analyzeAnswer(text);
			expect(result.findings.filter((f) => !ALWAYS_ASKED.includes(f.pitfall))).toEqual([]);
			expect(BEATS.filter((b) => !result.beats[b].covered)).toEqual([]);
		},
	);

	it.each(content.pitfalls.filter((p) => VERDICT_PITFALLS.includes(p.id as PitfallId)).map((p) => [p.id, p.data.weak] as const))(
		'the weak example of %s raises it',
		(id, weak) => expect(verdicts(weak)).toContain(id),
	);

	it.each(
		content.pitfalls.filter((p) => VERDICT_PITFALLS.includes(p.id as PitfallId)).map((p) => [p.id, p.data.strong] as const),
	)('the strong example of %s does not raise it', (id, strong) => expect(verdicts(strong)).not.toContain(id));

	it('points the self-checks at what the weak examples show', () => {
		const spans = (id: PitfallId) => {
			const weak = content.pitfalls.find((p) => p.id === id)!.data.weak;
			return analyzeAnswer(weak)
				.findings.find((f) => f.pitfall === id)!
				.spans.map((s) => weak.slice(s.start, s.end));
		};
		expect(spans('sanitized-on-call').join(' | ')).toContain('manageable');
		expect(spans('over-rehearsed').join(' | ')).toContain('leveraged');
	});
});

describe('calibration over the hand-written answers', () => {
	const results = fixtures.map((f) => ({ ...f, got: verdicts(f.text) }));

	it('has at least 40 answers, strong and weak', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(40);
		expect(new Set(fixtures.map((f) => f.label))).toEqual(new Set(['strong', 'weak', 'borderline']));
	});

	it('reports precision and recall per pitfall', () => {
		const rows = VERDICT_PITFALLS.map((pitfall) => {
			const tp = results.filter((r) => r.got.includes(pitfall) && r.expected.pitfalls.includes(pitfall)).length;
			const fp = results.filter((r) => r.got.includes(pitfall) && !r.expected.pitfalls.includes(pitfall));
			const fn = results.filter((r) => !r.got.includes(pitfall) && r.expected.pitfalls.includes(pitfall));
			const precision = tp + fp.length ? tp / (tp + fp.length) : 1;
			const recall = tp + fn.length ? tp / (tp + fn.length) : 1;
			return {
				pitfall,
				tp,
				fp: fp.length,
				fn: fn.length,
				precision,
				recall,
				misses: [...fp.map((r) => `+${r.id}`), ...fn.map((r) => `-${r.id}`)],
			};
		});
		const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
		console.log(
			[
				`Analyzer calibration over ${results.length} answers (${results.filter((r) => r.label === 'strong').length} strong)`,
				'pitfall          TP  FP  FN  precision  recall',
				...rows.map(
					(r) =>
						`${r.pitfall.padEnd(16)} ${String(r.tp).padStart(2)}  ${String(r.fp).padStart(2)}  ${String(r.fn).padStart(2)}  ${pct(r.precision)}      ${pct(r.recall)}${r.misses.length ? `   ${r.misses.join(' ')}` : ''}`,
				),
			].join('\n'),
		);
		for (const r of rows) expect(r.recall, `recall of ${r.pitfall}`).toBeGreaterThanOrEqual(0.8);
	});

	// Passive ownership is a question, not a verdict: it is measured on the answers labelled for it,
	// and it must not be asked of an answer in which the candidate's own calls follow the hand-over.
	it('asks who decided where the work was only handed over', () => {
		const labelled = fixtures.filter((f) => f.expected.selfChecks);
		const asked = (f: Fixture) => analyzeAnswer(f.text).findings.some((x) => x.pitfall === 'passive-ownership');
		const wanted = (f: Fixture) => f.expected.selfChecks!.includes('passive-ownership');
		const tp = labelled.filter((f) => asked(f) && wanted(f)).length;
		const fp = labelled.filter((f) => asked(f) && !wanted(f)).map((f) => f.id);
		const fn = labelled.filter((f) => !asked(f) && wanted(f)).map((f) => f.id);
		const strongAsked = fixtures.filter((f) => f.label === 'strong' && asked(f)).map((f) => f.id);
		console.log(
			`Passive ownership over ${labelled.length} labelled answers: TP ${tp}, FP ${fp.length}, FN ${fn.length}; asked of ${strongAsked.length} of ${fixtures.filter((f) => f.label === 'strong').length} strong answers${strongAsked.length ? ` (${strongAsked.join(' ')})` : ''}`,
		);
		expect([fp, fn, strongAsked]).toEqual([[], [], []]);
		expect(tp).toBeGreaterThanOrEqual(3);
	});

	it('raises no verdict on an answer marked strong', () => {
		expect(results.filter((r) => r.label === 'strong' && r.got.length).map((r) => `${r.id}: ${r.got.join(', ')}`)).toEqual([]);
	});

	// Beats are shown, not judged (only trade-off and reflection raise pitfalls), so a missed
	// situation or result is reported and bounded rather than forbidden.
	it('finds nearly all the beats the strong and borderline answers cover', () => {
		const expected = fixtures.flatMap((f) =>
			(f.expected.beatsCovered ?? []).map((b) => ({ id: f.id, beat: b as (typeof BEATS)[number] })),
		);
		const missing = expected.filter(
			({ id, beat }) => !analyzeAnswer(fixtures.find((f) => f.id === id)!.text).beats[beat].covered,
		);
		console.log(
			`Beats found: ${expected.length - missing.length} of ${expected.length}${missing.length ? `; missed ${missing.map((m) => `${m.id}:${m.beat}`).join(' ')}` : ''}`,
		);
		expect(missing.length / expected.length).toBeLessThanOrEqual(0.02);
	});
});

/** Reads a labelled set from test/fixtures/analyzer/. */
const load = (name: string): Fixture[] => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/analyzer', name), 'utf8'));
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How far the verdicts agree with the set's author: precision, recall, strong answers given a verdict, and each disagreement. */
function agreement(set: Fixture[]) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const disagreements: string[] = [];
	const strongFlagged: string[] = [];
	for (const f of set) {
		const got = verdicts(f.text);
		if (f.label === 'strong' && got.length) strongFlagged.push(`${f.id}: ${got.join(', ')}`);
		for (const pitfall of VERDICT_PITFALLS) {
			const raised = got.includes(pitfall);
			const expected = f.expected.pitfalls.includes(pitfall);
			if (raised && expected) tp++;
			else if (raised || expected) disagreements.push(`${raised ? '+' : '-'}${pitfall}:${f.id}`);
			if (raised && !expected) fp++;
			if (expected && !raised) fn++;
		}
	}
	const strong = set.filter((f) => f.label === 'strong').length;
	const summary = `precision ${pct(tp / (tp + fp))}, recall ${pct(tp / (tp + fn))}; strong answers given a verdict: ${strongFlagged.length} of ${strong}`;
	return { precision: tp / (tp + fp), recall: tp / (tp + fn), strongFlagged, disagreements, summary };
}

/** Every set has answers of each label and, among them, every verdict pitfall. */
function expectCoverage(set: Fixture[], size: number) {
	expect(set.length).toBeGreaterThanOrEqual(size);
	expect(new Set(set.map((f) => f.label))).toEqual(new Set(['strong', 'weak', 'borderline']));
	for (const pitfall of VERDICT_PITFALLS)
		expect(
			set.some((f) => f.expected.pitfalls.includes(pitfall)),
			pitfall,
		).toBe(true);
}

// Each of these sets was written by an author who never saw the rules, from the pitfall, prompt and
// framework pages alone, and then used to tune the rules: held-out.json (36 answers),
// held-out-2.json (40), held-out-3.json (40), held-out-4.json (52), held-out-5.json (52), held-out-6.json (52),
// held-out-7.json (52), held-out-8.json (52), held-out-9.json (52), held-out-10.json (52), held-out-11.json (52), held-out-12.json (52) and held-out-13.json (52) began as held-out sets and were retired to tuning in turn;
// tuning-3.json, tuning-4.json and tuning-5.json (60 each), training-9.json (156, by six authors) and training-10.json
// (104, by four) were written for tuning (issue #15). Their floors keep a rule change from undoing what was tuned;
// they say nothing about answers the rules have not seen.
describe.each([
	{ name: 'held-out.json', size: 36, floors: { precision: 0.95, recall: 0.95, strong: 0 } },
	{ name: 'held-out-2.json', size: 40, floors: { precision: 0.95, recall: 0.9, strong: 0 } },
	{ name: 'tuning-3.json', size: 60, floors: { precision: 0.95, recall: 0.9, strong: 0 } },
	// 94% since the second look, retrained beside the blame reader, takes back three no-trade-off
	// verdicts its author agreed with (the rules alone find 99%).
	{ name: 'tuning-4.json', size: 60, floors: { precision: 0.95, recall: 0.9, strong: 0 } },
	{ name: 'tuning-5.json', size: 60, floors: { precision: 0.95, recall: 0.95, strong: 0 } },
	// Two of its answers are close calls the rules leave alone: a career summary told in "we"
	// (a tell-me-about-yourself answer needs no "next time" beat, which the rules cannot know
	// without the prompt), and a view of the future whose only trade-off is a prediction disbelieved.
	{ name: 'held-out-3.json', size: 40, floors: { precision: 0.95, recall: 0.9, strong: 0 } },
	// What is left here are calls its two authors made by reading the whole story (a "rather than"
	// on a detail when the big decision went unweighed; blame carried only by a detail of the scene).
	{ name: 'held-out-4.json', size: 52, floors: { precision: 0.9, recall: 0.85, strong: 0 } },
	{ name: 'held-out-5.json', size: 52, floors: { precision: 0.9, recall: 0.8, strong: 0 } },
	// Not tuned on by hand: its misses are the classes the last round of rules could not reach.
	{ name: 'held-out-6.json', size: 52, floors: { precision: 0.95, recall: 0.7, strong: 0 } },
	// Measured fresh once (95%/61%, 1 of 18), then tuned on for blame, heroism and the beats.
	{ name: 'held-out-7.json', size: 52, floors: { precision: 0.95, recall: 0.75, strong: 0 } },
	// Written for tuning by six authors who never saw the rules; the rules alone first gave it 80%/70%, 11 of 54.
	{ name: 'training-9.json', size: 156, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh once (90%/74%, 2 of 18), then tuned on.
	{ name: 'held-out-8.json', size: 52, floors: { precision: 0.95, recall: 0.75, strong: 0 } },
	// Written for tuning; the rules alone first gave it 79%/71%, 9 of 36.
	{ name: 'training-10.json', size: 104, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh once (89%/75%, 2 of 18), then tuned on.
	{ name: 'held-out-9.json', size: 52, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh once (98%/63%, 1 of 18), then tuned on.
	{ name: 'held-out-10.json', size: 52, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh (100%/66%, 0 of 18, then 92%/69%, 2 of 18), then tuned on.
	{ name: 'held-out-11.json', size: 52, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh once (91%/71%, 2 of 18), then tuned on: the learned trade-off reader and two
	// phrase classes (an impact called limited, blame told as another's usual state).
	{ name: 'held-out-12.json', size: 52, floors: { precision: 0.95, recall: 0.8, strong: 0 } },
	// Measured fresh once (92%/65%, 2 of 18), then tuned on: the learned heroism reader, and "git
	// blame" and a table's "around the clock" no longer read as blame and heroism.
	{ name: 'held-out-13.json', size: 52, floors: { precision: 0.95, recall: 0.75, strong: 0 } },
])('the tuning answers in $name', ({ name, size, floors }) => {
	const set = load(name);
	const measured = agreement(set);

	it('have answers of every label, every verdict pitfall among them', () => expectCoverage(set, size));

	it('agree with their author as closely as when the rules were tuned on them', () => {
		console.log(`${name}: ${measured.summary}\n  disagreements: ${measured.disagreements.join(' ') || 'none'}`);
		expect(measured.precision, 'precision').toBeGreaterThanOrEqual(floors.precision);
		expect(measured.recall, 'recall').toBeGreaterThanOrEqual(floors.recall);
		expect(measured.strongFlagged.length, measured.strongFlagged.join('; ')).toBeLessThanOrEqual(floors.strong);
	});
});

describe('a fresh batch of answers, written from the pitfall pages alone and never tuned on', () => {
	// test/fixtures/analyzer/held-out-14.json: 52 answers by two authors who read only the pitfall,
	// prompt and framework pages, each labelled by its author, and kept from everyone who changed the
	// rules (issue #15). Never tune on it: it is the measure of answers the analyzer has not seen.
	// When it is spent, retire it to the tuning sets above and commission a fresh one.
	// test/fixtures/analyzer/held-out-15.json (52 answers, by two more such authors) is that fresh
	// one, written and never read: measure it once, after the next round is frozen.
	const fresh = load('held-out-14.json');
	const measured = agreement(fresh);

	it('has at least 30 answers of every label, every verdict pitfall among them', () => expectCoverage(fresh, 30));

	// The target is 85% precision and recall with no verdict on a strong answer. Each fresh set was
	// measured with the rules frozen; the earlier ones then joined the tuning sets above:
	//   held-out-3 (40): 70%/73%, 6 of 14 strong flagged on arrival; 83%/77%, 4 of 14, three rounds later
	//   held-out-4 (52): 77%/66%, 5 of 18       held-out-5 (52): 84%/65%, 2 of 18
	//   held-out-6 (52): 82%/71%, 6 of 18, with or without the round tuned on held-out-5 (which took
	//   held-out-5 itself from 84%/65% to 91%/82%)
	//   held-out-7 (52): 95%/61%, 1 of 18, with the learned second look (analyzer/second-look.ts);
	//   the rules alone give 80%/64%, 6 of 18
	//   held-out-8 (52): 90%/74%, 2 of 18, after a round on blame told as a habit, heroism told
	//   as help turned down, and reflections and trade-offs the beat map missed, with the second look
	//   retrained on 764 answers; the rules alone give 82%/74%, 5 of 18. Blame was still where they
	//   missed most: 3 of its 10 found.
	//   held-out-9 (52): 89%/75%, 2 of 18, after a round on held-out-8 and training-10 (blame
	//   told as a habit or a motive, help turned down, safeguards with a record of catches), the second
	//   look retrained on 920 answers; the rules alone give 78%/81%, 6 of 18. Each round lifts the
	//   tuning sets to 85-100% and the next fresh authors to about 75% recall.
	//   held-out-10 (52): 98%/63%, 1 of 18, after a round on held-out-9, the second look retrained on
	//   972 answers; the rules alone give 88%/71%, 2 of 18. From one pair of authors to the next the
	//   figures move by ten points either way: a set of 52 measures the analyzer coarsely.
	//   held-out-11 (52): 100%/66%, 0 of 18 before the round on held-out-10; 92%/69%, 2 of 18 after
	//   it (the second look retrained on 1,024 answers, its veto threshold lowered to 0.05 by leaving
	//   each training set out in turn). Blame was 3 of its 13 found.
	//   held-out-12 (52, this set): after a round on held-out-11 that added a learned reader of blame
	//   sentences (analyzer/blame-sentences.ts, trained on 382 sentences interviewers marked in 215
	//   answers), the second look retrained on 1,076 answers: 91%/71%, 2 of 18, and blame 7 of its 12
	//   found; the rules alone (no second look) give 83%/78%, 4 of 18. No-trade-off is now where
	//   they miss most: 7 of 13 found, and 3 of the 5 wrong verdicts.
	//   held-out-13 (52): after a round on held-out-12 that added a learned reader of
	//   trade-off sentences (analyzer/trade-off-sentences.ts, trained on 1,633 sentences
	//   interviewers marked in 901 answers) and two phrase classes, every learned part retrained on
	//   1,128 answers: 92%/65%, 2 of 18; the rules alone give 85%/69%, 3 of 18. Blame is 9 of its 10
	//   found; heroism is where they miss most now, 3 of 10, with 2 of the 4 wrong verdicts. The
	//   analyzer as it stood before the round gives this set 90%/63%, 2 of 18.
	//   held-out-14 (52, this set): after a round on held-out-13 that added a learned reader of
	//   heroism sentences (analyzer/heroism-sentences.ts, trained on 418 sentences interviewers
	//   marked in 205 answers), every learned part retrained on 1,180 answers: 98%/74%, 0 of 18; the
	//   rules alone give 94%/74%, 2 of 18, and the analyzer as it stood before the round 100%/70%,
	//   0 of 18. Heroism is 9 of its 10 found; what is left is spread over every pitfall.
	// Tuning fixes the answers it sees and barely carries to the next authors: phrase rules do not
	// reach 85% recall here. The sentence readers carry further (blame found went from about a third
	// to nine in ten, heroism likewise once it had its reader), but a pitfall told in a detail of the
	// scene is still where they miss. The second look, trained on every set above, only takes
	// verdicts back: it buys precision and spares strong answers, at some recall. The analyzer's page
	// states what this set measures (src/lib/analyzer/measured.ts), so a rule change that moves the
	// figures, either way, fails here until the page says the new ones.
	it('prints its precision and recall, which are the figures the analyzer page gives', () => {
		console.log(`Fresh held-out answers (${fresh.length}): ${measured.summary}`);
		const round = (x: number) => Math.round(x * 100) / 100;
		expect({
			answers: fresh.length,
			precision: round(measured.precision),
			recall: round(measured.recall),
			strong: fresh.filter((f) => f.label === 'strong').length,
			strongFlagged: measured.strongFlagged.length,
		}).toEqual(HELD_OUT_MEASURE);
	});
});
