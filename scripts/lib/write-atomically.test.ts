import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeAtomically } from './write-atomically';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'write-atomically-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

test('writeAtomically(files) writes every file, creating the folder', async () => {
	const out = join(dir, 'a', 'b');
	await writeAtomically([
		{ path: join(out, 'one.csv'), data: '1\n' },
		{ path: join(out, 'two.csv'), data: '2\n' }
	]);
	expect((await readdir(out)).sort()).toEqual(['one.csv', 'two.csv']);
	expect(await readFile(join(out, 'two.csv'), 'utf8')).toBe('2\n');
});

test('writeAtomically(files) leaves nothing behind when one file cannot be written', async () => {
	const blocker = join(dir, 'blocker');
	await writeFile(blocker, '');
	const first = join(dir, 'first.csv');
	await expect(
		writeAtomically([
			{ path: first, data: 'new\n' },
			{ path: join(blocker, 'second.csv'), data: 'x\n' }
		])
	).rejects.toThrow();
	expect(existsSync(first)).toBe(false);
	expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});
