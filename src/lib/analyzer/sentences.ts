/**
 * Splits an answer into sentences with offsets into the original text, so every finding can point
 * at characters the page highlights. Spoken answers are plain prose, so a small rule set does:
 * end punctuation followed by a capital or digit, or a blank line or list bullet.
 */

/** A run of characters in the original text, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/** One sentence of the answer and where it sits in the text. */
export interface Sentence extends Span {
	text: string;
}

// "e.g. The" and "vs. Redis" are not sentence ends; an ellipsis ("ALTER TABLE ... ADD") continues.
// ("ms." ends a sentence, so the titles Mr./Ms./Dr. are not listed: answers rarely use them.)
const NO_BREAK_BEFORE = /(?:\b(?:e\.g|i\.e|vs|cf|approx)\.|\.\.\.|…)$/i;
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/gu;

/** The sentences of `text`, trimmed, in order; empty pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let from = 0;
	const push = (to: number) => {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (/[\p{L}\p{N}]/u.test(body)) out.push({ text: body, start: from + lead, end: from + lead + body.length });
	};
	for (const m of text.matchAll(BOUNDARY)) {
		const end = m.index + m[0].length;
		if (m[0].startsWith('.') && NO_BREAK_BEFORE.test(text.slice(Math.max(0, m.index - 8), end))) continue;
		push(end);
		from = end;
	}
	push(text.length);
	return out;
}
