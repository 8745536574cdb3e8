/**
 * The `prep-stories` element of the story bank page: it wires the quick-add form, the story list
 * and the editor to stored practice data, draws the coverage matrix, and fills the print area.
 * Rules live in src/lib/stories.ts and src/lib/coverage.ts; UI text comes from the page.
 */
import { buildCoverage } from '../../lib/coverage.ts';
import { readEmbeddedJson } from '../../lib/embed-json.ts';
import type { Story } from '../../lib/practice-store.ts';
import {
	assembleAnswer,
	deleteStory,
	duplicateStory,
	emptyBeats,
	isShaped,
	liveStories,
	newStory,
	saveStory,
	splitList,
	storyId,
	storyLength,
} from '../../lib/stories.ts';
import { clock, fillTemplate as fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import { BEATS, BUCKETS, THEMES, type Bucket, type Theme } from '../../schemas/ids.ts';
import { commitPractice, openPractice, PRACTICE_CHANGED } from './practice-client.ts';

interface PromptInfo {
	id: string;
	question: string;
	short: string;
	bucket: Bucket;
	theme: Theme;
	highestSignal: boolean;
	href: string;
}
interface Titled {
	id: string;
	title: string;
	href?: string;
	cue?: string;
}
type Text = Record<string, string> & {
	buckets: Record<string, string>;
	themes: Record<string, string>;
	reach: Record<string, string>;
};

// The answer analyzer is loaded on first use: most visits to the bank never open an editor.
let analyzer: Promise<typeof import('../../lib/analyzer.ts')> | undefined;
const loadAnalyzer = () => (analyzer ??= import('../../lib/analyzer.ts'));


const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
};

/** The story bank island. */
export class PrepStories extends HTMLElement {
	#prompts: PromptInfo[] = [];
	#types: Titled[] = [];
	#beats: Titled[] = [];
	#text!: Text;
	#limit = 300;
	#editing: Story | undefined;
	#returnFocus: HTMLElement | null = null;

