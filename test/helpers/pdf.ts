/**
 * Reads PDFs with poppler-utils (`pdfinfo`, `pdftotext`), which `.ci/run` installs when missing.
 */
import { execFileSync } from 'node:child_process';

/** The page count and the first page's size in points. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
	return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of a PDF, or of one page, or of a rectangle of one page (in points from the top-left). */
export function pdfText(
	path: string,
	options: { page?: number; region?: { x: number; y: number; width: number; height: number } } = {},
): string {
	const args: string[] = [];
	if (options.page) args.push('-f', String(options.page), '-l', String(options.page));
	if (options.region) {
		const { x, y, width, height } = options.region;
		args.push(
			'-x',
			String(Math.floor(x)),
			'-y',
			String(Math.floor(y)),
			'-W',
			String(Math.ceil(width)),
			'-H',
			String(Math.ceil(height)),
		);
	}
	return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

/**
 * Text reduced to what survives any line breaking: lower case, curly quotes made straight, and
 * whitespace and hyphens dropped (a line may break after a hyphen, or with one added).
 */
export const squash = (text: string) =>
	text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[\s\u00ad\u2010\u2011-]+/g, '');
