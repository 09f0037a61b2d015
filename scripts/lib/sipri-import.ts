import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseMembers } from '../../src/lib/data/members';
import { readSipri } from '../../src/lib/data/sipri';
import { aggregateSipri } from '../../src/lib/data/sipri-aggregate';
import {
	formatMemberSpending,
	formatSipriReleases,
	formatSpending,
	formatSpendingGaps,
	parseSipriReleases,
	parseSpendingRelease,
	SIPRI_RELEASES_FILE,
	spendingFiles
} from '../../src/lib/data/spending';
import { checkOutDir, OutDirError } from './out-dir';
import { readRawWorkbook } from './sipri-workbook';
import { WriteError, writeAtomically } from './write-atomically';

export interface ImportOptions {
	/** The SIPRI workbook (.xlsx) as downloaded. */
	sipri: string;
	/** Output folder; default `data/spending`. */
	out?: string;
	/** NATO members; default `data/nato-members.csv`. */
	members?: string;
}

export interface ImportResult {
	release: number;
	baseYear: number;
	edition: number;
	files: { path: string; rows: number }[];
}

/** A problem that is not in a data file (a path that cannot be read). */
export class ImportError extends Error {}

const show = (path: string) => relative(process.cwd(), path) || path;

/**
 * Reads a SIPRI workbook and writes the release's aggregates to `out`, updating
 * `sipri-releases.csv`. `out` is checked first, and every output is parsed back with the build's
 * own parsers before anything is written; on any error nothing is written.
 */
export async function importSipri(options: ImportOptions): Promise<ImportResult> {
	const out = options.out ?? 'data/spending';
	await checkOutDir(out).catch((e: unknown) => {
		throw e instanceof OutDirError ? new ImportError(e.message) : e;
	});
	const membersPath = options.members ?? 'data/nato-members.csv';
	const membersText = await readFile(membersPath, 'utf8').catch((e: NodeJS.ErrnoException) => {
		throw new ImportError(
			`${show(membersPath)}: cannot read the members file (${e.code ?? e.message}); pass --members FILE`
		);
	});
	const members = parseMembers(membersText, show(membersPath));
	const raw = await readRawWorkbook(options.sipri, show(options.sipri)).catch(
		(e: NodeJS.ErrnoException) => {
			throw new ImportError(
				`${show(options.sipri)}: cannot read the workbook (${e.code ?? e.message}); check the path and that it is SIPRI's .xlsx file`
			);
		}
	);
	const aggregates = aggregateSipri(readSipri(raw), members);
	const { release } = aggregates;
	const names = spendingFiles(release.release);
	const files = [
		{
			path: join(out, names.series),
			text: formatSpending(aggregates.rows),
			rows: aggregates.rows.length
		},
		{
			path: join(out, names.members),
			text: formatMemberSpending(aggregates.members),
			rows: aggregates.members.length
		},
		{
			path: join(out, names.gaps),
			text: formatSpendingGaps(aggregates.gaps),
			rows: aggregates.gaps.length
		}
	];
	const [series, memberFile, gaps] = files.map((f) => ({ text: f.text, file: show(f.path) }));
	parseSpendingRelease(release, { series: series!, members: memberFile!, gaps: gaps! }, members);

	const releasesPath = join(out, SIPRI_RELEASES_FILE);
	const known = existsSync(releasesPath)
		? parseSipriReleases(await readFile(releasesPath, 'utf8'), show(releasesPath))
		: [];
	const releases = [...known.filter((r) => r.release !== release.release), release];
	const releasesText = formatSipriReleases(releases);
	parseSipriReleases(releasesText, show(releasesPath));
	files.push({ path: releasesPath, text: releasesText, rows: releases.length });

	await writeAtomically(files.map((f) => ({ path: f.path, data: f.text }))).catch((e: unknown) => {
		if (!(e instanceof WriteError)) throw e;
		throw new ImportError(
			`cannot write ${e.path}: ${e.problem}; ${e.remedy} or choose another --out (nothing was written)`
		);
	});
	return {
		release: release.release,
		baseYear: release.baseYear,
		edition: release.edition,
		files: files.map((f) => ({ path: show(f.path), rows: f.rows }))
	};
}
