/**
 * Which prompts the question bank shows for a set of filters. Pure: the page's filter island
 * reads the filters from its form and applies the result to the list.
 */

/** The filters of the question bank; an empty string means "any". */
export interface PromptFilters {
	bucket: string;
	theme: string;
	/** A competency the prompt must probe. */
	competency: string;
	highestSignalOnly: boolean;
	/** Only the fifteen loop prompts (origin `loop-fifteen`), the ones the mock sessions use. */
	loopOnly: boolean;
}

/** What a listed prompt carries for filtering. */
export interface FilterablePrompt {
	bucket: string;
	theme: string;
	competencies: readonly string[];
	highestSignal: boolean;
	origin: string;
}

/** The origin of the fifteen loop prompts. */
export const LOOP_ORIGIN = 'loop-fifteen';

export const NO_FILTERS: PromptFilters = { bucket: '', theme: '', competency: '', highestSignalOnly: false, loopOnly: false };

/** True when the prompt passes every filter. */
export const matches = (prompt: FilterablePrompt, filters: PromptFilters) =>
	(filters.bucket === '' || prompt.bucket === filters.bucket) &&
	(filters.theme === '' || prompt.theme === filters.theme) &&
	(filters.competency === '' || prompt.competencies.includes(filters.competency)) &&
	(!filters.highestSignalOnly || prompt.highestSignal) &&
	(!filters.loopOnly || prompt.origin === LOOP_ORIGIN);

/** The values each filter accepts from a URL. */
export interface KnownValues {
	buckets: readonly string[];
	themes: readonly string[];
	competencies?: readonly string[];
}

/**
 * Reads filters from a query string such as `?competency=disagreement&loop=1`, ignoring unknown
 * values.
 */
export function filtersFromQuery(query: string, known: KnownValues): PromptFilters {
	const params = new URLSearchParams(query);
	const pick = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : '');
	return {
		bucket: pick(params.get('bucket'), known.buckets),
		theme: pick(params.get('theme'), known.themes),
		competency: pick(params.get('competency'), known.competencies ?? []),
		highestSignalOnly: params.get('signal') === '1',
		loopOnly: params.get('loop') === '1',
	};
}

/** Writes filters as a query string, leaving out the ones that are not set. */
export function filtersToQuery(filters: PromptFilters): string {
	const params = new URLSearchParams();
	if (filters.bucket) params.set('bucket', filters.bucket);
	if (filters.theme) params.set('theme', filters.theme);
	if (filters.competency) params.set('competency', filters.competency);
	if (filters.highestSignalOnly) params.set('signal', '1');
	if (filters.loopOnly) params.set('loop', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The sentence the status region announces, e.g. "Showing 4 of 34 prompts." */
export const summary = (shown: number, total: number) =>
	shown === total ? `Showing all ${total} prompts.` : `Showing ${shown} of ${total} prompts.`;

/**
 * A prompt's filter fields as the `data-*` attributes of its list item, so that an island can
 * filter the server-rendered list without a copy of the prompts; `fromFilterAttributes` reads
 * them back.
 */
export const filterAttributes = (prompt: FilterablePrompt) => ({
	'data-bucket': prompt.bucket,
	'data-theme': prompt.theme,
	'data-competencies': prompt.competencies.join(' '),
	'data-origin': prompt.origin,
	'data-signal': String(prompt.highestSignal),
});

/** Reads what `filterAttributes` wrote, from an element's `dataset`. */
export const fromFilterAttributes = (data: Readonly<Record<string, string | undefined>>): FilterablePrompt => ({
	bucket: data['bucket'] ?? '',
	theme: data['theme'] ?? '',
	competencies: data['competencies'] ? data['competencies'].split(' ') : [],
	origin: data['origin'] ?? '',
	highestSignal: data['signal'] === 'true',
});
