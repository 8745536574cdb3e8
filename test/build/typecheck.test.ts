/**
 * `npm run typecheck` reads every line: a type error planted in a component's frontmatter, in a
 * component's `<script>` and in an island class (test/fixtures/typecheck/) fails it, naming the
 * file and line. The project itself passing is `npm test`'s first step.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);
/** Removes terminal color codes (ESC [ … m) from a command's output. */
const stripColor = (text: string) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
const FIXTURE = join(ROOT, 'test/fixtures/typecheck');

/** Runs a command of the typecheck script; resolves with its exit code and output, colors stripped. */
async function typecheck(file: string, args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [join(ROOT, file), ...args], { cwd: ROOT });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: stripColor(failed.stdout + failed.stderr) };
	}
}

describe('type-checking', () => {
	it('fails astro check on errors in a component and an island class, naming each', { timeout: 120_000 }, async () => {
		const { code, output } = await typecheck('scripts/lint/astro-check.js', ['--root', FIXTURE]);
		expect(code).toBe(1);
		expect(output).toContain('PlantedTimer.astro:5:23 - error');
		expect(output).toContain('PlantedTimer.astro:14:68 - error');
		expect(output).toContain('prep-planted.ts:4:9 - error');
	});

	it('fails tsc on an error in an island class', { timeout: 120_000 }, async () => {
		const { code, output } = await typecheck('node_modules/typescript/bin/tsc', ['--noEmit', '-p', FIXTURE]);
		expect(code).not.toBe(0);
		expect(output).toMatch(/prep-planted\.ts\(4,9\): error TS2322/);
	});
});
