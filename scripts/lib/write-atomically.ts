import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes every file to a temporary name beside it, then renames them all into place, so that an
 * error while writing leaves no half-written file behind.
 */
export async function writeAtomically(
	files: readonly { path: string; data: string | Uint8Array }[]
): Promise<void> {
	const temps: string[] = [];
	try {
		for (const file of files) {
			await mkdir(dirname(file.path), { recursive: true });
			const temp = `${file.path}.${process.pid}.tmp`;
			temps.push(temp);
			await writeFile(temp, file.data);
		}
	} catch (error) {
		await Promise.all(temps.map((t) => rm(t, { force: true })));
		throw error;
	}
	for (const [i, file] of files.entries()) await rename(temps[i]!, file.path);
}
