/**
 * The hashing the analyzer's learned parts read words with (second-look.ts and the sentence
 * readers, sentence-reader.ts): FNV-1a, folded into a number of buckets, so that no vocabulary
 * ships with the weights, at the price of an occasional collision.
 */
export function hashBucket(s: string, buckets: number): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return (h >>> 0) % buckets;
}
