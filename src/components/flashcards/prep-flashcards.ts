/**
 * The `prep-flashcards` element of FlashcardDeck.astro: reads the settings from the URL and the
 * form, shows the matching cards with the chosen level's backs, and deals them onto print-only
 * sheets appended to <body> (outside Starlight's layout, so nothing constrains their size), with
 * an `@page` rule sized to the paper. `data-ready="true"` marks a finished layout, which the PDF
 * script and the browser tests wait for.
 */
import { PAPERS, cropMarks, deckSummary, paginate, sheetLayout, slotPosition, type SheetLayout } from '../../lib/deck/layout.ts';
import { cardMatches, defaultPaper, settingsFromQuery, settingsToQuery, type DeckSettings } from '../../lib/deck/settings.ts';
import { fromFilterAttributes } from '../../lib/prompt-filter.ts';
import { readFilters, writeFilters } from '../bank/filter-form.ts';
import { readEmbeddedJson } from '../../lib/embed-json.ts';
import { fillTemplate as fill } from '../../lib/text.ts';
import type { DeckText } from './text.ts';
import { fitFaces, fitFacesInChunks } from './fit-faces.ts';
import { defineIsland } from '../own-task.ts';

const mm = (value: number) => `${value}mm`;

/** The cards a layout deals onto sheets, and the sheets' geometry. */
interface SheetJob {
	shown: HTMLLIElement[];
	layout: SheetLayout;
}

