/**
 * Product and language names in the spelling their makers use. Questions come from real loops and
 * keep their wording, but not a lower-case "java" or a "NodeJS": a reader who sees the name
 * misspelled in a study guide stops trusting the rest of it.
 */

/** Each name as its makers write it; any other casing or spacing of it is a misspelling. */
export const PRODUCT_NAMES = [
	'Java',
	'JavaScript',
	'TypeScript',
	'Node.js',
	'PostgreSQL',
	'MongoDB',
	'MySQL',
	'Kafka',
	'Redis',
	'Kubernetes',
	'GraphQL',
	'gRPC',
	'PgBouncer',
	'DynamoDB',
	'Elasticsearch',
] as const;

/** Looser spellings that mean one of the names: "NodeJS" and "node js" are Node.js. */
const VARIANTS: Record<string, (typeof PRODUCT_NAMES)[number]> = { nodejs: 'Node.js', 'node js': 'Node.js' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPELLINGS = [...PRODUCT_NAMES, ...Object.keys(VARIANTS)].sort((a, b) => b.length - a.length);
// Whole words only, and never inside a URL or a slug ("/prompts/approach-to-java/").
const NAME = new RegExp(`(?<![\\w/.-])(${SPELLINGS.map(escape).join('|')})(?![\\w/-]|\\.\\w)`, 'gi');
const CANONICAL = new Map<string, string>([
	...PRODUCT_NAMES.map((name) => [name.toLowerCase(), name] as const),
	...Object.entries(VARIANTS),
]);

/** Every product name in `text` not written the way its makers write it, with the right spelling. */
export function misspelledNames(text: string): { found: string; spelling: string }[] {
	const wrong: { found: string; spelling: string }[] = [];
	for (const [found] of text.matchAll(NAME)) {
		const spelling = CANONICAL.get(found.toLowerCase())!;
		if (found !== spelling) wrong.push({ found, spelling });
	}
	return wrong;
}
