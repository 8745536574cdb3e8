/**
 * The `prep-prompt-filter` element of PromptBank.astro: it wires the filter form to the grouped
 * list (src/lib/prompt-filter.ts) and keeps the filters in the URL. The list is complete without it.
 * Settings arrive in `data-buckets`, `data-themes` and `data-competencies` (the values a URL may name).
 */
import {
	filtersFromQuery,
	filtersToQuery,
	fromFilterAttributes,
	matches,
	summary,
	type PromptFilters,
} from '../../lib/prompt-filter.ts';
import { readFilters, writeFilters } from './filter-form.ts';
import { defineIsland } from '../own-task.ts';

const words = (value: string | undefined) => (value ?? '').split(' ');

export class PrepPromptFilter extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('[role="status"]')!;
		const items = [...this.querySelectorAll<HTMLLIElement>('li[data-bucket]')];
		const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')].reverse();
		const known = {
			buckets: words(this.dataset['buckets']),
			themes: words(this.dataset['themes']),
			competencies: words(this.dataset['competencies']),
		};
		const apply = (filters: PromptFilters, announce: boolean) => {
			let shown = 0;
			for (const li of items) {
				const visible = matches(fromFilterAttributes(li.dataset), filters);
				li.hidden = !visible;
				if (visible) shown++;
			}
			// Innermost groups first, so a bucket hides once all its themes are hidden.
			for (const group of groups) group.hidden = !group.querySelector('li:not([hidden])');
			if (announce) status.textContent = summary(shown, items.length);
			history.replaceState(null, '', `${location.pathname}${filtersToQuery(filters)}${location.hash}`);
		};

		const initial = filtersFromQuery(location.search, known);
		writeFilters(form, initial);
		form.hidden = false;
		apply(initial, location.search !== '');
		form.addEventListener('change', () => apply(readFilters(form), true));
		form.addEventListener('reset', () => setTimeout(() => apply(readFilters(form), true)));
		form.addEventListener('submit', (event) => event.preventDefault());
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-prompt-filter': PrepPromptFilter;
	}
}

defineIsland('prep-prompt-filter', PrepPromptFilter);
