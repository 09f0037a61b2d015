import { copyFile, link, lstat, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { makeFolders, missingFolders, removeFolders } from './out-dir';

/** A file to write. */
export interface FileData {
	path: string;
	data: string | Uint8Array;
}

/** A file that could not be written: which, what is wrong (`problem`), what to do (`remedy`). */
export class WriteError extends Error {
	override name = 'WriteError';
	constructor(
		readonly path: string,
		readonly problem: string,
		readonly remedy: string
	) {
		super(`cannot write ${path}: ${problem}; ${remedy}`);
	}
}

/** `path` relative to the working folder if it is inside it, else as it is. */
function show(path: string): string {
	const inside = relative(process.cwd(), path);
	return !inside || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** What an error of the file system means for the file at `path`. */
function writeError(error: unknown, path: string): WriteError {
	if (error instanceof WriteError) return error;
	const e = error as NodeJS.ErrnoException;
	const folder = show(dirname(path));
	const known: Record<string, [problem: string, remedy: string]> = {
		EISDIR: ['a folder is in the way', 'remove it'],
		EACCES: [`the folder ${folder} is not writable (EACCES)`, 'make it writable'],
		EPERM: [`the folder ${folder} is not writable (EPERM)`, 'make it writable'],
		EROFS: [`${folder} is on a read-only file system (EROFS)`, 'write somewhere else'],
		ENOSPC: ['the disk is full (ENOSPC)', 'free some space'],
		EDQUOT: ['the disk quota is used up (EDQUOT)', 'free some space']
	};
	const [problem, remedy] = known[e.code ?? ''] ?? [
		`${e.code ?? 'error'}: ${e.message}`,
		'check the path'
	];
	return new WriteError(show(path), problem, remedy);
}

/** Test hook: the rename that moves each file into place. */
export interface WriteOptions {
	rename?: (from: string, to: string) => Promise<void>;
}

/**
 * Writes all of `files` or none: creates missing folders (one level at a time), checks that no
 * folder is in the way, writes every file to a temporary name beside it, then renames each into
 * place, keeping a hard link to the file it replaces. If anything fails, the files already moved
 * get their old contents back, new ones and new folders are removed, and no temporary file is
 * left; the WriteError names the file that failed.
 */
export async function writeAtomically(
	files: readonly FileData[],
	{ rename: move = rename }: WriteOptions = {}
): Promise<void> {
	const paths = files.map((f) => resolve(f.path));
	const twice = paths.find((p, i) => paths.indexOf(p) !== i);
	if (twice) throw new WriteError(show(twice), 'it is named twice', 'name each file once');
	const made: string[] = [];
	const staged: { path: string; temp: string; backup?: string }[] = [];
	let moved = 0;
	let at = paths[0] ?? '';
	try {
		for (const path of paths) {
			at = path;
			const { isFolder, existing, missing } = await missingFolders(dirname(path));
			if (!isFolder)
				throw new WriteError(show(path), `${show(existing)} is a file, not a folder`, 'remove it');
			made.push(
				...(await makeFolders(missing).catch((e: NodeJS.ErrnoException) => {
					const folder = show(e.path ?? dirname(path));
					throw new WriteError(
						show(path),
						`cannot create the folder ${folder} (${e.code ?? e.message})`,
						'check the path'
					);
				}))
			);
			const target = await lstat(path).catch(() => undefined);
			if (target?.isDirectory())
				throw new WriteError(show(path), 'a folder is in the way', 'remove it');
		}
		for (const [i, path] of paths.entries()) {
			at = path;
			const file = { path, temp: `${path}.${process.pid}.tmp` };
			staged.push(file);
			await writeFile(file.temp, files[i]!.data);
		}
		for (const file of staged) {
			at = file.path;
			if (await lstat(file.path).catch(() => undefined)) {
				const backup = `${file.path}.${process.pid}.bak`;
				await rm(backup, { force: true });
				// A hard link keeps the old file readable under its name until the rename replaces it.
				await link(file.path, backup).catch(() => copyFile(file.path, backup));
				file.backup = backup;
			}
		}
		for (const file of staged) {
			at = file.path;
			await move(file.temp, file.path);
			moved++;
		}
	} catch (error) {
		const failed = writeError(error, at);
		const stuck: string[] = [];
		for (const file of staged.slice(0, moved).reverse()) {
			try {
				if (file.backup) await rename(file.backup, file.path);
				else await rm(file.path, { force: true });
				file.backup = undefined;
			} catch {
				if (file.backup)
					stuck.push(`${show(file.path)} (its old contents are in ${show(file.backup)})`);
				file.backup = undefined;
			}
		}
		for (const file of staged) {
			await rm(file.temp, { force: true });
			if (file.backup) await rm(file.backup, { force: true });
		}
		await removeFolders(made);
		if (stuck.length)
			throw new WriteError(
				failed.path,
				`${failed.problem}, and could not put back ${stuck.join(', ')}`,
				`${failed.remedy}, then move those files back by hand`
			);
		throw failed;
	}
	for (const file of staged) if (file.backup) await rm(file.backup, { force: true });
}
