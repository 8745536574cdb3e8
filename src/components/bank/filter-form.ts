/**
 * The filter fields of PromptFilterFields.astro as `PromptFilters`, for the islands whose forms
 * hold them (the question bank and the flashcard deck). A field the parent left out reads as unset.
 */
import type { PromptFilters } from '../../lib/prompt-filter.ts';

const field = (form: HTMLFormElement, name: string) =>
	form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

/** The filters the form shows. */
export function readFilters(form: HTMLFormElement): PromptFilters {
	const value = (name: string) => field(form, name)?.value ?? '';
	const checked = (name: string) => (field(form, name) as HTMLInputElement | null)?.checked ?? false;
	return {
		bucket: value('bucket'),
		theme: value('theme'),
		competency: value('competency'),
		highestSignalOnly: checked('signal'),
		loopOnly: checked('loop'),
	};
}

/** Shows `filters` in the form. */
export function writeFilters(form: HTMLFormElement, filters: PromptFilters) {
	const set = (name: string, value: string) => {
		const input = field(form, name);
		if (input) input.value = value;
	};
	const tick = (name: string, on: boolean) => {
		const input = field(form, name) as HTMLInputElement | null;
		if (input) input.checked = on;
	};
	set('bucket', filters.bucket);
	set('theme', filters.theme);
	set('competency', filters.competency);
	tick('signal', filters.highestSignalOnly);
	tick('loop', filters.loopOnly);
}
