import { existsSync } from 'node:fs';
import {
	chmod,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rename,
	rm,
	stat,
	writeFile
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeAtomically } from './write-atomically';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'write-atomically-'));
});
afterAll(async () => {
	await chmod(root, 0o755);
	await rm(root, { recursive: true, force: true });
});

/** A new folder holding `entries` (name → text; a name ending in `/` is a folder). */
async function folder(entries: Record<string, string> = {}): Promise<string> {
	const dir = await mkdtemp(join(root, 'case-'));
	for (const [name, text] of Object.entries(entries))
		if (name.endsWith('/')) await mkdir(join(dir, name), { recursive: true });
		else await writeFile(join(dir, name), text);
	return dir;
}

/** Every file and folder under `dir`, with each file's text: what a failed write must not change. */
async function tree(dir: string): Promise<Record<string, string>> {
	const found: Record<string, string> = {};
	for (const name of (await readdir(dir, { recursive: true })).sort()) {
		const path = join(dir, name);
		found[name] = (await stat(path)).isDirectory() ? '/' : await readFile(path, 'utf8');
	}
	return found;
}

describe('writeAtomically', () => {
	test('writeAtomically(files) writes every file, creating the folders', async () => {
		const dir = await folder();
		const out = join(dir, 'a', 'b');
		await writeAtomically([
			{ path: join(out, 'one.csv'), data: '1\n' },
			{ path: join(out, 'two.png'), data: new Uint8Array([137, 80, 78, 71]) }
		]);
		expect((await readdir(out)).sort()).toEqual(['one.csv', 'two.png']);
		expect(await readFile(join(out, 'one.csv'), 'utf8')).toBe('1\n');
		expect([...(await readFile(join(out, 'two.png')))]).toEqual([137, 80, 78, 71]);
	});

	test('writeAtomically(files) replaces existing files and leaves no temporary or backup file', async () => {
		const dir = await folder({ 'one.csv': 'old 1\n', 'two.csv': 'old 2\n' });
		await writeAtomically([
			{ path: join(dir, 'one.csv'), data: 'new 1\n' },
			{ path: join(dir, 'two.csv'), data: 'new 2\n' },
			{ path: join(dir, 'three.csv'), data: 'new 3\n' }
		]);
		expect(await tree(dir)).toEqual({
			'one.csv': 'new 1\n',
			'three.csv': 'new 3\n',
			'two.csv': 'new 2\n'
		});
	});

	test('writeAtomically(files) with a folder in the way of the 3rd of 4 files changes and creates nothing, naming that path', async () => {
		const dir = await folder({ 'one.csv': 'old 1\n', 'three.csv/': '', 'four.csv': 'old 4\n' });
		const before = await tree(dir);
		await expect(
			writeAtomically(
				['one', 'two', 'three', 'four'].map((n) => ({ path: join(dir, `${n}.csv`), data: n }))
			)
		).rejects.toThrow(`cannot write ${join(dir, 'three.csv')}: a folder is in the way; remove it`);
		expect(await tree(dir)).toEqual(before);
	});

	test('writeAtomically(files) puts back the files already moved when a later move fails', async () => {
		const dir = await folder({ 'one.csv': 'old 1\n', 'four.csv': 'old 4\n' });
		const before = await tree(dir);
		let moves = 0;
		const failThird = async (from: string, to: string) => {
			if (++moves === 3) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
			await rename(from, to);
		};
		await expect(
			writeAtomically(
				['one', 'two', 'three', 'four'].map((n) => ({ path: join(dir, `${n}.csv`), data: n })),
				{ rename: failThird }
			)
		).rejects.toThrow(`cannot write ${join(dir, 'three.csv')}: the disk is full (ENOSPC)`);
		expect(moves).toBe(3);
		expect(await tree(dir)).toEqual(before);
	});

	test('writeAtomically(files) removes the folders it made when a write fails', async () => {
		const dir = await folder({ 'blocker/': '' });
		await expect(
			writeAtomically([
				{ path: join(dir, 'new', 'a', 'b', 'one.csv'), data: '1' },
				{ path: join(dir, 'blocker'), data: '2' }
			])
		).rejects.toThrow(`cannot write ${join(dir, 'blocker')}: a folder is in the way`);
		expect(await tree(dir)).toEqual({ blocker: '/' });
	});

	test('writeAtomically(files) under a file names that file and leaves nothing behind', async () => {
		const dir = await folder({ blocker: '' });
		await expect(
			writeAtomically([
				{ path: join(dir, 'first.csv'), data: 'new\n' },
				{ path: join(dir, 'blocker', 'second.csv'), data: 'x\n' }
			])
		).rejects.toThrow(`${join(dir, 'blocker')} is a file, not a folder; remove it`);
		expect(await tree(dir)).toEqual({ blocker: '' });
	});

	test.skipIf(process.getuid?.() === 0)(
		'writeAtomically(files) into a folder it cannot write changes nothing elsewhere and says so',
		async () => {
			const dir = await folder({ 'a/': '', 'b/': '', 'a/one.csv': 'old 1\n' });
			await chmod(join(dir, 'b'), 0o555);
			const before = await tree(dir);
			await expect(
				writeAtomically([
					{ path: join(dir, 'a', 'one.csv'), data: 'new 1' },
					{ path: join(dir, 'a', 'two.csv'), data: 'new 2' },
					{ path: join(dir, 'b', 'three.csv'), data: 'new 3' },
					{ path: join(dir, 'a', 'four.csv'), data: 'new 4' }
				])
			).rejects.toThrow(
				`cannot write ${join(dir, 'b', 'three.csv')}: the folder ${join(dir, 'b')} is not writable (EACCES); make it writable`
			);
			expect(await tree(dir)).toEqual(before);
		}
	);

	test.skipIf(!existsSync('/sys/kernel'))(
		'writeAtomically(files) into a folder even root cannot write (sysfs) changes nothing elsewhere',
		async () => {
			const dir = await folder({ 'one.csv': 'old 1\n' });
			const before = await tree(dir);
			await expect(
				writeAtomically([
					{ path: join(dir, 'one.csv'), data: 'new 1' },
					{ path: '/sys/kernel/x.csv', data: 'new 2' }
				])
			).rejects.toThrow(/^cannot write \/sys\/kernel\/x\.csv: /);
			expect(await tree(dir)).toEqual(before);
			expect(existsSync('/sys/kernel/x.csv')).toBe(false);
		}
	);

	test('writeAtomically(files) under /proc fails at once', async () => {
		const dir = await folder();
		const started = performance.now();
		const result = await Promise.race([
			writeAtomically([
				{ path: join(dir, 'one.csv'), data: '1' },
				{ path: '/proc/x/y.csv', data: '2' }
			]).catch((e: Error) => e.message),
			new Promise((resolve) => setTimeout(() => resolve('still running after 5 s'), 5000))
		]);
		expect(result).toMatch(
			/^cannot write \/proc\/x\/y\.csv: cannot create the folder \/proc\/x \(ENOENT\)/
		);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(existsSync(join(dir, 'one.csv'))).toBe(false);
	});

	test('writeAtomically(files) refuses a path named twice', async () => {
		const dir = await folder();
		const path = join(dir, 'one.csv');
		await expect(
			writeAtomically([
				{ path, data: '1' },
				{ path, data: '2' }
			])
		).rejects.toThrow('is named twice');
		expect(await tree(dir)).toEqual({});
	});
});
