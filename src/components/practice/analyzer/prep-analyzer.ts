/**
 * The `prep-analyzer` element of AnswerAnalyzer.astro: it wires the answer box to the analyzer
 * (src/lib/analyzer.ts, loaded on first use) and renders what `analyzeAnswer` returns. Drafts are
 * kept only when the reader ticks the box. Settings arrive in `data-draft-key` (which draft this
 * box keeps) and `data-on-call` (sharpens one self-check).
 */
import type { Analysis } from '../../../lib/analyzer.ts';
import type { BeatId } from '../../../schemas/ids.ts';
import { forgetDraft, keepDraft } from '../../../lib/drafts.ts';
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import { activate, bound, el, fieldError } from '../shared/dom.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
import { commitDrafts, openDrafts } from '../shared/practice-storage.ts';
import type { AnalyzerText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

interface Data {
	presets: { id: string; title: string; target: { min: number; max: number }; thinBelow: number; tooLongAbove: number }[];
	beats: Record<string, string>;
	pitfalls: Record<string, { title: string; href: string }>;
	text: AnalyzerText;
}
// Loaded on first use: most visits to a prompt page never open the analyzer.
let analyzer: Promise<typeof import('../../../lib/analyzer.ts')> | undefined;
const loadAnalyzer = () => (analyzer ??= import('../../../lib/analyzer.ts'));

/** Wires the answer box to the analyzer and renders its result. */
export class PrepAnalyzer extends HTMLElement {
	#data!: Data;
	#key = '';
	#debounce: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.#data = readEmbeddedJson<Data>(this);
		this.#key = this.dataset['draftKey']!;
		const box = this.#textarea();
		activate(this, 'button, input, select, textarea');
		const button = this.querySelector<HTMLButtonElement>('[data-action="analyze"]')!;
		const keep = this.querySelector<HTMLInputElement>('input[name="keep"]')!;
		const drafts = openDrafts();
		showStoredDataNotice(bound(this, 'notice'), drafts, this.#data.text);
		const draft = drafts.data.drafts[this.#key];
		if (draft) {
			box.value = draft.text;
			keep.checked = true;
			void this.#analyze();
		}
		box.addEventListener('focus', () => void loadAnalyzer(), { once: true });
		box.addEventListener('input', () => {
			clearTimeout(this.#debounce);
			this.#debounce = setTimeout(() => {
				this.#debounce = undefined;
				void this.#analyze();
				if (keep.checked) this.#keep(true, false);
			}, 400);
		});
		// Leaving the page within the pause after typing still keeps the last words of the draft.
		window.addEventListener('pagehide', () => {
			if (this.#debounce === undefined || !keep.checked) return;
			clearTimeout(this.#debounce);
			this.#debounce = undefined;
			this.#keep(true, false);
		});
		button.addEventListener('click', () => void this.#analyze());
		keep.addEventListener('change', () => this.#keep(keep.checked, true));
		for (const input of this.querySelectorAll('select, input[name="wpm"]'))
			input.addEventListener('change', () => void this.#analyze());
	}

	#textarea() {
		return this.querySelector('textarea')!;
	}

	#keep(on: boolean, announce: boolean) {
		const drafts = openDrafts().data;
		const next = on ? keepDraft(drafts, this.#key, this.#textarea().value, new Date()) : forgetDraft(drafts, this.#key);
		const saved = commitDrafts(next);
		if (announce || !saved)
			bound(this, 'summary').textContent = saved ? this.#data.text[on ? 'kept' : 'forgotten'] : this.#data.text.notKept;
	}

	async #analyze() {
		const text = this.#textarea().value;
		const preset = this.#data.presets.find((p) => p.id === this.querySelector('select')!.value) ?? this.#data.presets[0]!;
		// A pace outside the field's range is said on the field; the analyzer uses its default meanwhile.
		const pace = this.querySelector<HTMLInputElement>('input[name="wpm"]')!;
		const asked = Number(pace.value);
		const valid = pace.value.trim() !== '' && asked >= Number(pace.min) && asked <= Number(pace.max);
		if (valid) fieldError(pace, '');
		else if (document.activeElement === pace)
			fieldError(pace, fill(this.#data.text.paceRange, { min: pace.min, max: pace.max, default: pace.defaultValue }));
		const wpm = valid ? asked : undefined;
		const { analyzeAnswer, beatQuotes, listedQuantities } = await loadAnalyzer();
		const result = analyzeAnswer(text, {
			...(wpm ? { wordsPerMinute: wpm } : {}),
			timing: preset,
			onCallPrompt: this.dataset['onCall'] === 'true',
		});
		const feedback = bound(this, 'feedback');
		if (result.words === 0) {
			bound(this, 'summary').textContent = this.#data.text.empty;
			feedback.hidden = true;
			return;
		}
		const target = `${clock(preset.target.min)}–${clock(preset.target.max)}`;
		bound(this, 'summary').textContent = fill(this.#data.text.summary, {
			words: result.words,
			time: clock(result.seconds),
			wpm: result.wordsPerMinute,
			pace: fill(this.#data.text.pace[result.pace ?? 'on-target'], { preset: preset.title.toLowerCase(), target }),
		});
		this.#renderBeats(result, text, beatQuotes(result));
		this.#renderFindings(result, text);
		this.#renderQuantities(listedQuantities(result.quantities));
		this.#renderMarked(result, text);
		feedback.hidden = false;
	}

	#renderBeats(result: Analysis, text: string, quotes: Record<BeatId, number[]>) {
		bound(this, 'beats').replaceChildren(
			...Object.entries(result.beats).map(([beat, coverage]) => {
				const li = el('li');
				li.append(
					el('span', `${this.#data.beats[beat] ?? beat}: `),
					el('span', this.#data.text[coverage.covered ? 'covered' : 'missing'], {
						class: `status-${coverage.covered ? 'covered' : 'missing'}`,
					}),
				);
				for (const i of quotes[beat as BeatId]) {
					const s = result.sentences[i]!;
					li.append(el('span', `“${text.slice(s.start, s.end).trim()}”`, { class: 'quote' }));
				}
				return li;
			}),
		);
	}

	#renderFindings(result: Analysis, text: string) {
		const verdicts = result.findings.filter((f) => f.kind === 'verdict');
		const checks = result.findings.filter((f) => f.kind === 'self-check');
		const item = (finding: Analysis['findings'][number]) => {
			const li = el('li');
			const pitfall = this.#data.pitfalls[finding.pitfall];
			const link = el('a', pitfall?.title ?? finding.pitfall);
			link.href = pitfall?.href ?? '#';
			li.append(link, `: ${finding.message}`);
			if (finding.spans.length > 0) {
				const words = [...new Set(finding.spans.map((s) => text.slice(s.start, s.end)))].slice(0, 4);
				li.append(el('span', `${this.#data.text.triggeredBy}: ${words.map((w) => `“${w}”`).join(', ')}`, { class: 'quote' }));
			}
			return li;
		};
		const findings = bound(this, 'findings');
		findings.replaceChildren(...verdicts.map(item));
		if (verdicts.length === 0) findings.append(el('li', this.#data.text.noFindings));
		bound(this, 'checks').replaceChildren(...checks.map(item));
	}

	#renderQuantities({ shown, more }: { shown: Analysis['quantities']; more: number }) {
		const list = bound(this, 'quantities');
		list.replaceChildren(...shown.map((q) => el('li', `${q.text} (${q.kind})`)));
		if (more > 0) list.append(el('li', fill(this.#data.text.moreQuantities, { n: more })));
		if (shown.length === 0) list.append(el('li', this.#data.text.noQuantities));
	}

	/** The answer again, with each sentence tagged by its beats and trigger words marked. */
	#renderMarked(result: Analysis, text: string) {
		const marks = result.findings
			.filter((f) => f.kind === 'verdict')
			.flatMap((f) => f.spans.map((s) => ({ ...s, label: this.#data.pitfalls[f.pitfall]?.title ?? f.pitfall })))
			.sort((a, b) => a.start - b.start);
		const beatsOf = (i: number) =>
			Object.entries(result.beats)
				.filter(([, c]) => c.sentences.includes(i))
				.map(([b]) => this.#data.beats[b] ?? b);
		const out = bound(this, 'marked');
		out.replaceChildren();
		let cursor = 0;
		const appendText = (end: number) => {
			// Plain text up to `end`, with marks for trigger words inside it.
			while (cursor < end) {
				const next = marks.find((m) => m.end > cursor && m.start < end);
				if (!next) {
					out.append(text.slice(cursor, end));
					cursor = end;
					break;
				}
				if (next.start > cursor) out.append(text.slice(cursor, next.start));
				const start = Math.max(next.start, cursor);
				const stop = Math.min(next.end, end);
				const mark = el('mark', text.slice(start, stop));
				mark.title = next.label;
				out.append(mark, el('span', ` (${next.label})`, { class: 'sr-only' }));
				cursor = stop;
			}
		};
		result.sentences.forEach((sentence, i) => {
			appendText(sentence.start);
			const tags = beatsOf(i);
			if (tags.length > 0) {
				// Hidden words around the tag keep it apart from the sentence for a screen reader
				// ("Tagged Situation: At 02:14…", not "SituationAt 02:14…").
				const tag = el('span', undefined, { class: 'beat-tag' });
				tag.append(
					el('span', this.#data.text.beatTagBefore, { class: 'sr-only' }),
					tags.join(', '),
					el('span', this.#data.text.beatTagAfter, { class: 'sr-only' }),
				);
				out.append(tag);
			}
			appendText(sentence.end);
		});
		appendText(text.length);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-analyzer': PrepAnalyzer;
	}
}

defineIsland('prep-analyzer', PrepAnalyzer);
