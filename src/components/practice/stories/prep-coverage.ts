/**
 * The `prep-coverage` element of CoverageMatrix.astro: it draws which stories answer which
 * prompts (src/lib/coverage.ts) and the gaps, from stored practice data, and again whenever an
 * island on the page saves practice data.
 */
import { buildCoverage } from '../../../lib/coverage.ts';
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import type { Story } from '../../../lib/practice-store.ts';
import { isShaped, liveStories } from '../../../lib/stories.ts';
import { describeScope, scopeCoverage } from '../../../lib/story-scope.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { BUCKETS, THEMES, type Bucket, type Level, type Theme } from '../../../schemas/ids.ts';
import { bound, el } from '../shared/dom.ts';
import { openPractice } from '../shared/practice-storage.ts';
import type { CoverageText } from './text.ts';
import { defineIsland, inOwnTask } from '../../own-task.ts';

interface PromptInfo {
	id: string;
	question: string;
	short: string;
	bucket: Bucket;
	theme: Theme;
	highestSignal: boolean;
	href: string;
}
interface StoryType {
	id: string;
	title: string;
	href: string;
}

export class PrepCoverage extends HTMLElement {
	#prompts: PromptInfo[] = [];
	#types: StoryType[] = [];
	#text!: CoverageText;
	/** Counts draws, so that a matrix queued by an earlier draw is not drawn over a newer one. */
	#draws = 0;

	connectedCallback() {
		const data = readEmbeddedJson<{ prompts: PromptInfo[]; storyTypes: StoryType[]; text: CoverageText }>(this);
		this.#prompts = data.prompts;
		this.#types = data.storyTypes;
		this.#text = data.text;
		document.addEventListener('prep:practice-changed', () => this.#render());
		this.#render();
	}

	#render() {
		const { data } = openPractice();
		this.#renderCoverage(liveStories(data.stories), data.settings.level);
	}

	#promptLink(id: string) {
		const p = this.#prompts.find((x) => x.id === id)!;
		const a = el('a', p.question, { href: p.href });
		return a;
	}

	#list(name: string, items: (Node | string)[], empty: string) {
		bound(this, name).replaceChildren(
			...(items.length === 0
				? [el('li', empty)]
				: items.map((item) => {
						const li = el('li');
						li.append(item);
						return li;
					})),
		);
	}

	#renderCoverage(stories: Story[], level: Level) {
		const t = this.#text;
		const coverage = buildCoverage({
			prompts: this.#prompts,
			stories: stories.map((s) => ({ id: s.id, type: s.type, prompts: s.prompts, shaped: isShaped(s) })),
			storyTypes: this.#types.map((x) => x.id),
			buckets: BUCKETS,
			themes: THEMES,
		});
		const titleOf = (id: string) => stories.find((s) => s.id === id)?.title || t.untitled;
		this.#list(
			'cold-gaps',
			coverage.uncoveredHighestSignal.map((id) => this.#promptLink(id)),
			t.allColdCovered,
		);
		this.#list(
			'gaps',
			coverage.uncovered.map((id) => this.#promptLink(id)),
			t.noGaps,
		);
		bound(this, 'gaps-summary').textContent = fill(t.gapsSummary, { count: coverage.uncovered.length });
		this.#list(
			'reach',
			coverage.reach.map((r) => `${titleOf(r.storyId)}: ${fill(t.reach[r.reach], { count: r.count })}`),
			t.empty,
		);
		bound(this, 'set-size').textContent = fill(t.setSize, { shaped: coverage.shaped });
		// The level is the stored target level, the one the checklist and the mock loop set.
		bound(this, 'scope').textContent = describeScope(scopeCoverage(stories, level), t.levels[level].toLowerCase(), t.scope);
		this.#list(
			'missing-types',
			coverage.missingTypes.map((id) => {
				const type = this.#types.find((x) => x.id === id)!;
				return el('a', type.title, { href: type.href! });
			}),
			t.noMissingTypes,
		);

		// The matrix (a row for every prompt) is drawn in a task of its own: drawn with the lists,
		// it made the story bank's load the longest task of its page on a throttled phone.
		const draw = ++this.#draws;
		inOwnTask(() => {
			if (draw === this.#draws) this.#renderMatrix(coverage, stories, titleOf);
		});
	}

	#renderMatrix(coverage: ReturnType<typeof buildCoverage>, stories: Story[], titleOf: (id: string) => string) {
		const t = this.#text;
		const head = bound(this, 'matrix-head');
		head.replaceChildren(head.firstElementChild!, ...stories.map((s) => el('th', s.title || t.untitled, { scope: 'col' })));
		// One row group (tbody) per bucket and theme, headed by a scope=rowgroup cell, so that a
		// screen reader names the group with each prompt rather than reading it as a column header.
		const table = bound(this, 'matrix');
		for (const old of table.querySelectorAll(':scope > tbody')) old.remove();
		for (const group of coverage.groups) {
			const body = el('tbody');
			const groupRow = el('tr', undefined, { class: 'group-row' });
			groupRow.append(
				el('th', `${t.buckets[group.bucket]}: ${t.themes[group.theme]}`, {
					scope: 'rowgroup',
					colspan: String(stories.length + 1),
				}),
			);
			body.append(groupRow);
			table.append(body);
			for (const row of group.rows) {
				const tr = el('tr');
				if (row.stories.length === 0) tr.dataset['gap'] = '';
				const th = el('th', undefined, { scope: 'row' });
				const p = this.#prompts.find((x) => x.id === row.promptId)!;
				th.append(el('a', p.short, { href: p.href }));
				// The star is explained in the legend above the table; a reader hears its words instead.
				if (p.highestSignal)
					th.append(' ', el('span', '★', { 'aria-hidden': 'true' }), el('span', t.highestSignal, { class: 'sr-only' }));
				// A prompt with no story says so in words, not by its colour alone.
				if (row.stories.length === 0) th.append(' ', el('span', t.noStoryMark, { class: 'gap-mark' }));
				tr.append(th);
				for (const s of stories) {
					const answers = row.stories.includes(s.id);
					// The mark is read with its row and column headers; "yes"/"no" keeps it unambiguous.
					const td = el('td', answers ? '✓' : '', { 'aria-label': answers ? 'yes' : 'no' });
					tr.append(td);
				}
				tr.setAttribute(
					'title',
					row.stories.length ? fill(t.answered, { titles: row.stories.map(titleOf).join(', ') }) : t.notAnswered,
				);
				body.append(tr);
			}
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-coverage': PrepCoverage;
	}
}

defineIsland('prep-coverage', PrepCoverage);
