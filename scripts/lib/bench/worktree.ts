/**
 * The other build of `--compare <ref>`: the ref checked out in a temporary git worktree (a folder
 * in the system's temp dir) with this checkout's node_modules linked in, and built there with its
 * own `npm run prepare` and `npm run build` (whatever the ref's scripts are) into a folder of its
 * own.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A ref built in its worktree; `remove()` takes away the worktree and its build. */
export interface RefBuild {
	ref: string;
	commit: string;
	/** The build folder. */
	dir: string;
	remove(): void;
}

const git = (args: readonly string[], options: SpawnSyncOptions = {}) =>
	spawnSync('git', args, { encoding: 'utf8', ...options });

/** The commit `ref` names here; throws when it names none. */
export function resolveCommit(ref: string): string {
	const found = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	const commit = String(found.stdout ?? '').trim();
	if (found.status !== 0 || !commit)
		throw new Error(
			`bench: --compare ${ref} names no commit here; give a commit, branch or tag (git log --oneline)`
		);
	return commit;
}

/** The working tree's HEAD, and whether it has changes not committed (untracked files aside). */
export function workingTree(): { commit: string; changed: boolean } {
	const commit = String(git(['rev-parse', 'HEAD']).stdout ?? '').trim();
	const status = git(['status', '--porcelain', '--untracked-files=no']);
	return { commit, changed: String(status.stdout ?? '').trim() !== '' };
}

/**
 * Checks out `ref` in a temporary worktree and builds it; `log` gets progress lines, the build's
 * own output goes to stderr. On failure everything it made is removed before it throws.
 */
export function buildRef(ref: string, log: (line: string) => void): RefBuild {
	const commit = resolveCommit(ref);
	const modules = join(process.cwd(), 'node_modules');
	if (!existsSync(modules))
		throw new Error('bench: --compare needs node_modules in this checkout; run npm ci first');
	const root = mkdtempSync(join(tmpdir(), 'bench-compare-'));
	const tree = join(root, 'tree');
	const dir = join(root, 'build');
	let added = false;
	const remove = () => {
		if (added) {
			const gone = git(['worktree', 'remove', '--force', tree]);
			if (gone.status !== 0)
				log(
					`bench: could not remove the worktree ${tree}; remove it with git worktree remove --force ${tree}`
				);
			added = false;
		}
		rmSync(root, { recursive: true, force: true });
	};
	try {
		log(`bench: checking out ${ref} (${commit.slice(0, 7)}) in ${tree}`);
		const checkout = git(['worktree', 'add', '--detach', tree, commit], {
			stdio: ['ignore', 'ignore', 'pipe']
		});
		if (checkout.status !== 0)
			throw new Error(
				`bench: git worktree add failed for ${ref}: ${String(checkout.stderr).trim()}`
			);
		added = true;
		symlinkSync(realpathSync(modules), join(tree, 'node_modules'));
		// `prepare` is what npm ci runs after installing (svelte-kit sync), which the linked
		// node_modules skipped; then the ref's own build.
		const env = { ...process.env, BUILD_DIR: dir, KIT_OUT: join(tree, '.svelte-kit') };
		for (const script of ['prepare', 'build']) {
			log(`bench: npm run ${script} in the worktree of ${ref}`);
			const run = spawnSync('npm', ['run', script, '--if-present'], {
				cwd: tree,
				stdio: ['ignore', process.stderr, 'inherit'],
				env
			});
			if (run.status !== 0)
				throw new Error(
					`bench: npm run ${script} of ${ref} (${commit.slice(0, 7)}) failed (exit ${run.status ?? run.signal}); see its output above, or compare with its parent: --compare ${ref}^`
				);
		}
		if (!existsSync(join(dir, 'index.html')))
			throw new Error(
				`bench: npm run build of ${ref} (${commit.slice(0, 7)}) wrote no ${dir}/index.html; does its build read BUILD_DIR? Compare with another commit`
			);
		return { ref, commit, dir, remove };
	} catch (error) {
		remove();
		throw error;
	}
}
