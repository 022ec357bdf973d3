import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  appendAnchors,
  checkAnchors,
  formatAnchorReport,
  parseAnchorRecord,
  type AnchorRecord,
  type PublishedIds,
} from '../../src/lib/anchors.ts';
import { lostAnchors } from '../helpers/anchor-history.ts';

const FILE = 'content/anchors.yaml';

function record(r: Partial<AnchorRecord>): AnchorRecord {
  return { anchors: {}, moved: {}, renamed: {}, ...r };
}
const doc = (slug: string, ...ids: string[]): PublishedIds => ({ slug, ids });
const check = (r: Partial<AnchorRecord>, published: PublishedIds[]) => checkAnchors(record(r), published, FILE);

/** The message thrown by parseAnchorRecord, or '' when the text is valid. */
function parseError(text: string): string {
  try {
    parseAnchorRecord(text, FILE);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('anchor record: parsing', () => {
  it('reads a record, and empty sections as empty', () => {
    expect(parseAnchorRecord('anchors:\n  a-doc: [p1, p3-1, source]\nmoved:\nrenamed:\n  a-doc#p2: p1\n', FILE)).toEqual({
      anchors: { 'a-doc': ['p1', 'p3-1', 'source'] },
      moved: {},
      renamed: { 'a-doc#p2': 'p1' },
    });
    expect(parseAnchorRecord('', FILE)).toEqual({ anchors: {}, moved: {}, renamed: {} });
  });

  it('names the file, line and place of a bad entry', () => {
    expect(parseError('anchors:\n  a: [p1]\n  b: [p1, P2]\n')).toContain(
      'content/anchors.yaml:3: anchors → b → [1]: “P2” is not a segment id (lowercase letters, digits and single hyphens, starting with a letter)',
    );
    expect(parseError('anchors:\n  a: [p1, p1]\n')).toContain('content/anchors.yaml:2: anchors → a → [1]: p1 is listed twice');
    expect(parseError('anchors:\n  a: [p1]\nrenamed:\n  a-p2: p1\n')).toContain(
      'content/anchors.yaml:4: renamed → a-p2: “a-p2” is not an anchor (write <slug>#<id>)',
    );
    expect(parseError('anchors:\n  a: [p1]\nrenamed:\n  a#p2: b#\n')).toContain(
      '“b#” is not a successor (write <id>, or <other-slug>#<id>)',
    );
    expect(parseError('anchors:\n  a: [p1]\nmoves:\n  a: b\n')).toBe(
      'content/anchors.yaml is not a valid anchor record:\n  content/anchors.yaml:3: moves: unknown section (the record has anchors:, moved: and renamed:)',
    );
  });

  it('reports YAML errors with their line', () => {
    expect(parseError('anchors:\n  a: [p1\nmoved:\n')).toMatch(
      /^content\/anchors\.yaml: not valid YAML:\n {2}content\/anchors\.yaml:\d+: /,
    );
    expect(parseError('anchors:\n  a: [p1]\n  a: [p2]\n')).toContain('content/anchors.yaml:3:');
  });
});

describe('anchor check', () => {
  it('passes when every recorded anchor is published and every published one recorded', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'] } }, [doc('a', 'p1', 'p2')]);
    expect(plan.problems).toEqual([]);
    expect(plan.unrecorded).toEqual([]);
    expect(formatAnchorReport(plan, FILE)).toBeUndefined();
  });

  it('fails on a recorded segment that disappeared, naming the anchor, the file and the fix', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'] } }, [doc('a', 'p1')]);
    expect(plan.problems).toEqual([
      'documents/a#p2: segment p2 is gone from document a. Restore it, or record its successor in content/anchors.yaml under renamed: (“a#p2: <new-id>”, or “a#p2: <other-slug>#<id>”)',
    ]);
    expect(formatAnchorReport(plan, FILE)).toMatch(/^Anchor check: 1 problem\(s\) would break published anchors/);
  });

  it('fails on a document that is no longer published, naming each of its anchors', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'], b: ['p1'] } }, [doc('b', 'p1')]);
    expect(plan.problems).toEqual([
      'documents/a#p1, documents/a#p2: document a is no longer published. Record where it went in content/anchors.yaml under moved: (“a: <new-slug>”), or map each anchor under renamed:',
    ]);
    expect(plan.redirects.size).toBe(0);
  });

  it('lists published anchors that are not recorded yet, and says how to record them', () => {
    const plan = check({ anchors: { a: ['p1'] } }, [doc('a', 'p1', 'p2'), doc('b', 'p1')]);
    expect(plan.problems).toEqual([]);
    expect(plan.unrecorded).toEqual([
      { slug: 'a', id: 'p2' },
      { slug: 'b', id: 'p1' },
    ]);
    expect(formatAnchorReport(plan, FILE)).toBe(
      'Anchor check: 2 published anchor(s) are not recorded in content/anchors.yaml yet: documents/a#p2, documents/b#p1.\n  Run `npm run anchors` to record them, then commit content/anchors.yaml.',
    );
  });

  it('only counts what it is given: an empty record with no published documents is fine', () => {
    expect(check({}, [])).toMatchObject({ problems: [], unrecorded: [] });
  });

  it('lands a renamed segment on its successor in the same document (an alias)', () => {
    const plan = check({ anchors: { a: ['p1', 'p2', 'p2a', 'p3', 'p3-1'] }, renamed: { 'a#p2': 'p2a', 'a#p3': 'a#p2a', 'a#p3-1': 'p1' } }, [
      doc('a', 'p1', 'p2a'),
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.aliases.get('a')).toEqual(
      new Map([
        ['p2a', ['p2', 'p3']],
        ['p1', ['p3-1']],
      ]),
    );
    expect(plan.forwards.size).toBe(0);
  });

  it('forwards a segment that went to another document from its old page', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'], b: ['p1'] }, renamed: { 'a#p2': 'b#p1' } }, [doc('a', 'p1'), doc('b', 'p1')]);
    expect(plan.problems).toEqual([]);
    expect(plan.forwards.get('a')).toEqual(new Map([['p2', { slug: 'b', id: 'p1' }]]));
    expect(plan.aliases.size).toBe(0);
  });

  it('fails on a successor that does not exist', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'] }, renamed: { 'a#p2': 'p9' } }, [doc('a', 'p1')]);
    expect(plan.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p2: p9”: documents/a#p9 does not exist: document a has no segment p9',
    ]);
    const other = check({ anchors: { a: ['p1', 'p2'] }, renamed: { 'a#p2': 'gone#p1' } }, [doc('a', 'p1')]);
    expect(other.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p2: gone#p1”: documents/gone#p1 does not exist: “gone” is not a published document',
    ]);
  });

  it('fails on chains and cycles of successors, naming where they end', () => {
    const chain = check({ anchors: { a: ['p1', 'p2', 'p3'] }, renamed: { 'a#p2': 'p3', 'a#p3': 'p1' } }, [doc('a', 'p1')]);
    expect(chain.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p2: p3”: documents/a#p3 is itself mapped (a#p3 → a#p1); point a#p2 straight at a#p1',
    ]);
    const cycle = check({ anchors: { a: ['p1', 'p2', 'p3'] }, renamed: { 'a#p2': 'p3', 'a#p3': 'p2' } }, [doc('a', 'p1')]);
    expect(cycle.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p2: p3”: successors form a cycle (a#p2 → a#p3 → a#p2); point a#p2 at a published anchor',
      'content/anchors.yaml, renamed: “a#p3: p2”: successors form a cycle (a#p3 → a#p2 → a#p3); point a#p3 at a published anchor',
    ]);
    const self = check({ anchors: { a: ['p1', 'p2'] }, renamed: { 'a#p2': 'p2' } }, [doc('a', 'p1')]);
    expect(self.problems).toEqual(['content/anchors.yaml, renamed: “a#p2: p2”: a#p2 is mapped to itself; point it at a published anchor']);
  });

  it('fails on a mapping of an anchor that exists or was never recorded', () => {
    const live = check({ anchors: { a: ['p1', 'p2'] }, renamed: { 'a#p1': 'p2' } }, [doc('a', 'p1', 'p2')]);
    expect(live.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p1: p2”: documents/a#p1 still exists; an anchor that exists must not be mapped elsewhere',
    ]);
    const typo = check({ anchors: { a: ['p1', 'p2'] }, renamed: { 'a#p22': 'p2' } }, [doc('a', 'p1', 'p2')]);
    expect(typo.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p22: p2”: documents/a#p22 is not a recorded anchor (not listed under anchors:); only recorded anchors can be mapped',
    ]);
  });

  it('redirects a moved document; its anchors keep their ids or are mapped', () => {
    const plan = check(
      {
        anchors: { old: ['p1', 'p2', 'p3'], new: ['p1', 'p2a', 'p2'] },
        moved: { old: 'new' },
        renamed: { 'new#p2': 'p2a', 'old#p3': 'other#p1' },
      },
      [doc('new', 'p1', 'p2a'), doc('other', 'p1')],
    );
    expect(plan.problems).toEqual([]);
    expect(plan.redirects).toEqual(new Map([['old', 'new']]));
    // old#p2 goes to new#p2, whose page lands it on p2a; old#p3 needs the redirect page's map.
    expect(plan.forwards.get('old')).toEqual(new Map([['p3', { slug: 'other', id: 'p1' }]]));
    expect(plan.aliases.get('new')).toEqual(new Map([['p2a', ['p2']]]));
    expect(plan.unrecorded).toEqual([{ slug: 'other', id: 'p1' }]);
  });

  it('fails on a moved document whose anchor the new one lacks', () => {
    const plan = check({ anchors: { old: ['p1', 'p2'], new: ['p1'] }, moved: { old: 'new' } }, [doc('new', 'p1')]);
    expect(plan.problems).toEqual([
      'documents/old#p2: document old moved to new, which has no segment p2. Map it in content/anchors.yaml under renamed: (“old#p2: new#<id>”)',
    ]);
  });

  it('fails on bad moves', () => {
    expect(check({ anchors: { a: ['p1'] }, moved: { a: 'b' } }, [doc('a', 'p1'), doc('b', 'p1')]).problems).toContain(
      'content/anchors.yaml, moved: “a: b”: document “a” is still published; a document is either published or moved, not both',
    );
    expect(check({ anchors: { a: ['p1'] }, moved: { a: 'b' } }, []).problems).toEqual([
      'content/anchors.yaml, moved: “a: b”: “b” is not a published document',
    ]);
    expect(check({ anchors: { a: ['p1'], b: ['p1'] }, moved: { a: 'b', b: 'c' } }, [doc('c', 'p1')]).problems).toEqual([
      'content/anchors.yaml, moved: “a: b”: “b” moved on to “c”; write “a: c” (successors must be published, not moved again)',
    ]);
    expect(check({ anchors: { a: ['p1'] }, moved: { x: 'a' } }, [doc('a', 'p1')]).problems).toEqual([
      'content/anchors.yaml, moved: “x: a”: “x” is not a recorded document (no entry under anchors:); check the slug',
    ]);
  });

  it('says where a successor in a moved document now is', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'], old: ['p1'] }, moved: { old: 'new' }, renamed: { 'a#p2': 'old#p1' } }, [
      doc('a', 'p1'),
      doc('new', 'p1'),
    ]);
    expect(plan.problems).toEqual([
      'content/anchors.yaml, renamed: “a#p2: old#p1”: documents/old#p1 does not exist: “old” is not a published document (it moved to “new”; write a#p2: new#p1)',
    ]);
  });

  it('redirects a document whose anchors were all mapped to where its first anchor went', () => {
    const plan = check({ anchors: { a: ['p1', 'p2'], b: ['p1'], c: ['p1'] }, renamed: { 'a#p1': 'c#p1', 'a#p2': 'b#p1' } }, [
      doc('b', 'p1'),
      doc('c', 'p1'),
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.redirects).toEqual(new Map([['a', 'c']]));
    expect(plan.forwards.get('a')?.size).toBe(2);
  });
});

