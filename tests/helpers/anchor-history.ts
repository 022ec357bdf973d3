/**
 * The anchor-deletion guard: content/anchors.yaml only ever grows, but the build cannot tell a
 * deleted line from an anchor that was never published; only git history remembers. This
 * compares the record at `repo` with every committed version of it. A shallow clone (the default
 * checkout of many CI systems) has almost no history, so the comparison would pass without
 * looking: it is refused, with the command that fetches the rest.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseAnchorRecord } from '../../src/lib/anchors.ts';

const FILE = 'content/anchors.yaml';

function git(repo: string, args: string[]) {
  return spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
}

/**
 * Every `slug#id` some committed version of the record listed and the current file lacks, with
 * the commit that listed it; `undefined` when `repo` is not a git checkout (a downloaded copy:
 * nothing to compare). Throws when the checkout is shallow.
 */
export function lostAnchors(repo: string): string[] | undefined {
  const shallow = git(repo, ['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0) return undefined;
  if (shallow.stdout.trim() === 'true') {
    throw new Error(
      `${FILE}: cannot check that no published anchor was deleted: this is a shallow git clone, without the history the check compares with. Fetch it with \`git fetch --unshallow\` (or clone without --depth), then run the tests again.`,
    );
  }
  const log = git(repo, ['log', '--format=%H', '--', FILE]);
  if (log.status !== 0) throw new Error(`${FILE}: git log failed: ${log.stderr.trim()}`);
  const now = parseAnchorRecord(readFileSync(join(repo, FILE), 'utf8'), FILE).anchors;
  const lost: string[] = [];
  for (const commit of log.stdout.split('\n').filter(Boolean)) {
    const old = git(repo, ['show', `${commit}:${FILE}`]);
    if (old.status !== 0) continue; // the commit that deleted the file, if one ever did
    const then = (YAML.parse(old.stdout) as { anchors?: Record<string, string[]> } | null)?.anchors ?? {};
    for (const [slug, ids] of Object.entries(then)) {
      for (const id of ids) if (!now[slug]?.includes(id)) lost.push(`${slug}#${id} (recorded in ${commit.slice(0, 7)})`);
    }
  }
  return [...new Set(lost)];
}
