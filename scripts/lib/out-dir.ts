/**
 * Output folders named by a user (`--out`): checked before any work starts, created one level at a
 * time. Node's `mkdir({ recursive: true })` never returns on some paths (`/proc/x`), so it is not
 * used on them.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** A folder that cannot be used for output; the message says why and what to do. */
export class OutDirError extends Error {
	override name = 'OutDirError';
}

/** The nearest existing ancestor of `path` (or `path` itself), and the folders below it that are missing, top first. */
export async function missingFolders(
	path: string
): Promise<{ existing: string; isFolder: boolean; missing: string[] }> {
	const missing: string[] = [];
	let at = resolve(path);
	for (;;) {
		try {
			return { existing: at, isFolder: (await stat(at)).isDirectory(), missing };
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// ENOTDIR: a file further up; the walk reaches it and reports it.
			if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw error;
			missing.unshift(at);
			at = dirname(at);
		}
	}
}

const code = (error: unknown) =>
	(error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);

/**
 * Checks that `path` is, or can be made, a folder this process can write files in: its nearest
 * existing ancestor must be a folder that passes `access(W_OK)` and takes a probe file (root passes
 * `access` everywhere). Creates nothing; returns the folders still to create, top first.
 * `option` names the setting in messages (`--out`).
 */
export async function checkOutDir(path: string, option = '--out'): Promise<string[]> {
	const fix = 'choose a folder you can write to';
	let found;
	try {
		found = await missingFolders(path);
	} catch (error) {
		throw new OutDirError(`cannot use ${option} ${path} (${code(error)}); ${fix}`);
	}
	const { existing, isFolder, missing } = found;
	if (!isFolder)
		throw new OutDirError(
			existing === resolve(path)
				? `${option} ${path} is a file, not a folder; ${fix}`
				: `cannot create ${option} ${path}: ${existing} is a file, not a folder; ${fix}`
		);
	const probe = join(existing, `.write-probe-${process.pid}`);
	try {
		await access(existing, constants.W_OK | constants.X_OK);
		await writeFile(probe, '', { flag: 'wx' });
	} catch (error) {
		throw new OutDirError(
			missing.length
				? `cannot create ${option} ${path} (${code(error)}: cannot create a file in ${existing}); ${fix}`
				: `cannot write to ${option} ${path} (${code(error)}); ${fix}`
		);
	}
	await rm(probe, { force: true });
	return missing;
}

/** Creates `folders` (top first) one level at a time; returns those it made, for `removeFolders`. */
export async function makeFolders(folders: readonly string[]): Promise<string[]> {
	const made: string[] = [];
	try {
		for (const folder of folders) {
			try {
				await mkdir(folder);
				made.push(folder);
			} catch (error) {
				// Made meanwhile by someone else: fine, as long as it is a folder.
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
				if (!(await stat(folder)).isDirectory()) throw error;
			}
		}
	} catch (error) {
		await removeFolders(made);
		throw error;
	}
	return made;
}

/** Removes folders `makeFolders` made, deepest first, each only if it is empty. */
export async function removeFolders(made: readonly string[]): Promise<void> {
	for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
}
