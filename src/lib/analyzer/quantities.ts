/**
 * Finds the quantities an answer states: latency, rates, percentages, money, durations, sizes,
 * counts and clock times, written with digits ("1.2k rps", "$8,000") or words ("twelve minutes",
 * "a third"). A senior answer is judged on these, and the vague-metrics rule asks whether a
 * claim of improvement has one nearby.
 */
import type { Span } from './sentences.ts';

/** What a quantity measures; `time` is a clock time or a year, a timestamp rather than a metric. */
export type QuantityKind = 'latency' | 'rate' | 'percentage' | 'money' | 'duration' | 'size' | 'count' | 'time';

/** A quantity as written in the answer. */
export interface Quantity extends Span {
	text: string;
	kind: QuantityKind;
}

const SMALL =
	'(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const SCALE = 'hundred|thousand|million|billion|dozen';
/** A number written as words, e.g. "three thousand", "twenty-four"; used by other rules too. */
export const WORD_NUMBER = `(?:${SMALL}|${SCALE})(?:[- ](?:and[- ])?(?:${SMALL}|${SCALE}))*`;

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const DURATION =
	'ms|milliseconds?|µs|microseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|quarters?|sprints?|nights?|shifts?';
// What a count counts is a plural noun, maybe after an adjective: "eleven internal clients".
// A word between a number and what it counts: "eleven internal clients", "two similar regressions".
const ADJECTIVE = String.raw`more|extra|new|old|other|[\p{L}-]+(?:al|est|ful|ous|ive|ar|ic|ed|ing|ent|ant|ble|ary)`;
const RATE_TAIL = String.raw`(?:\s+(?:per|an?|each|every)\s+|\s?\/\s?)(?:s|sec|second|minute|min|hour|day|night|week|month|quarter|year|shift|call|request|deploy|release|run|build|user|customer)\b`;

// One number, then an optional unit, then an optional noun and rate tail. Digits must stand
// alone ("p99", "sev1", "v2", "N+1" are names, not quantities); HTTP codes such as "502s" are
// dropped after matching.
const QUANTITY = new RegExp(
	String.raw`(?<![\p{L}\d_+\-.,:$])(?:` +
		String.raw`(?<clock>\d{1,2}:\d{2}(?!\d)(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.m\.)` +
		String.raw`|(?<money>[$€£]\s?${DIGITS}(?:\s?(?:k|m|bn|million|billion|thousand)\b)?)` +
		String.raw`|(?<num>${DIGITS}(?:[kKMB](?![\p{L}\d]))?(?:\s(?:${SCALE})\b)?|(?:an? |one )(?:third|fifth|tenth)\b|half\b|${WORD_NUMBER}\b)` +
		String.raw`)(?<unit>\s?%|\s?(?:percent|per cent)\b|[\s-]?(?:${DURATION})\b|\s?[KMGT]i?B\b|\s?(?:bytes?|rps|qps|tps|req\/s)\b|x\b|\s(?:dollars|euros|USD|EUR)\b)?` +
		String.raw`(?<noun>(?:(?:\s(?:${ADJECTIVE}))?\s(?!(?:was|has|its|this|thus|always|plus|across|does|less|unless)\b)\p{Ll}[\p{L}'’-]*[^s\W]s\b)?)(?<rate>${RATE_TAIL})?`,
	'giu',
);
// "a quarter" is left out: in engineering stories it is nearly always three months.
const FRACTION = /^(?:(?:an?|one) (?:third|fifth|tenth)|half)$/i;
const LATENCY_CONTEXT = /\bp\d{2}\b|latenc|response time|load(?:s|ed)? in\b|page load|round[- ]trip/i;
const DURATION_UNIT = new RegExp(`^[\\s-]?(?:${DURATION})$`, 'i');

/** Every quantity in `text`, in order, with its kind. `sentence` context decides ms vs seconds. */
export function findQuantities(text: string): Quantity[] {
	const out: Quantity[] = [];
	for (const m of text.matchAll(QUANTITY)) {
		const g = m.groups ?? {};
		let value = m[0];
		const unit = (g['unit'] ?? '').trim().toLowerCase().replace(/^-/, '');
		let kind: QuantityKind;
		// 502s, 401s: status codes, not amounts.
		if (
			/^[1-5]\d\ds$/.test(`${g['num']}${g['unit'] ?? ''}`) ||
			(/^[45]0\d$/.test(g['num'] ?? '') &&
				/\b(?:first|an?|the|every|each|HTTP)\s$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))
		)
			continue;
		if (g['clock']) kind = 'time';
		else if (g['money']) kind = 'money';
		else if (unit === '%' || unit.startsWith('per')) kind = 'percentage';
		else if (g['rate'] || /^(?:rps|qps|tps|req\/s)$/.test(unit)) kind = 'rate';
		else if (/^(?:ms|milli|µs|micro)/.test(unit)) kind = 'latency';
		else if (unit && DURATION_UNIT.test(unit))
			kind = /^s|^sec/.test(unit) && LATENCY_CONTEXT.test(around(text, m.index)) ? 'latency' : 'duration';
		else if (/b$/.test(unit)) kind = 'size';
		else if (/dollars|euros|usd|eur/.test(unit)) kind = 'money';
		else if (FRACTION.test((g['num'] ?? '').trim())) kind = 'percentage';
		else {
			const num = g['num'] ?? '';
			// "one" is a pronoun far more often than a count: keep it only with a unit.
			if (/^one$/i.test(num)) continue;
			// A year after "in", "since", "of": a timestamp.
			if (/^(?:19|20)\d\d$/.test(num) && !g['noun']) kind = 'time';
			else kind = 'count';
		}
		// A count or rate keeps the word it counts ("400 million rows"); other kinds end at their unit.
		if (kind !== 'count' && kind !== 'rate')
			value =
				value.slice(0, value.length - (g['noun'] ?? '').length - (g['rate'] ?? '').length) +
				(kind === 'money' ? (g['rate'] ?? '') : '');
		else if (g['unit'])
			value = value.slice(0, value.length - (g['noun'] ?? '').length - (g['rate'] ?? '').length) + (g['rate'] ?? '');
		value = value.trimEnd();
		out.push({ text: value, kind, start: m.index, end: m.index + value.length });
	}
	return out;
}

/** The text of the sentence-sized neighbourhood around an offset. */
const around = (text: string, at: number) => text.slice(Math.max(0, at - 80), at + 40);
