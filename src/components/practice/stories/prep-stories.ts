/**
 * The `prep-stories` element of StoryBank.astro: it wires the quick-add form, the story list and
 * the editor to stored practice data, with the analyzer's verdicts on the story being edited.
 * Rules live in src/lib/stories.ts. A story's "Print sheet" asks `prep-story-sheets` to print it.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import type { PracticeData, Story } from '../../../lib/practice-store.ts';
import {
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
} from '../../../lib/stories.ts';
import { isScope } from '../../../lib/story-scope.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import { withBase } from '../../../lib/url.ts';
import { BEATS } from '../../../schemas/ids.ts';
import { activate, bound, el, fieldError, saveError } from '../shared/dom.ts';
import { commitPractice, openPractice } from '../shared/practice-storage.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
import type { StoryBankText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

interface StoryType {
	id: string;
	title: string;
}
/** The story actions, each a button on a story; `print-all` is the sheets' own. */
type StoryAction = 'edit' | 'duplicate' | 'print' | 'delete' | 'cancel';

// The analyzer's rules are loaded on first use: most visits to the bank never open an editor.
let review: Promise<typeof import('../../../lib/story-review.ts')> | undefined;
const loadReview = () => (review ??= import('../../../lib/story-review.ts'));

/** The story bank island. */
export class PrepStories extends HTMLElement {
	#types: StoryType[] = [];
	#text!: StoryBankText;
	#limit = 300;
	#editing: Story | undefined;
	#returnFocus: HTMLElement | null = null;
	/** The editor's contents when it opened, to tell unsaved changes. */
	#openedAs = '';
	/** Whether the word count's crossing of the limit was already announced for this edit. */
	#announcedOver = false;
	#lengthPause: ReturnType<typeof setTimeout> | undefined;
	#reviewPause: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const data = readEmbeddedJson<{ storyTypes: StoryType[]; text: StoryBankText; limit: number }>(this);
		this.#types = data.storyTypes;
		this.#text = data.text;
		this.#limit = data.limit;
		activate(this, '[disabled]');
		showStoredDataNotice(bound(this, 'notice'), openPractice(), this.#text);

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
			// Escape closes only what can be closed without loss, or asks first.
			if (e.key === 'Escape' && (!this.#unsaved() || window.confirm(this.#text.confirmDiscard))) this.#closeEditor();
		});
		this.addEventListener('click', (e) => {
			const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
			if (button) this.#act(button.dataset['action'] as StoryAction, button.dataset['story']);
		});
		document.addEventListener('prep:practice-changed', () => this.#render());
		this.#render();
	}

	#form(name: string) {
		return this.querySelector<HTMLFormElement>(`form[data-form="${name}"]`)!;
	}

