/**
 * Output folders named by a user (`--out`): checked before any work starts, created one level at a
 * time. Node's `mkdir({ recursive: true })` never returns on some paths (`/proc/x`), so it is not
 * used on them.
 */
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

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
