/**
 * The `prep-draft-first` element of DraftFirst.astro. It hides the sample until the reader
 * compares or asks for it (a link into the sample, `#sample` or a beat's heading, shows it at
 * once), keeps the draft like the analyzer does (`data-draft-key`, src/lib/drafts.ts), and draws
 * the beat-by-beat comparison from the analyzer's reading of both texts. No events.
 */
import type { Analysis } from '../../../lib/analyzer.ts';
import { forgetDraft, keepDraft } from '../../../lib/drafts.ts';
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { BEATS } from '../../../schemas/ids.ts';
import { activate, bound, el } from '../shared/dom.ts';
import { listOnlyShownHeadings } from '../shared/toc.ts';
import { commitDrafts, openDrafts } from '../shared/practice-storage.ts';
import type { DraftFirstText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

type SampleBeat = { beat: string; title: string; text: string };

export class PrepDraftFirst extends HTMLElement {
	#text!: DraftFirstText;
	#sample: SampleBeat[] = [];
	#key = '';
	#debounce: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const data = readEmbeddedJson<{ sample: SampleBeat[]; text: DraftFirstText }>(this);
		this.#text = data.text;
		this.#sample = data.sample;
		this.#key = this.dataset['draftKey']!;
		activate(this, 'button, input, textarea');
		const box = this.#box();
		const keep = this.#keepBox();
		const draft = openDrafts().data.drafts[this.#key];
		if (draft) {
			box.value = draft.text;
			keep.checked = true;
		}
		// Draft first: the sample waits, unless the reader came for it (a link into it).
		if (!this.#linkedIntoSample()) bound(this, 'sample').hidden = true;
		listOnlyShownHeadings(this);
		window.addEventListener('hashchange', () => {
			if (this.#linkedIntoSample()) this.#reveal();
		});
		box.addEventListener('input', () => {
			clearTimeout(this.#debounce);
			this.#debounce = setTimeout(() => {
				this.#debounce = undefined;
				if (keep.checked) this.#keep(true, false);
			}, 400);
		});
		window.addEventListener('pagehide', () => {
			if (this.#debounce !== undefined && keep.checked) this.#keep(true, false);
		});
		keep.addEventListener('change', () => this.#keep(keep.checked, true));
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
			if (action === 'compare') void this.#compare();
			else if (action === 'show') this.#revealAndFocus();
		});
	}

	#box() {
		return this.querySelector<HTMLTextAreaElement>('textarea[name="draft"]')!;
	}

	#keepBox() {
		return this.querySelector<HTMLInputElement>('input[name="keep"]')!;
	}

	/** True when the address points into the sample: `#sample` or one of its headings. */
	#linkedIntoSample() {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		return !!target && bound(this, 'sample').contains(target);
	}

	#reveal() {
		bound(this, 'sample').hidden = false;
	}

	/** Shows the sample and moves focus to its first heading, for "Show the sample now". */
	#revealAndFocus() {
		this.#reveal();
		const heading = this.querySelector<HTMLElement>('#sample h2');
		heading?.setAttribute('tabindex', '-1');
		heading?.focus();
	}

	#keep(on: boolean, announce: boolean) {
		const drafts = openDrafts().data;
		const next = on ? keepDraft(drafts, this.#key, this.#box().value, new Date()) : forgetDraft(drafts, this.#key);
		const saved = commitDrafts(next);
		if (announce || !saved)
			bound(this, 'status').textContent = saved ? this.#text[on ? 'kept' : 'forgotten'] : this.#text.notKept;
	}

	async #compare() {
		const t = this.#text;
		const { analyzeAnswer } = await import('../../../lib/analyzer.ts');
		const text = this.#box().value;
		const mine = analyzeAnswer(text);
		const sample = analyzeAnswer(this.#sample.map((b) => b.text).join(' '));
		if (mine.words === 0) {
			bound(this, 'compare').hidden = true;
			bound(this, 'status').textContent = t.empty;
			this.#revealAndFocus();
			return;
		}
		this.#reveal();
		bound(this, 'table').replaceChildren(this.#table(mine, sample));
		bound(this, 'compare').hidden = false;
		bound(this, 'status').textContent = fill(t.compared, { n: BEATS.filter((b) => mine.beats[b].covered).length });
		this.querySelector<HTMLElement>('#compare')!.focus();
	}

	/** The comparison: for each beat, what the analyzer finds of it in the draft and in the sample. */
	#table(mine: Analysis, sample: Analysis) {
		const t = this.#text;
		const table = el('table');
		table.append(el('caption', t.caption));
		const head = el('tr');
		for (const label of [t.beat, t.yours, t.sample]) head.append(el('th', label, { scope: 'col' }));
		table.append(el('thead'), el('tbody'));
		table.tHead!.append(head);
		for (const beat of BEATS) {
			const part = this.#sample.find((b) => b.beat === beat);
			const yours = el('td');
			const found = mine.beats[beat];
			if (found.covered) yours.append(el('strong', t.found), ` ${found.sentences.map((i) => mine.sentences[i]!.text).join(' ')}`);
			else yours.append(el('span', t.missing, { class: 'missing' }));
			// The sample's own words for the beat, flagged when the analyzer would not find the beat in them.
			const theirs = el('td');
			if (!sample.beats[beat].covered) theirs.append(el('span', t.sampleMissing, { class: 'missing' }), ' ');
			theirs.append(part?.text ?? '');
			const tr = el('tr');
			tr.append(el('th', part?.title ?? beat, { scope: 'row' }), yours, theirs);
			table.tBodies[0]!.append(tr);
		}
		return table;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-draft-first': PrepDraftFirst;
	}
}

defineIsland('prep-draft-first', PrepDraftFirst);
