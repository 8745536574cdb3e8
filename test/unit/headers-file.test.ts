import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/pagefind/*
  Cache-Control: max-age=60
`;

describe('headersFor', () => {
	const rules = parseHeadersFile(file);
	it.each([
		[
			'/',
			[
				['X-Content-Type-Options', 'nosniff'],
				['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
			],
		],
		[
			'/pagefind/pagefind.js',
			[
				['X-Content-Type-Options', 'nosniff'],
				['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
				['Cache-Control', 'max-age=60'],
			],
		],
	])('gives %s the headers of every matching rule', (path, headers) => {
		expect(headersFor(rules, path)).toEqual(headers);
	});

	it('rejects a header line outside any path', () => {
		expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/not a "Name: value" line under a path/);
	});
});
