/**
 * Builds a content folder for a test: a copy of the real `content/` with the files of a fixture
 * laid over it, so each broken fixture differs from good content in exactly one way.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const FIXTURES = join(ROOT, 'test/fixtures/content-errors');

/** A temporary copy of content/ with `fixture`'s files replacing their namesakes. */
export function contentWith(fixture: string): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'prep-content-'));
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	cpSync(join(FIXTURES, fixture), dir, { recursive: true });
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