	#stories() {
		return liveStories(openPractice().data.stories);
	}

	#status(message: string) {
		bound(this, 'status').textContent = message;
	}

	/**
	 * Commits and reports. A refusal is said once: next to `near` (the editor's buttons, far from
	 * the status line) when given, else in the status line under the quick-add form and the list.
	 * Returns false when the browser refused to store.
	 */
	#commit(change: (data: PracticeData) => PracticeData, message: string, near?: Element) {
		const ok = commitPractice(change(openPractice().data));
		this.#status(ok ? message : near ? '' : this.#text.saveFailed);
		if (near) saveError(near, ok ? '' : this.#text.saveFailed);
		return ok;
	}

	#quickAdd() {
		const form = this.#form('quick');
		const title = (form.elements.namedItem('title') as HTMLInputElement).value.trim();
		const titleField = form.querySelector<HTMLInputElement>('input[name="title"]')!;
		fieldError(titleField, title === '' ? this.#text.noTitle : '');
		if (title === '') return;
		const now = new Date();
		const type = (form.elements.namedItem('type') as HTMLSelectElement).value || null;
		const line = (form.elements.namedItem('line') as HTMLInputElement).value.trim();
		const story = newStory(storyId(now, Math.random), { title, line, type }, now);
		if (this.#commit((d) => saveStory(d, story, now), fill(this.#text.added, { title }))) form.reset();
		(form.elements.namedItem('title') as HTMLInputElement).focus();
	}

	#act(action: StoryAction, id: string | undefined) {
		const story = this.#stories().find((s) => s.id === id);
		const title = story?.title || this.#text.untitled;
		const now = new Date();
		if (action === 'edit' && story) this.#openEditor(story);
		else if (action === 'duplicate' && story) {
			const copy = storyId(now, Math.random);
			this.#commit(
				(d) => duplicateStory(d, story.id, copy, (t) => fill(this.#text.copyTitle, { title: t }), now),
				fill(this.#text.duplicated, { title }),
			);
			if (!this.#focusStory(copy)) this.#focusStory(story.id);
		} else if (action === 'delete' && story) {
			if (!window.confirm(fill(this.#text.confirmDelete, { title }))) return;
			// Focus goes to the story after it, or before it when it was the last.
			const ids = this.#stories().map((s) => s.id);
			const at = ids.indexOf(story.id);
			const neighbour = ids[at + 1] ?? ids[at - 1];
			if (this.#editing?.id === story.id) this.#closeEditor(false);
			if (
				this.#commit((d) => deleteStory(d, story.id, now), fill(this.#text.deleted, { title })) &&
				!(neighbour && this.#focusStory(neighbour))
			) {
				this.#form('quick').querySelector<HTMLInputElement>('input[name="title"]')!.focus();
			}
		} else if (action === 'print' && story) document.querySelector('prep-story-sheets')?.print([story]);
		else if (action === 'cancel') this.#closeEditor();
	}

	/** Focuses a story's Edit button in the list (redrawn on every save); false when it is not there. */
	#focusStory(id: string): boolean {
		const button = this.querySelector<HTMLButtonElement>(`button[data-action="edit"][data-story="${CSS.escape(id)}"]`);
		button?.focus();
		return !!button;
	}

	/** True when the editor holds changes that are not saved. */
	#unsaved(): boolean {
		return JSON.stringify(this.#fromEditor()) !== this.#openedAs;
	}

	#openEditor(story: Story) {
		this.#editing = story;
		this.#returnFocus = document.activeElement as HTMLElement | null;
		const form = this.#form('editor');
		const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
		field<HTMLInputElement>('title').value = story.title;
		field<HTMLInputElement>('line').value = story.line;
		field<HTMLSelectElement>('type').value = story.type ?? '';
		field<HTMLSelectElement>('scope').value = story.scope ?? '';
		for (const b of BEATS) field<HTMLTextAreaElement>(`beat-${b}`).value = story.beats[b];
		field<HTMLTextAreaElement>('metrics').value = story.metrics.join('\n');
		field<HTMLInputElement>('tags').value = story.tags.join(', ');
		const linked = new Set(story.prompts);
		for (const box of form.querySelectorAll<HTMLInputElement>('input[name="prompts"]')) box.checked = linked.has(box.value);
		form.hidden = false;
		this.#openedAs = JSON.stringify(this.#fromEditor());
		this.#showLength();
		form.querySelector<HTMLElement>('#editor-title')!.focus();
	}

	/** Closes the editor; focus returns to the story's Edit button (the list may have been redrawn). */
	#closeEditor(returnFocus = true) {
		const id = this.#editing?.id;
		this.#editing = undefined;
		this.#form('editor').hidden = true;
		this.#announcedOver = false;
		clearTimeout(this.#lengthPause);
		clearTimeout(this.#reviewPause);
		if (!returnFocus) return;
		if (this.#returnFocus?.isConnected) this.#returnFocus.focus();
		else if (id) this.#focusStory(id);
	}

	/** The editor's current contents as a story (not yet saved). */
	#fromEditor(): Story | undefined {
		if (!this.#editing) return undefined;
		const form = this.#form('editor');
		const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
		const beats = emptyBeats();
		for (const b of BEATS) beats[b] = value(`beat-${b}`);
		const { scope: _old, ...editing } = this.#editing;
		const scope = value('scope');
		return {
			...editing,
			...(isScope(scope) ? { scope } : {}),
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
		const titleField = this.#form('editor').querySelector<HTMLInputElement>('input[name="title"]')!;
		fieldError(titleField, story.title === '' ? this.#text.noTitle : '');
		if (story.title === '') return;
		const now = new Date();
		if (
			this.#commit(
				(d) => saveStory(d, story, now),
				fill(this.#text.saved, { title: story.title }),
				this.#form('editor').querySelector('.actions')!,
			)
		) {
			this.#closeEditor();
		}
	}

	#showLength() {
		const story = this.#fromEditor();
		if (!story) return;
		const { words, seconds, over } = storyLength(story);
		const out = bound(this, 'length');
		out.textContent = over
			? fill(this.#text.over, { words, limit: this.#limit, extra: words - this.#limit })
			: fill(this.#text.length, { words, limit: this.#limit, time: clock(seconds) });
		out.toggleAttribute('data-over', over);
		this.#announceLength(out.textContent, over);
		// The warnings follow typing after a short pause, so a long story does not slow each keystroke.
		clearTimeout(this.#reviewPause);
		this.#reviewPause = setTimeout(() => void renderFindings(bound(this, 'findings'), story), 250);
	}

	/**
	 * Speaks the word count once typing pauses, and at once when the count crosses the limit: never
	 * once per keystroke.
	 */
	#announceLength(sentence: string, over: boolean) {
		clearTimeout(this.#lengthPause);
		const say = () => (bound(this, 'length-announce').textContent = sentence);
		if (over !== this.#announcedOver) {
			this.#announcedOver = over;
			say();
			return;
		}
		this.#lengthPause = setTimeout(say, 1500);
	}

	#render() {
		const stories = this.#stories();
		const t = this.#text;
		const shaped = stories.filter(isShaped).length;
		bound(this, 'count').textContent =
			stories.length === 0 ? t.empty : fill(t.count, { total: stories.length, shaped, raw: stories.length - shaped });
		bound(this, 'list').replaceChildren(...stories.map((s) => this.#storyItem(s)));
	}

	#storyItem(story: Story) {
		const t = this.#text;
		const li = el('li');
		const title = el('strong', story.title || t.untitled);
		const type = this.#types.find((x) => x.id === story.type)?.title ?? t.untyped;
		const { words } = storyLength(story);
		const meta = el(
			'span',
			[isShaped(story) ? t.shaped : t.raw, type, fill(t.words, { words }), fill(t.prompts, { count: story.prompts.length })].join(
				' · ',
			),
			{ class: 'meta' },
		);
		li.append(title);
		if (story.line) li.append(el('span', story.line));
		li.append(meta);
		const actions = el('div', undefined, { class: 'actions' });
		for (const action of ['edit', 'duplicate', 'print', 'delete'] as const) {
			const button = el('button', t[action], {
				type: 'button',
				'data-action': action,
				'data-story': story.id,
				'aria-label': `${t[action]}: ${story.title || t.untitled}`,
			});
			actions.append(button);
		}
		li.append(actions);
		return li;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-stories': PrepStories;
	}
}

defineIsland('prep-stories', PrepStories);

/**
 * Lists the analyzer's verdicts on the assembled answer in `container`, each linked to its
 * pitfall page; hides the container when there is nothing to say.
 */
async function renderFindings(container: HTMLElement, story: Story) {
	const { storyWarnings } = await loadReview();
	const findings = storyWarnings(story);
	container.hidden = findings.length === 0;
	const list = el('ul');
	list.append(
		...findings.map((f) => {
			const li = el('li', `${f.message} `);
			li.append(el('a', 'About this pitfall', { href: withBase(`/pitfalls/${f.pitfall}/`, import.meta.env.BASE_URL) }));
			return li;
		}),
	);
	container.replaceChildren(list);
}
