/**
 * Builds a content folder for a test: a copy of the real `content/` with the files of a fixture
 * laid over it, so each broken fixture differs from good content in exactly one way.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const FIXTURES = join(ROOT, 'test/fixtures/content-errors');

/**
 * A temporary copy of content/ with `fixture`'s files replacing their namesakes. A copy that is
 * built, not only checked, lives in the project (`inProject`), one level down as content/ is, so
 * that the MDX entries' relative imports of our components still resolve.
 */
export function contentWith(fixture: string, { inProject = false } = {}): { dir: string; remove: () => void } {
	const dir = mkdtempSync(inProject ? join(ROOT, '.content-') : join(tmpdir(), 'prep-content-'));
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	cpSync(join(FIXTURES, fixture), dir, { recursive: true });
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