/** Wires the deck's settings to the card list, the print sheets and the `@page` size. */
export class PrepFlashcards extends HTMLElement {
	#sheets: HTMLElement | undefined;
	// A constructed stylesheet, not a <style> element: the Content-Security-Policy allows no inline
	// styles, and CSSOM sheets are not inline markup.
	#pageRule = new CSSStyleSheet();
	/** A sheet layout waiting to run: it runs after the list has updated, in chunks that leave the
	    page free (fitting a whole deck's faces at once blocked it for most of a second), or at once,
	    whole, when printing starts. */
	#pending: SheetJob | undefined;
	/** The job the sheets on the page were built for, until its faces are fitted. */
	#unfitted: SheetJob | undefined;
	/** Counts layouts, so that a chunked fit a newer layout replaced stops. */
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Printing: lay out and fit now, whatever is waiting or still being fitted. */
	#flush = () => {
		clearTimeout(this.#timer);
		const job = this.#pending ?? this.#unfitted;
		this.#pending = undefined;
		if (!job) return;
		this.#run++;
		this.#build(job);
		fitFaces(this.#faces(), { uniform: true });
		this.#fitted();
	};
	#layOutSoon = async () => {
		const job = this.#pending;
		this.#pending = undefined;
		if (!job) return;
		const run = ++this.#run;
		this.#build(job);
		const overflowing = await fitFacesInChunks(this.#faces(), { cancelled: () => run !== this.#run });
		if (overflowing) this.#fitted();
	};

	connectedCallback() {
		const { text } = readEmbeddedJson<{ text: DeckText }>(this);
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('[role="status"]')!;
		const printButton = this.querySelector<HTMLButtonElement>('[data-print]')!;
		const items = [...this.querySelectorAll<HTMLLIElement>('li[data-id]')];
		const known = { buckets: (this.dataset['buckets'] ?? '').split(' '), themes: (this.dataset['themes'] ?? '').split(' ') };
		const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement & RadioNodeList;
		const read = (): DeckSettings => ({
			...readFilters(form),
			level: field('level').value as DeckSettings['level'],
			paper: field('paper').value as DeckSettings['paper'],
			cardSize: field('card').value as DeckSettings['cardSize'],
		});
		const write = (s: DeckSettings) => {
			writeFilters(form, s);
			field('level').value = s.level;
			field('paper').value = s.paper;
			field('card').value = s.cardSize;
		};

		const apply = (s: DeckSettings) => {
			const shown = items.filter((li) => {
				const visible = cardMatches(fromFilterAttributes(li.dataset), s);
				li.hidden = !visible;
				return visible;
			});
			for (const block of this.querySelectorAll<HTMLElement>('.prep-face__senior')) {
				block.hidden = block.dataset['level'] !== s.level;
			}
			const layout = sheetLayout(s.paper, s.cardSize);
			this.dataset['ready'] = 'false';
			this.#pending = { shown, layout };
			clearTimeout(this.#timer);
			this.#timer = setTimeout(this.#layOutSoon, 50);
			printButton.disabled = shown.length === 0;
			const text = deckSummary(shown.length, items.length, layout);
			status.textContent = text;
			history.replaceState(null, '', `${location.pathname}${settingsToQuery(s)}${location.hash}`);
		};

		document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#pageRule];
		write(settingsFromQuery(location.search, known, defaultPaper(navigator.language)));
		apply(read());
		form.addEventListener('change', () => apply(read()));
		form.addEventListener('submit', (event) => event.preventDefault());
		printButton.addEventListener('click', () => {
			this.#flush();
			window.print();
		});
		window.addEventListener('beforeprint', this.#flush);
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-flip]')) {
			button.addEventListener('click', () => {
				const open = button.dataset['flip'] === 'open';
				const shown = [...this.querySelectorAll<HTMLDetailsElement>('li:not([hidden]) details')];
				for (const details of shown) details.open = open;
				// Said once for the lot, so that a screen reader knows what the button did.
				this.querySelector<HTMLElement>('[data-flip-status]')!.textContent = fill(text.flipped, {
					side: text.sides[open ? 'open' : 'close'],
					count: shown.length,
				});
			});
		}
	}

	disconnectedCallback() {
		window.removeEventListener('beforeprint', this.#flush);
		clearTimeout(this.#timer);
		this.#sheets?.remove();
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#pageRule);
	}

	#faces = () => this.#sheets?.querySelectorAll<HTMLElement>('.prep-face') ?? [];

	/** The sheets are fitted: printing may start. */
	#fitted() {
		this.#unfitted = undefined;
		this.dataset['ready'] = 'true';
	}

	/** Deals the shown cards onto sheets and sizes the page to the paper; the faces are fitted after. */
	#build(job: SheetJob) {
		const { shown, layout } = job;
		this.#unfitted = job;
		this.#sheets?.remove();
		const { width, height } = PAPERS[layout.paper];
		this.#pageRule.replaceSync(`@page { size: ${mm(width)} ${mm(height)}; margin: 0; }`);

		const root = document.createElement('div');
		root.className = 'prep-sheets prep-paper';
		root.setAttribute('aria-hidden', 'true');
		root.inert = true;
		const marks = cropMarks(layout);
		for (const sheet of paginate(shown, layout)) {
			for (const side of ['front', 'back'] as const) {
				const page = document.createElement('div');
				page.className = `prep-sheet prep-sheet--${side}`;
				// A hair short of the paper, so rounding never spills a sheet onto a blank page.
				Object.assign(page.style, { width: mm(width), height: mm(height - 0.5) });
				sheet[side].forEach((li, slot) => {
					if (!li) return;
					const { x, y } = slotPosition(layout, slot);
					const cell = document.createElement('div');
					cell.className = 'prep-sheet__card';
					cell.dataset['id'] = li.dataset['id'];
					Object.assign(cell.style, { left: mm(x), top: mm(y), width: mm(layout.cardWidth), height: mm(layout.cardHeight) });
					cell.append(li.querySelector(`.prep-face--${side}`)!.cloneNode(true));
					page.append(cell);
				});
				if (side === 'front') page.append(...marks.map(markElement));
				root.append(page);
			}
		}
		document.body.append(root);
		this.#sheets = root;
		this.dataset['sheets'] = String(root.childElementCount / 2);
	}
}

/** A crop mark: a hairline along one edge of a zero-width or zero-height box. */
function markElement(segment: { x1: number; y1: number; x2: number; y2: number }): HTMLElement {
	const mark = document.createElement('div');
	mark.className = 'prep-sheet__mark';
	const vertical = segment.x1 === segment.x2;
	Object.assign(mark.style, {
		left: mm(Math.min(segment.x1, segment.x2)),
		top: mm(Math.min(segment.y1, segment.y2)),
		width: vertical ? '0' : mm(Math.abs(segment.x2 - segment.x1)),
		height: vertical ? mm(Math.abs(segment.y2 - segment.y1)) : '0',
		[vertical ? 'borderLeftWidth' : 'borderTopWidth']: '0.2mm',
	});
	return mark;
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-flashcards': PrepFlashcards;
	}
}

defineIsland('prep-flashcards', PrepFlashcards);
