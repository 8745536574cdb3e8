/** Small text helpers shared by pages, cards and descriptions. */

/** Cuts text to at most `max` characters on a word boundary, adding an ellipsis when cut. */
export function truncate(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Formats seconds as m:ss, e.g. 155 → "2:35". */
export function clock(totalSeconds: number): string {
	const s = Math.max(0, Math.round(totalSeconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Formats a window of seconds, e.g. { min: 15, max: 20 } → "15–20 s". */
export const secondsRange = (r: { min: number; max: number }) => `${r.min}–${r.max} s`;

/** Counts the words of a text, the way a speaking-time estimate needs them. */
export const countWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:%-]*/gu) ?? []).length;

/** Seconds as a number of minutes for prose, e.g. 150 → "2.5", 120 → "2". */
export const minutes = (seconds: number) => String(Math.round((seconds / 60) * 10) / 10);

/** A count with its noun, e.g. (1, 'prompt') → "1 prompt", (3, 'prompt') → "3 prompts". */
export const countOf = (count: number, noun: string, plural = `${noun}s`) => `${count} ${count === 1 ? noun : plural}`;

/** Joins items as prose: "a", "a and b", "a, b and c" (or "or" with `conjunction`). */
export function listInProse(items: readonly string[], conjunction = 'and'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * Splits text around its hyphenated words ("end-to-end", "on-call"), marking them `whole`: a card
 * keeps them on one line, where a break at the hyphen would read as two words.
 */
export function hyphenatedWords(text: string): { text: string; whole: boolean }[] {
	return text
		.split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u)
		.filter((part) => part !== '')
		.map((part) => ({ text: part, whole: /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(part) }));
}

const plurals = new Intl.PluralRules('en');

/**
 * Fills `{name}` placeholders in UI text. `{name:one|other}` picks the word for the number in
 * `name` ("{count} {count:recording|recordings}" reads "1 recording", "3 recordings"), so that a
 * count reads as words and never as "recording(s)".
 */
export const fillTemplate = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (_, key: string, one?: string, other?: string) => {
		const value = values[key];
		if (one === undefined) return String(value ?? '');
		return plurals.select(Number(value)) === 'one' ? one : (other ?? '');
	});
