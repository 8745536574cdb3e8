/**
 * The `prep-progress` element of ProgressTables.astro: it draws the prompts still to practice,
 * the attempts and the mock loops from stored practice data, and draws them again whenever an
 * island on the page saves, imports or deletes practice data or recordings.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { summarizeMock } from '../../../lib/mock.ts';
import type { PracticeData } from '../../../lib/practice-store.ts';
import { ratio, summarizeProgress, unpracticed } from '../../../lib/progress.ts';
import { countBySession } from '../../../lib/recordings.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import type { Preset } from '../../../lib/timing.ts';
import { bound, el } from '../shared/dom.ts';
import { cellList, nameCellsByColumn } from '../shared/table.ts';
import { openPractice } from '../shared/practice-storage.ts';
import { listRecordings, recordingsSupported } from '../shared/recordings-storage.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
import type { ProgressText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

interface PromptInfo {
	id: string;
	question: string;
	highestSignal: boolean;
	href: string;
}

/** A table row's cells: the first is the row's header (the prompt or date), the rest data. */
const tableCells = (cells: (string | Node)[]) =>
	cells.map((cell, i) => {
		const td = i === 0 ? el('th', undefined, { scope: 'row' }) : el('td');
		td.append(cell);
		return td;
	});

export class PrepProgress extends HTMLElement {
	#prompts = new Map<string, PromptInfo>();
	#presets: Preset[] = [];
	#text!: ProgressText;
	#mockRecordingsHref = '';

	connectedCallback() {
		const data = readEmbeddedJson<{ prompts: PromptInfo[]; presets: Preset[]; text: ProgressText; mockRecordingsHref: string }>(
			this,
		);
		this.#prompts = new Map(data.prompts.map((p) => [p.id, p]));
		this.#presets = data.presets;
		this.#text = data.text;
		this.#mockRecordingsHref = data.mockRecordingsHref;
		for (const note of this.querySelectorAll<HTMLElement>('.needs-js')) note.hidden = true;
		document.addEventListener('prep:practice-changed', () => this.#render());
		document.addEventListener('prep:recordings-changed', () => void this.#renderRecordings());
		this.#render();
	}

	#link(id: string) {
		const prompt = this.#prompts.get(id);
		// An attempt at a prompt the site no longer has is kept, and said to be one.
		if (!prompt) return document.createTextNode(fill(this.#text.unknownPrompt, { id }));
		return el('a', prompt.question, { href: prompt.href });
	}

	#render() {
		const loaded = openPractice();
		// After "Delete all" the record reloads as new, and a notice about lost data no longer applies.
		showStoredDataNotice(bound(this, 'notice'), loaded, this.#text);
		const { data } = loaded;
		this.#renderTodo(data);
		this.#renderAttempts(data);
		this.#renderMocks(data.mocks);
		void this.#renderRecordings();
	}

	#renderTodo(data: PracticeData) {
		const cold = [...this.#prompts.values()].filter((p) => p.highestSignal).map((p) => p.id);
		const missing = unpracticed(cold, data.attempts);
		const counts = { missing: missing.length, total: cold.length };
		// The sentence before the list says how many it holds, and stands alone when it holds none.
		const intro =
			missing.length === 0 ? this.#text.allPractised : missing.length === cold.length ? this.#text.noneYet : this.#text.someYet;
		bound(this, 'todo-intro').textContent = fill(intro, counts);
		const list = bound(this, 'todo');
		list.hidden = missing.length === 0;
		list.replaceChildren(
			...missing.map((id) => {
				const li = el('li');
				li.append(this.#link(id));
				return li;
			}),
		);
	}

	#renderAttempts(data: PracticeData) {
		const t = this.#text;
		const rows = summarizeProgress(data.attempts);
		const score = (a: { checked: number; total: number; level: string }) =>
			`${a.checked}/${a.total} (${Math.round(ratio(a) * 100)}%) at ${t.levels[a.level as keyof ProgressText['levels']] ?? a.level}`;
		bound(this, 'rows').replaceChildren(
			...rows.map((row) => {
				const tr = el('tr');
				tr.append(
					...tableCells([
						this.#link(row.promptId),
						String(row.attempts),
						score(row.last),
						score(row.best),
						t.trend[row.trend],
						row.last.seconds === null ? t.untimed : clock(row.last.seconds),
						row.last.followUp
							? `${row.last.followUp.question} (${row.last.followUp.seconds === null ? t.replyNotTimed : fill(t.reply, { time: clock(row.last.followUp.seconds) })})`
							: '–',
					]),
				);
				return tr;
			}),
		);
		this.#showTable('rows', rows.length > 0);
		const empty = bound(this, 'empty');
		empty.textContent = t.none;
		empty.hidden = rows.length > 0;
	}

	#renderMocks(mocks: PracticeData['mocks']) {
		const t = this.#text;
		bound(this, 'mocks').replaceChildren(
			...[...mocks].reverse().map((mock) => {
				const preset = this.#presets.find((p) => p.id === mock.preset) ?? this.#presets[0]!;
				const summary = summarizeMock(mock.items, preset);
				const scored = summary.rows.filter((r) => r.score !== null);
				const repeat = summary.repeat.length ? cellList(summary.repeat.map((id) => this.#link(id))) : '–';
				// Filled in by #renderRecordings once IndexedDB answers.
				const recordings = el('span', '–', { 'data-recordings-for': mock.id });
				const tr = el('tr');
				tr.append(
					...tableCells([
						new Date(mock.startedAt).toLocaleString(),
						mock.loop.label,
						fill(t.mockAnswered, { answered: summary.answered, total: summary.rows.length }),
						String(summary.rows.filter((r) => r.verdict === 'on-target').length),
						scored.length ? `${Math.round((scored.reduce((s, r) => s + r.score!, 0) / scored.length) * 100)}%` : '–',
						repeat,
						this.#followUps(mock.items),
						recordings,
					]),
				);
				return tr;
			}),
		);
		this.#showTable('mocks', mocks.length > 0);
		const none = bound(this, 'no-mocks');
		none.textContent = t.noMocks;
		none.hidden = mocks.length > 0;
	}

	/** Shows the table whose body is `body` only when it has rows (a header alone says nothing), its cells named for a phone. */
	#showTable(body: string, hasRows: boolean) {
		const table = bound(this, body).closest('table')!;
		table.closest<HTMLElement>('.table-wrap')!.hidden = !hasRows;
		nameCellsByColumn(table);
	}

	/** The follow-ups of a loop, each with its reply's time; a dash for a loop without any. */
	#followUps(items: PracticeData['mocks'][number]['items']) {
		const t = this.#text;
		const asked = items.flatMap((item) => (item.followUp ? [item.followUp] : []));
		if (asked.length === 0) return '–';
		return cellList(
			asked.map((f) => `${f.question} (${f.seconds === null ? t.replyNotTimed : fill(t.reply, { time: clock(f.seconds) })})`),
		);
	}

	/** Links each mock loop to its recordings. */
	async #renderRecordings() {
		if (!recordingsSupported()) return;
		let counts: Map<string, number>;
		try {
			counts = countBySession(await listRecordings());
		} catch {
			return; // IndexedDB refused (private mode in some browsers): the cells keep their dash
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-recordings-for]')) {
			const count = counts.get(cell.dataset['recordingsFor']!) ?? 0;
			if (count === 0) cell.textContent = '–';
			else cell.replaceChildren(el('a', fill(this.#text.mockRecordings, { count }), { href: this.#mockRecordingsHref }));
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-progress': PrepProgress;
	}
}

defineIsland('prep-progress', PrepProgress);
