import { describe, expect, it } from 'vitest';
import { misspelledNames } from '../../src/lib/product-names.ts';

describe('misspelledNames', () => {
	it('finds a name in the wrong case or a loose spelling, with the right one', () => {
		expect(misspelledNames("What's your approach to java? We ran NodeJS on postgresql.")).toEqual([
			{ found: 'java', spelling: 'Java' },
			{ found: 'NodeJS', spelling: 'Node.js' },
			{ found: 'postgresql', spelling: 'PostgreSQL' },
		]);
	});

	it('accepts names as their makers write them, at the end of a sentence too', () => {
		expect(misspelledNames('A Node.js service on PostgreSQL, fed by Kafka. We moved from MongoDB to gRPC.')).toEqual([]);
	});

	it('leaves links, slugs and longer words alone', () => {
		expect(
			misspelledNames('See /prompts/approach-to-java/ and postgres-over-mongodb; javadoc and redistribute are words.'),
		).toEqual([]);
	});
});
