/**
 * `npm run anchors [-- --check]`: records every published anchor (document slug + segment id) in
 * content/anchors.yaml, appending what is new and keeping the file's comments and layout. It never
 * removes an anchor and never maps one: successors of renamed segments and moved documents are
 * written by hand (see the file's header). Then it prints whatever would still fail the build.
 * `--check` writes nothing. It reads the content tree the build reads (src/lib/config.ts: DUIZHAO_CONTENT).
 * Exit codes: 0 all anchors recorded and landing, 1 problems remain (or, with --check, unrecorded anchors), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { anchorName, type AnchorRef } from '../src/lib/anchors.ts';
import { config } from '../src/data/config.ts';
import { recordAnchors } from './lib/anchor-record.ts';

const USAGE =
  'usage: npm run anchors [-- --check]\n  --check  only report; write nothing (exit 1 if an anchor is unrecorded or would break)';

function main(argv: string[]): number {
  let check: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
      console.log(USAGE);
      return 0;
    }
    check = values.check;
  } catch (e) {
    console.error(`anchors: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  // The content tree and how the record is named, as the build has them (src/lib/config.ts).
  const { contentDir } = config;
  const label = config.contentLabel('anchors.yaml');
  let result;
  try {
    result = recordAnchors(contentDir, label, !check);
  } catch (e) {
    console.error(`anchors: ${(e as Error).message}`);
    return 1;
  }
  const { added, plan, invalid } = result;
  for (const file of invalid) console.error(`anchors: skipped documents/${file}: not a valid document (astro build says why)`);
  if (added.length > 0) console.log(`${check ? 'Not recorded yet' : `Recorded in ${label}`}: ${grouped(added)}`);
  else console.log(`Every published anchor${invalid.length > 0 ? ' of the valid documents' : ''} is recorded in ${label}.`);
  if (plan.problems.length > 0) {
    console.error(
      `\nThe build would fail: ${plan.problems.length} problem(s) would break published anchors:\n  ${plan.problems.join('\n  ')}`,
    );
  }
  return plan.problems.length > 0 || invalid.length > 0 || (check && added.length > 0) ? 1 : 0;
}

/** `documents/a#p1, #p2; documents/b#p1` */
function grouped(anchors: readonly AnchorRef[]): string {
  const bySlug = Map.groupBy(anchors, (a) => a.slug);
  return [...bySlug.values()].map((list) => list.map((a, i) => (i === 0 ? anchorName(a) : `#${a.id}`)).join(', ')).join('; ');
}

process.exitCode = main(process.argv.slice(2));