	connectedCallback() {
		const data = readEmbeddedJson<{ prompts: PromptInfo[]; storyTypes: Titled[]; beats: Titled[]; text: Text; limit: number }>(this);
		this.#prompts = data.prompts;
		this.#types = data.storyTypes;
		this.#beats = data.beats;
		this.#text = data.text;
		this.#limit = data.limit;
		this.querySelector<HTMLElement>('.needs-js')!.hidden = true;
		for (const c of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('[disabled]')) c.disabled = false;

		const loaded = openPractice();
		const notice = this.#bind('notice');
		if (loaded.status === 'kept-aside') notice.textContent = fill(this.#text['keptAside']!, { reason: loaded.reason, key: loaded.backupKey });
		if (loaded.status === 'unavailable') notice.textContent = fill(this.#text['unavailable']!, { reason: loaded.reason });
		notice.hidden = notice.textContent === '';

		this.#form('quick').addEventListener('submit', (e) => {
			e.preventDefault();
			this.#quickAdd();
		});
		const editor = this.#form('editor');
		editor.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#saveEditor();
		});
		editor.addEventListener('input', () => this.#showLength());
		editor.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') this.#closeEditor();
		});
		this.addEventListener('click', (e) => {
			const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
			if (button) this.#act(button.dataset['action']!, button.dataset['story']);
		});
		document.addEventListener(PRACTICE_CHANGED, () => this.#render());
		window.addEventListener('afterprint', () => document.documentElement.removeAttribute('data-printing'));
		this.#render();
	}

	#bind(name: string) {
		return this.querySelector<HTMLElement>(`[data-bind="${name}"]`)!;
	}

	#form(name: string) {
		return this.querySelector<HTMLFormElement>(`form[data-form="${name}"]`)!;
	}

	#stories() {
		return liveStories(openPractice().data.stories);
	}

	#status(message: string) {
		this.#bind('status').textContent = message;
	}

	/** Commits and reports; returns false when the browser refused to store. */
	#commit(change: (data: ReturnType<typeof openPractice>['data']) => ReturnType<typeof openPractice>['data'], message: string) {
		const ok = commitPractice(change(openPractice().data));
		this.#status(ok ? message : this.#text['saveFailed']!);
		if (!ok) this.#render(); // no change event fired: draw what is (not) stored
		return ok;
	}

	#quickAdd() {
		const form = this.#form('quick');
		const title = (form.elements.namedItem('title') as HTMLInputElement).value.trim();
		if (title === '') {
			this.#status(this.#text['noTitle']!);
			return;
		}
		const now = new Date();
		const type = (form.elements.namedItem('type') as HTMLSelectElement).value || null;
		const line = (form.elements.namedItem('line') as HTMLInputElement).value.trim();
		const story = newStory(storyId(now, Math.random), { title, line, type }, now);
		if (this.#commit((d) => saveStory(d, story, now), fill(this.#text['added']!, { title }))) form.reset();
		(form.elements.namedItem('title') as HTMLInputElement).focus();
	}

	#act(action: string, id: string | undefined) {
		const story = this.#stories().find((s) => s.id === id);
		const title = story?.title || this.#text['untitled']!;
		const now = new Date();
		if (action === 'edit' && story) this.#openEditor(story);
		else if (action === 'duplicate' && story) {
			this.#commit((d) => duplicateStory(d, story.id, storyId(now, Math.random), (t) => fill(this.#text['copyTitle']!, { title: t }), now), fill(this.#text['duplicated']!, { title }));
		} else if (action === 'delete' && story) {
			if (!window.confirm(fill(this.#text['confirmDelete']!, { title }))) return;
			if (this.#editing?.id === story.id) this.#closeEditor();
			this.#commit((d) => deleteStory(d, story.id, now), fill(this.#text['deleted']!, { title }));
		} else if (action === 'print' && story) this.#print([story]);
		else if (action === 'print-all') this.#print(this.#stories().filter(isShaped));
		else if (action === 'cancel') this.#closeEditor();
	}

	#openEditor(story: Story) {
		this.#editing = story;
		this.#returnFocus = document.activeElement as HTMLElement | null;
		const form = this.#form('editor');
		const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
		field<HTMLInputElement>('title').value = story.title;
		field<HTMLInputElement>('line').value = story.line;
		field<HTMLSelectElement>('type').value = story.type ?? '';
		for (const b of BEATS) field<HTMLTextAreaElement>(`beat-${b}`).value = story.beats[b];
		field<HTMLTextAreaElement>('metrics').value = story.metrics.join('\n');
		field<HTMLInputElement>('tags').value = story.tags.join(', ');
		const linked = new Set(story.prompts);
		for (const box of form.querySelectorAll<HTMLInputElement>('input[name="prompts"]')) box.checked = linked.has(box.value);
		form.hidden = false;
		this.#showLength();
		form.querySelector<HTMLElement>('#editor-title')!.focus();
	}

	#closeEditor() {
		this.#editing = undefined;
		this.#form('editor').hidden = true;
		this.#returnFocus?.focus();
	}

	/** The editor's current contents as a story (not yet saved). */
	#fromEditor(): Story | undefined {
		if (!this.#editing) return undefined;
		const form = this.#form('editor');
		const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
		const beats = emptyBeats();
		for (const b of BEATS) beats[b] = value(`beat-${b}`);
		return {
			...this.#editing,
			title: value('title').trim(),
			line: value('line').trim(),
			type: value('type') || null,
			beats,
			metrics: splitList(value('metrics')),
			tags: splitList(value('tags'), /,/),
			prompts: [...form.querySelectorAll<HTMLInputElement>('input[name="prompts"]:checked')].map((b) => b.value),
		};
	}

	#saveEditor() {
		const story = this.#fromEditor();
		if (!story) return;
		if (story.title === '') {
			this.#status(this.#text['noTitle']!);
			return;
		}
		const now = new Date();
		if (this.#commit((d) => saveStory(d, story, now), fill(this.#text['saved']!, { title: story.title }))) {
			this.#closeEditor();
		}
	}

	#showLength() {
		const story = this.#fromEditor();
		if (!story) return;
		const { words, seconds, over } = storyLength(story);
		const out = this.#bind('length');
		out.textContent = over
			? fill(this.#text['over']!, { words, limit: this.#limit, extra: words - this.#limit })
			: fill(this.#text['length']!, { words, limit: this.#limit, time: clock(seconds) });
		out.toggleAttribute('data-over', over);
		void renderFindings(this.#bind('findings'), assembleAnswer(story));
	}

	#render() {
		const stories = this.#stories();
		const t = this.#text;
		const shaped = stories.filter(isShaped).length;
		this.#bind('count').textContent = stories.length === 0 ? t['empty']! : fill(t['count']!, { total: stories.length, shaped, raw: stories.length - shaped });
		this.#bind('list').replaceChildren(...stories.map((s) => this.#storyItem(s)));
		(this.querySelector('[data-action="print-all"]') as HTMLButtonElement).disabled = shaped === 0;
		this.#renderCoverage(stories);
	}

	#storyItem(story: Story) {
		const t = this.#text;
		const li = el('li');
		const title = el('strong', story.title || t['untitled']!);
		const type = this.#types.find((x) => x.id === story.type)?.title ?? t['untyped']!;
		const { words } = storyLength(story);
		const meta = el('span', [isShaped(story) ? t['shaped']! : t['raw']!, type, fill(t['words']!, { words }), fill(t['prompts']!, { count: story.prompts.length })].join(' · '), { class: 'meta' });
		li.append(title);
		if (story.line) li.append(el('span', story.line));
		li.append(meta);
		const actions = el('div', undefined, { class: 'actions' });
		for (const action of ['edit', 'duplicate', 'print', 'delete']) {
			const button = el('button', t[action]!, { type: 'button', 'data-action': action, 'data-story': story.id, 'aria-label': `${t[action]!}: ${story.title || t['untitled']!}` });
			actions.append(button);
		}
		li.append(actions);
		return li;
	}

	#promptLink(id: string) {
		const p = this.#prompts.find((x) => x.id === id)!;
		const a = el('a', p.question, { href: p.href });
		return a;
	}

	#list(name: string, items: (Node | string)[], empty: string) {
		this.#bind(name).replaceChildren(
			...(items.length === 0 ? [el('li', empty)] : items.map((item) => {
				const li = el('li');
				li.append(item);
				return li;
			}))
		);
	}

	#renderCoverage(stories: Story[]) {
		const t = this.#text;
		const coverage = buildCoverage({
			prompts: this.#prompts,
			stories: stories.map((s) => ({ id: s.id, type: s.type, prompts: s.prompts, shaped: isShaped(s) })),
			storyTypes: this.#types.map((x) => x.id),
			buckets: BUCKETS,
			themes: THEMES,
		});
		const titleOf = (id: string) => stories.find((s) => s.id === id)?.title || t['untitled']!;
		this.#list('cold-gaps', coverage.uncoveredHighestSignal.map((id) => this.#promptLink(id)), t['allColdCovered']!);
		this.#list('gaps', coverage.uncovered.map((id) => this.#promptLink(id)), t['noGaps']!);
		this.#bind('gaps-summary').textContent = fill(t['gapsSummary']!, { count: coverage.uncovered.length });
		this.#list('reach', coverage.reach.map((r) => `${titleOf(r.storyId)}: ${fill(t.reach[r.reach]!, { count: r.count })}`), t['empty']!);
		this.#bind('set-size').textContent = fill(t['setSize']!, { shaped: coverage.shaped });
		this.#list(
			'missing-types',
			coverage.missingTypes.map((id) => {
				const type = this.#types.find((x) => x.id === id)!;
				return el('a', type.title, { href: type.href! });
			}),
			t['noMissingTypes']!
		);

		const head = this.#bind('matrix-head');
		head.replaceChildren(head.firstElementChild!, ...stories.map((s) => el('th', s.title || t['untitled']!, { scope: 'col' })));
		const body = this.#bind('matrix-body');
		body.replaceChildren();
		for (const group of coverage.groups) {
			const groupRow = el('tr', undefined, { class: 'group-row' });
			groupRow.append(el('th', `${t.buckets[group.bucket]}: ${t.themes[group.theme]}`, { scope: 'colgroup', colspan: String(stories.length + 1) }));
			body.append(groupRow);
			for (const row of group.rows) {
				const tr = el('tr');
				if (row.stories.length === 0) tr.dataset['gap'] = '';
				const th = el('th', undefined, { scope: 'row' });
				const p = this.#prompts.find((x) => x.id === row.promptId)!;
				th.append(el('a', p.short, { href: p.href }));
				if (p.highestSignal) th.append(' ', el('span', '★', { 'aria-hidden': 'true' }));
				tr.append(th);
				for (const s of stories) {
					const answers = row.stories.includes(s.id);
					// The mark is read with its row and column headers; "yes"/"no" keeps it unambiguous.
					const td = el('td', answers ? '✓' : '', { 'aria-label': answers ? 'yes' : 'no' });
					tr.append(td);
				}
				tr.setAttribute('title', row.stories.length ? fill(t['answered']!, { titles: row.stories.map(titleOf).join(', ') }) : t['notAnswered']!);
				body.append(tr);
			}
		}
	}

	/** Fills the print area with one sheet per story and opens the print dialog. */
	#print(stories: Story[]) {
		const t = this.#text;
		const area = this.#bind('print-area');
		if (stories.length === 0) {
			this.#status(t['cheatEmpty']!);
			return;
		}
		area.replaceChildren(
			...stories.map((s) => {
				const sheet = el('article', undefined, { class: 'sheet' });
				sheet.append(el('h3', s.title || t['untitled']!));
				const type = this.#types.find((x) => x.id === s.type)?.title;
				const { words, seconds } = storyLength(s);
				sheet.append(el('p', [type ?? t['untyped']!, fill(t['words']!, { words }), clock(seconds)].join(' · ')));
				if (s.line) sheet.append(el('p', s.line));
				const dl = el('dl');
				for (const b of this.#beats) {
					const text = s.beats[b.id as (typeof BEATS)[number]].trim();
					if (!text) continue;
					dl.append(el('dt', b.title), el('dd', text));
				}
				if (s.metrics.length) dl.append(el('dt', t['sheetMetrics']!), el('dd', s.metrics.join('; ')));
				if (s.prompts.length) {
					dl.append(el('dt', t['sheetPrompts']!), el('dd', s.prompts.map((id) => this.#prompts.find((p) => p.id === id)?.short ?? id).join('; ')));
				}
				if (s.tags.length) dl.append(el('dt', t['sheetTags']!), el('dd', s.tags.join(', ')));
				sheet.append(dl);
				return sheet;
			})
		);
		document.documentElement.setAttribute('data-printing', '');
		window.print();
	}
}

/**
 * Lists the analyzer's verdicts on the assembled answer in `container`, each linked to its
 * pitfall page; hides the container when there is nothing to say.
 */
export async function renderFindings(container: HTMLElement, answer: string) {
	const { analyzeAnswer } = await loadAnalyzer();
	const findings = answer.trim() === '' ? [] : analyzeAnswer(answer).findings.filter((f) => f.kind === 'verdict');
	container.hidden = findings.length === 0;
	const list = el('ul');
	list.append(
		...findings.map((f) => {
			const li = el('li', `${f.message} `);
			li.append(el('a', 'About this pitfall', { href: withBase(`/pitfalls/${f.pitfall}/`, import.meta.env.BASE_URL) }));
			return li;
		})
	);
	container.replaceChildren(list);
}
