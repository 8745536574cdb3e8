/**
 * How the question bank is laid out, in one place for every view of it (the index page, the
 * sidebar, the table of contents, prompt-to-prompt navigation): the highest-signal prompts first,
 * then the rest by bucket and theme, each in `order`.
 */
import { BUCKETS, THEMES, type Bucket, type Theme } from '../schemas/ids.ts';

/** What the layout needs of a prompt. */
export interface BankPrompt {
	id: string;
	bucket: Bucket;
	theme: Theme;
	order: number;
	highestSignal: boolean;
}

/** Sorts by `order`, then by id so that equal orders still list the same way on every build. */
export const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

/** Highest-signal prompts first, then by order: the order prompt lists and the deck use. */
export const promptOrder = <T extends { order: number; id: string; highestSignal: boolean }>(a: T, b: T) =>
	Number(b.highestSignal) - Number(a.highestSignal) || byOrder(a, b);

export interface BankLayout<P> {
	/** The highest-signal prompts ("prepare these cold"). */
	cold: P[];
	/** The other prompts by bucket, then theme; empty buckets and themes are left out. */
	buckets: { bucket: Bucket; themes: { theme: Theme; anchor: string; prompts: P[] }[] }[];
}

/** The anchor of a bucket's theme group on the question-bank page. */
export const themeAnchor = (bucket: Bucket, theme: Theme) => `${bucket}-${theme}`;

/** Lays out the bank. */
export function layOutBank<P extends BankPrompt>(prompts: readonly P[]): BankLayout<P> {
	const cold = prompts.filter((p) => p.highestSignal).sort(byOrder);
	const rest = prompts.filter((p) => !p.highestSignal);
	const buckets = BUCKETS.map((bucket) => ({
		bucket,
		themes: THEMES.map((theme) => ({
			theme,
			anchor: themeAnchor(bucket, theme),
			prompts: rest.filter((p) => p.bucket === bucket && p.theme === theme).sort(byOrder),
		})).filter((t) => t.prompts.length > 0),
	})).filter((b) => b.themes.length > 0);
	return { cold, buckets };
}

/** Every prompt in bank order: the cold ones, then bucket by bucket, theme by theme. */
export function bankOrder<P extends BankPrompt>(prompts: readonly P[]): P[] {
	const { cold, buckets } = layOutBank(prompts);
	return [...cold, ...buckets.flatMap((b) => b.themes.flatMap((t) => t.prompts))];
}
