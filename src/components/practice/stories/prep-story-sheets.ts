/**
 * The `prep-story-sheets` element of StorySheets.astro: one printed page per story, or every
 * shaped story as a cheat sheet. Its surface: `print(stories)` fills the print area with those
 * stories' sheets and opens the print dialog (the story list calls it for one story).
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import type { Story } from '../../../lib/practice-store.ts';
import { isShaped, liveStories, storyLength } from '../../../lib/stories.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import type { BeatId } from '../../../schemas/ids.ts';
import { bound, el } from '../shared/dom.ts';
import { openPractice } from '../shared/practice-storage.ts';
import type { StorySheetsText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

interface Titled {
	id: string;
	title: string;
}
interface PromptInfo {
	id: string;
	short: string;
}

export class PrepStorySheets extends HTMLElement {
	#prompts: PromptInfo[] = [];
	#types: Titled[] = [];
	#beats: Titled[] = [];
	#text!: StorySheetsText;

	connectedCallback() {
		const data = readEmbeddedJson<{ prompts: PromptInfo[]; storyTypes: Titled[]; beats: Titled[]; text: StorySheetsText }>(this);
		this.#prompts = data.prompts;
		this.#types = data.storyTypes;
		this.#beats = data.beats;
		this.#text = data.text;
		const printAll = this.querySelector<HTMLButtonElement>('[data-action="print-all"]')!;
		printAll.addEventListener('click', () => this.print(this.#shaped()));
		document.addEventListener('prep:practice-changed', () => this.#render());
		window.addEventListener('afterprint', () => document.documentElement.removeAttribute('data-printing'));
		this.#render();
	}

	#shaped() {
		return liveStories(openPractice().data.stories).filter(isShaped);
	}

	/** The cheat sheet can print once a story is shaped. */
	#render() {
		this.querySelector<HTMLButtonElement>('[data-action="print-all"]')!.disabled = this.#shaped().length === 0;
	}

	/** Fills the print area with one sheet per story and opens the print dialog. */
	print(stories: Story[]) {
		const t = this.#text;
		const area = bound(this, 'print-area');
		if (stories.length === 0) {
			bound(this, 'print-status').textContent = t.cheatEmpty;
			return;
		}
		bound(this, 'print-status').textContent = '';
		area.replaceChildren(
			...stories.map((s) => {
				const sheet = el('article', undefined, { class: 'sheet' });
				sheet.append(el('h3', s.title || t.untitled));
				const type = this.#types.find((x) => x.id === s.type)?.title;
				const { words, seconds } = storyLength(s);
				sheet.append(el('p', [type ?? t.untyped, fill(t.words, { words }), clock(seconds)].join(' · ')));
				if (s.line) sheet.append(el('p', s.line));
				const dl = el('dl');
				for (const b of this.#beats) {
					const text = s.beats[b.id as BeatId].trim();
					if (!text) continue;
					dl.append(el('dt', b.title), el('dd', text));
				}
				// How far the work reached, which the interviewer weighs against the level you target.
				if (s.scope) dl.append(el('dt', t.sheetScope), el('dd', t.scopes[s.scope]));
				if (s.metrics.length) dl.append(el('dt', t.sheetMetrics), el('dd', s.metrics.join('; ')));
				if (s.prompts.length) {
					dl.append(
						el('dt', t.sheetPrompts),
						el('dd', s.prompts.map((id) => this.#prompts.find((p) => p.id === id)?.short ?? id).join('; ')),
					);
				}
				if (s.tags.length) dl.append(el('dt', t.sheetTags), el('dd', s.tags.join(', ')));
				sheet.append(dl);
				return sheet;
			}),
		);
		document.documentElement.setAttribute('data-printing', '');
		window.print();
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-story-sheets': PrepStorySheets;
	}
}

defineIsland('prep-story-sheets', PrepStorySheets);