describe('appending to the record', () => {
  const TEXT = `# The header.

anchors:
  # a comment on a
  a: [p1, p2] # trailing comment
  b: [p1]

moved:
  old: a

renamed:
  a#p0: p1
`;

  it('appends to a document’s list and adds new documents, keeping comments and layout', () => {
    const next = appendAnchors(TEXT, [
      { slug: 'a', id: 'p3' },
      { slug: 'c', id: 'p1' },
      { slug: 'c', id: 'p1-1' },
    ]);
    expect(next).toBe(TEXT.replace('a: [p1, p2]', 'a: [p1, p2, p3]').replace('  b: [p1]\n', '  b: [p1]\n  c: [p1, p1-1]\n'));
  });

  it('changes nothing when nothing is new, and never duplicates or removes an anchor', () => {
    expect(appendAnchors(TEXT, [])).toBe(TEXT);
    expect(appendAnchors(TEXT, [{ slug: 'a', id: 'p1' }])).toBe(TEXT);
  });

  it('starts a new record with the explanatory header, which parses', () => {
    const text = appendAnchors(undefined, [{ slug: 'a', id: 'p1' }]);
    expect(text).toMatch(/^# Published anchors: /);
    expect(text).toContain('`npm run anchors`');
    expect(parseAnchorRecord(text, FILE)).toEqual({ anchors: { a: ['p1'] }, moved: {}, renamed: {} });
  });
});

describe('the committed record', () => {
  it('is valid', () => {
    expect(() => parseAnchorRecord(readFileSync('content/anchors.yaml', 'utf8'), FILE)).not.toThrow();
  });

  // The build cannot know an anchor whose line was deleted together with its segment; git can.
  it('still lists every anchor any committed version of it listed', () => {
    expect(lostAnchors('.'), 'anchors deleted from content/anchors.yaml: restore the lines and map the anchors instead').toEqual([]);
  });
});

describe('the anchor-deletion guard', { timeout: 60_000 }, () => {
  const temp = () => mkdtempSync(join(tmpdir(), 'duizhao-anchors-'));
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };

  it('refuses to pass in a shallow clone, and says how to fetch the history', () => {
    const dir = temp();
    try {
      git(dir, 'clone', '-q', '--depth', '1', pathToFileURL(resolve('.')).href, 'shallow');
      expect(() => lostAnchors(join(dir, 'shallow'))).toThrow(
        /^content\/anchors\.yaml: cannot check .* shallow git clone.*`git fetch --unshallow`/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds an anchor whose line was deleted in a later commit', () => {
    const dir = temp();
    try {
      git(dir, 'init', '-q');
      mkdirSync(join(dir, 'content'));
      const write = (text: string) => writeFileSync(join(dir, FILE), text);
      write('anchors:\n  a-doc: [p1, p2]\n');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'synthetic: two anchors');
      write('anchors:\n  a-doc: [p1]\n');
      git(dir, 'commit', '-qam', 'synthetic: drop p2');
      expect(lostAnchors(dir)).toEqual([expect.stringMatching(/^a-doc#p2 \(recorded in [0-9a-f]{7}\)$/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has nothing to compare in a copy that is not a git checkout', () => {
    const dir = temp();
    try {
      expect(lostAnchors(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
