import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkOutDir, makeFolders, missingFolders, OutDirError, removeFolders } from './out-dir';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'out-dir-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

const fresh = () => mkdtemp(join(root, 'case-'));

/** Settles `promise`, or gives up after `ms` so a hang fails the test instead of stalling it. */
const within = <T>(promise: Promise<T>, ms = 5000) =>
	Promise.race([
		promise.then(
			(value) => ({ value }),
			(error: Error) => ({ error })
		),
		new Promise<{ hung: true }>((resolve) => setTimeout(() => resolve({ hung: true }), ms))
	]);

describe('missingFolders', () => {
	test('missingFolders(path) finds the nearest existing ancestor and the folders below it, top first', async () => {
		const dir = await fresh();
		expect(await missingFolders(join(dir, 'a', 'b'))).toEqual({
			existing: dir,
			isFolder: true,
			missing: [join(dir, 'a'), join(dir, 'a', 'b')]
		});
		await writeFile(join(dir, 'file'), '');
		expect(await missingFolders(join(dir, 'file', 'x'))).toEqual({
			existing: join(dir, 'file'),
			isFolder: false,
			missing: [join(dir, 'file', 'x')]
		});
	});
});

describe('checkOutDir', () => {
	test('checkOutDir(new nested folder) creates nothing and returns what is to be made', async () => {
		const dir = await fresh();
		expect(await checkOutDir(join(dir, 'a', 'b'))).toEqual([join(dir, 'a'), join(dir, 'a', 'b')]);
		expect(await readdir(dir)).toEqual([]);
		expect(await checkOutDir(dir)).toEqual([]);
	});

	test('checkOutDir(/proc/x) fails at once: /proc takes no files, though root passes access()', async () => {
		const result = await within(checkOutDir('/proc/x'));
		expect(result).toEqual({
			error: new OutDirError(
				'cannot create --out /proc/x (ENOENT: cannot create a file in /proc); choose a folder you can write to'
			)
		});
		expect(existsSync('/proc/x')).toBe(false);
	});

	test.skipIf(!existsSync('/sys/kernel'))(
		'checkOutDir(a sysfs folder) fails: the probe file cannot be made, even by root',
		async () => {
			await expect(checkOutDir('/sys/kernel', 'BUILD_DIR')).rejects.toThrow(
				/^cannot write to BUILD_DIR \/sys\/kernel \((EACCES|EROFS|EPERM)\); choose a folder you can write to$/
			);
		}
	);

	test('checkOutDir(a file, or a path below one) says it is a file', async () => {
		const file = join(await fresh(), 'a-file');
		await writeFile(file, '');
		await expect(checkOutDir(file)).rejects.toThrow(
			`--out ${file} is a file, not a folder; choose a folder you can write to`
		);
		await expect(checkOutDir(join(file, 'x', 'y'))).rejects.toThrow(
			`cannot create --out ${join(file, 'x', 'y')}: ${file} is a file, not a folder; choose a folder you can write to`
		);
	});

	test('checkOutDir leaves no probe file behind', async () => {
		const dir = await fresh();
		await checkOutDir(join(dir, 'x'));
		expect(await readdir(dir)).toEqual([]);
	});
});

describe('makeFolders and removeFolders', () => {
	test('makeFolders(missing) creates each folder; removeFolders(made) removes only the empty ones', async () => {
		const dir = await fresh();
		const made = await makeFolders(await checkOutDir(join(dir, 'a', 'b', 'c')));
		expect(made).toEqual([join(dir, 'a'), join(dir, 'a', 'b'), join(dir, 'a', 'b', 'c')]);
		await writeFile(join(dir, 'a', 'keep.txt'), '');
		await removeFolders(made);
		expect(await readdir(dir, { recursive: true })).toEqual(['a', join('a', 'keep.txt')]);
	});

	test('makeFolders(missing) under /proc fails at once and leaves nothing made', async () => {
		const result = await within(makeFolders(['/proc/x', '/proc/x/y']));
		expect(result).toMatchObject({ error: { code: 'ENOENT' } });
	});

	test('makeFolders accepts a folder that appeared meanwhile', async () => {
		const dir = await fresh();
		await mkdir(join(dir, 'a'));
		expect(await makeFolders([join(dir, 'a'), join(dir, 'a', 'b')])).toEqual([join(dir, 'a', 'b')]);
	});
});
