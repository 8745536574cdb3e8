/**
 * The `site-search` element of Search.astro: Starlight's search dialog (Ctrl/Cmd+K, the Pagefind UI
 * loaded once the reader reaches for search, closing on a link or outside click), as in Starlight 0.42's own Search.astro,
 * plus arrow keys through the results (src/lib/result-keys.ts): Down from the search box to the
 * first result, Up and Down between results, Home and End, Escape back to the box, and typing on a
 * result goes on in the box. Enter follows the focused link natively.
 * Settings arrive in `data-translations` (Pagefind's UI text) and `data-strip-trailing-slash`.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { resultFocusTarget, SEARCH_BOX } from '../../lib/result-keys.ts';

/** What the arrow keys move between, in reading order: result and sub-result links, then "Load more". */
const RESULT_TARGETS = 'a.pagefind-ui__result-link, button.pagefind-ui__button';

export class SiteSearch extends HTMLElement {
	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
				closeModal();
			}
		};

		const findBox = () => this.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		/** Focus was left on the dialog itself or fell to the page: where it is when the box should have it. */
		const focusIsLost = () => [dialog, document.body, null].includes(document.activeElement as HTMLElement | null);

		// While the dialog is open, the search box holds focus whenever nothing inside it does: the box may
		// be drawn after the dialog opened (Ctrl+K as the page loads), the dialog may take focus back as it
		// finishes opening on a busy page, and Pagefind may redraw the box. One rule covers all three.
		const keepFocusInBox = () => {
			if (!dialog.open || !focusIsLost()) return;
			findBox()?.focus();
		};
		const redraws = new MutationObserver(keepFocusInBox);
		dialog.addEventListener('focusin', (event) => {
			if (event.target === dialog) keepFocusInBox();
		});

		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			findBox()?.focus();
			void drawSearchUI(); // opened before the page was idle: the box is wanted now
			redraws.observe(this, { childList: true, subtree: true });
			requestAnimationFrame(keepFocusInBox);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			redraws.disconnect();
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				e.preventDefault();
			}
		});

		dialog.addEventListener('keydown', (event) => this.moveThroughResults(event));

		let translations: { placeholder?: string } = {};
		try {
			translations = JSON.parse(this.dataset['translations'] || '{}');
		} catch {
			// Pagefind falls back to its English text.
		}

		const shouldStrip = this.dataset['stripTrailingSlash'] !== undefined;
		const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
		const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

		/** Draws Pagefind's UI once: when the reader reaches for the search button, or as the dialog opens. */
		let drawingUI: Promise<void> | undefined;
		const drawSearchUI = () =>
			(drawingUI ??= (async () => {
				if (import.meta.env.DEV) return; // `astro dev` builds no search index
				// @ts-expect-error: @pagefind/default-ui (Starlight's dependency) ships no types.
				const { PagefindUI } = await import('@pagefind/default-ui');
				new PagefindUI({
					...pagefindUserConfig,
					element: '#starlight__search',
					baseUrl: import.meta.env.BASE_URL,
					bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
					showImages: false,
					translations,
					showSubResults: true,
					processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
						result.url = formatURL(result.url);
						result.sub_results = result.sub_results.map((sub_result) => {
							sub_result.url = formatURL(sub_result.url);
							return sub_result;
						});
					},
				});
				// Pagefind names its box by a `title` alone, which axe rightly flags (label-title-only):
				// name it as the dialog is named, by the same word its placeholder shows.
				const box = this.querySelector('input.pagefind-ui__search-input');
				box?.setAttribute('aria-label', translations.placeholder ?? 'Search');
				keepFocusInBox();
			})());

		// Starlight draws the UI as soon as the page is idle; here it waits for a sign the reader is
		// about to search (a pointer over the button, focus on it, a touch), so that a page that is
		// only read never pays for it: the UI's script and its first draw were the longest task
		// after a page's load on a throttled phone. Opening the dialog draws it at once too.
		for (const intent of ['pointerenter', 'focus', 'touchstart'] as const)
			openBtn.addEventListener(intent, () => void drawSearchUI(), { once: true, passive: true });
	}

	/** Moves focus between the search box and the results for the arrow, Home, End and Escape keys. */
	private moveThroughResults(event: KeyboardEvent) {
		if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
		const box = this.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		const results = [...this.querySelectorAll<HTMLElement>(RESULT_TARGETS)].filter((el) => el.checkVisibility());
		const index = results.indexOf(event.target as HTMLElement);
		if (!box || (event.target !== box && index < 0)) return;
		// A character typed on a result goes on in the search box: focus moves before it is typed.
		if (index >= 0 && event.key.length === 1 && event.key !== ' ') return box.focus();
		if (event.shiftKey) return;
		const to = resultFocusTarget(event.key, event.target === box ? SEARCH_BOX : index, results.length);
		if (to === undefined) return;
		event.preventDefault(); // no caret move, no page scroll, and Escape on a result keeps the dialog open
		(to === SEARCH_BOX ? box : results[to])!.focus();
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'site-search': SiteSearch;
	}
}

customElements.define('site-search', SiteSearch);
