/**
 * Anchors never break. A published anchor (a document slug and a segment id, cited as
 * `documents/<slug>/#<id>`) is a citation target and must keep working forever. The record of
 * every anchor ever published, and of where moved ones went, is content/anchors.yaml (format:
 * RECORD_HEADER below and docs/content-format.md). This module is pure: it parses and validates
 * the record, compares it with the published documents, says what breaks, and plans the aliases
 * and redirect pages that keep old anchors landing on their successors. No file system here:
 * src/data/anchors.ts (the build) and scripts/anchors.ts (the CLI) do the I/O.
 */
import { z } from 'astro/zod';
import YAML, { isMap, isSeq, LineCounter, type Document } from 'yaml';
import { ID_PATTERN } from './segments.ts';

/** The record as written: slug → ids ever published; old slug → new slug; slug#old → successor. */
export interface AnchorRecord {
  anchors: Record<string, string[]>;
  moved: Record<string, string>;
  renamed: Record<string, string>;
}

/** One anchor: a document and a segment id in it. */
export interface AnchorRef {
  slug: string;
  id: string;
}

/** A published document as the check sees it: its slug and every addressable segment id. */
export interface PublishedIds {
  slug: string;
  ids: readonly string[];
}

/** What the check found and what the site must build so that recorded anchors keep working. */
export interface AnchorPlan {
  /** Anchors that would break: each names the anchor(s), the file and how to fix it. The build fails on any. */
  problems: string[];
  /** Published anchors missing from the record, in document and reading order. The build fails on any too. */
  unrecorded: AnchorRef[];
  /** Published slug → successor id → old ids of the same document that must land on it (alias elements). */
  aliases: Map<string, Map<string, string[]>>;
  /**
   * Page slug → old id → the anchor it now is, when that page alone cannot show it: a segment that
   * moved to another document, or an explicit mapping of a moved document's anchor. Pages carry
   * these as a fragment map.
   */
  forwards: Map<string, Map<string, AnchorRef>>;
  /** Recorded slug that is no longer published → the published document its old URL goes to. */
  redirects: Map<string, string>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = ID_PATTERN.source.slice(1, -1);
const KEY = new RegExp(`^(${SLUG.source.slice(1, -1)})#(${ID})$`);
const SUCCESSOR = new RegExp(`^(?:(${SLUG.source.slice(1, -1)})#)?(${ID})$`);

const slugSchema = z
  .string()
  .regex(SLUG, { error: (i) => `“${String(i.input)}” is not a document slug (lowercase letters, digits and single hyphens)` });
const idSchema = z.string().regex(ID_PATTERN, {
  error: (i) => `“${String(i.input)}” is not a segment id (lowercase letters, digits and single hyphens, starting with a letter)`,
});
/** A YAML key or value with nothing after the colon is null: read it as an empty section. */
const section = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? ({} as z.output<T>));

export const anchorRecordSchema = z.strictObject({
  anchors: section(
    z.record(
      slugSchema,
      z.array(idSchema).superRefine((ids, ctx) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: `${id} is listed twice` });
          seen.add(id);
        });
      }),
    ),
  ),
  moved: section(z.record(slugSchema, slugSchema)),
  renamed: section(
    z.record(
      z.string().regex(KEY, { error: (i) => `“${String(i.input)}” is not an anchor (write <slug>#<id>)` }),
      z.string().regex(SUCCESSOR, { error: (i) => `“${String(i.input)}” is not a successor (write <id>, or <other-slug>#<id>)` }),
    ),
  ),
});

/** Written at the top of a new record; the CLI keeps whatever the file's own comments say. */
export const RECORD_HEADER = `# Published anchors: every citation target Duizhao has published, and where each now lives.
# An anchor is a document and one of its segment ids, documents/<slug>/#<id>, written here as
# <slug>#<id>. A published anchor must keep working forever, so this file only ever grows.
#
# The build compares this file with the published documents and fails, naming the anchor, when
#   - a recorded anchor is gone and has no successor below (restore it, or map it);
#   - a successor below does not exist, or is itself mapped (point straight at the final one);
#   - a published anchor is not recorded yet: run \`npm run anchors\`, which appends it here.
# Never delete a line: git history is the only other memory of what was published, and the build
# cannot tell a deleted line from an anchor that was never published.
#
# anchors:  <slug>: [<id>, …]   every segment id ever published in the document (npm run anchors).
# moved:    <old-slug>: <new-slug>   a document now published under another slug (file renamed):
#           its old page redirects to the new one, and <old-slug>#<id> lands on <new-slug>#<id>.
# renamed:  <slug>#<old-id>: <new-id>   a segment whose id changed, or that was merged into another
#           segment of the same document; the old id lands on the new segment, without JavaScript.
#           <slug>#<old-id>: <other-slug>#<id>   a segment that now lives in another document.
`;

const RECORD_TEMPLATE = `${RECORD_HEADER}
anchors:

moved:

renamed:
`;

/** Options for writing the record back: one line per document, comments kept. */
const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Parses and validates the record. Throws one Error listing every problem as
 * `<file>:<line>: <place>: <problem>`; `file` is how the file is named in messages.
 */
export function parseAnchorRecord(text: string, file: string): AnchorRecord {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? '' : `:${lineCounter.linePos(offset).line}`);
  if (doc.errors.length > 0) {
    throw new Error(
      `${file}: not valid YAML:\n  ${doc.errors.map((e) => `${file}${lineOf(e.pos[0])}: ${e.message.split('\n')[0] ?? ''}`).join('\n  ')}`,
    );
  }
  const result = anchorRecordSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  // The line of a place: of its key when it is an entry of a map, else of the value.
  const lineAt = (path: (string | number)[]) => {
    const last = path[path.length - 1];
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair =
      typeof last === 'string' && isMap(parent) ? parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === last) : undefined;
    const node = (pair?.key ?? doc.getIn(path, true)) as { range?: [number, number, number] } | undefined;
    return lineOf(node?.range?.[0]);
  };
  const problems = result.error.issues.map((issue) => {
    // Unknown top-level keys are reported on the object; point at the first of them.
    const path = (issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path) as (string | number)[];
    const place = path.length > 0 ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join(' → ') : 'top level';
    // A bad key of a record (a slug or an anchor) carries its own message one level down.
    const message =
      issue.code === 'invalid_key'
        ? (issue.issues[0]?.message ?? issue.message)
        : issue.code === 'unrecognized_keys'
          ? `unknown section (the record has anchors:, moved: and renamed:)`
          : issue.message;
    return `${file}${lineAt(path)}: ${place}: ${message}`;
  });
  throw new Error(`${file} is not a valid anchor record:\n  ${problems.join('\n  ')}`);
}

/** `documents/<slug>#<id>`, how anchors are named in messages. */
export function anchorName(a: AnchorRef): string {
  return `documents/${a.slug}#${a.id}`;
}

const keyOf = (a: AnchorRef) => `${a.slug}#${a.id}`;

/** Reads a `renamed:` value: `<id>` is in the same document as the old anchor. */
function successorOf(from: AnchorRef, value: string): AnchorRef {
  const m = SUCCESSOR.exec(value);
  return { slug: m?.[1] ?? from.slug, id: m?.[2] ?? value };
}

function parseKey(key: string): AnchorRef {
  const m = KEY.exec(key);
  return { slug: m?.[1] ?? key, id: m?.[2] ?? '' };
}

/**
 * Compares the record with the published documents (drafts must not be passed in). `file` names
 * the record in messages. Pure: returns every problem rather than throwing.
 */
export function checkAnchors(record: AnchorRecord, published: readonly PublishedIds[], file: string): AnchorPlan {
  const live = new Map(published.map((d) => [d.slug, new Set(d.ids)]));
  const isLive = (a: AnchorRef) => live.get(a.slug)?.has(a.id) === true;
  const isRecorded = (a: AnchorRef) => record.anchors[a.slug]?.includes(a.id) === true;
  const problems: string[] = [];
  const plan: AnchorPlan = { problems, unrecorded: [], aliases: new Map(), forwards: new Map(), redirects: new Map() };

  // Documents that moved: from a recorded slug that is gone to a published one.
  for (const [from, to] of Object.entries(record.moved)) {
    const where = `${file}, moved: “${from}: ${to}”`;
    if (!(from in record.anchors))
      problems.push(`${where}: “${from}” is not a recorded document (no entry under anchors:); check the slug`);
    if (live.has(from)) problems.push(`${where}: document “${from}” is still published; a document is either published or moved, not both`);
    if (!live.has(to)) {
      const further = record.moved[to];
      problems.push(
        further !== undefined
          ? `${where}: “${to}” moved on to “${further}”; write “${from}: ${further}” (successors must be published, not moved again)`
          : `${where}: “${to}” is not a published document`,
      );
    }
  }
  const movedTo = (slug: string): string | undefined => {
    const to = record.moved[slug];
    return to !== undefined && live.has(to) && !live.has(slug) ? to : undefined;
  };

  // Segment successors: each must be a published anchor, reached in one step.
  const renamed = new Map<string, AnchorRef>();
  for (const [key, value] of Object.entries(record.renamed)) {
    const from = parseKey(key);
    const to = successorOf(from, value);
    renamed.set(keyOf(from), to);
  }
  for (const [key, to] of renamed) {
    const from = parseKey(key);
    const where = `${file}, renamed: “${key}: ${record.renamed[key] ?? ''}”`;
    if (!isRecorded(from)) {
      problems.push(
        `${where}: ${anchorName(from)} is not a recorded anchor (not listed under anchors:); only recorded anchors can be mapped`,
      );
    } else if (isLive(from)) {
      problems.push(`${where}: ${anchorName(from)} still exists; an anchor that exists must not be mapped elsewhere`);
    }
    if (isLive(to)) continue;
    if (keyOf(to) === keyOf(from)) {
      problems.push(`${where}: ${key} is mapped to itself; point it at a published anchor`);
      continue;
    }
    // Follow the chain to say where it really ends.
    const chain = [from, to];
    let next = renamed.get(keyOf(to));
    while (next !== undefined && !chain.some((c) => keyOf(c) === keyOf(next as AnchorRef))) {
      chain.push(next);
      if (isLive(next)) break;
      next = renamed.get(keyOf(next));
    }
    const end = chain[chain.length - 1] as AnchorRef;
    if (next !== undefined && !isLive(next)) {
      problems.push(`${where}: successors form a cycle (${[...chain, next].map(keyOf).join(' → ')}); point ${key} at a published anchor`);
    } else if (chain.length > 2) {
      problems.push(
        `${where}: ${anchorName(to)} is itself mapped (${chain.slice(1).map(keyOf).join(' → ')}); point ${key} straight at ${isLive(end) ? keyOf(end) : 'a published anchor'}`,
      );
    } else if (!live.has(to.slug)) {
      const further = movedTo(to.slug);
      problems.push(
        `${where}: ${anchorName(to)} does not exist: “${to.slug}” is not a published document` +
          (further !== undefined ? ` (it moved to “${further}”; write ${key}: ${further}#${to.id})` : ''),
      );
    } else {
      problems.push(`${where}: ${anchorName(to)} does not exist: document ${to.slug} has no segment ${to.id}`);
    }
  }

  // Every recorded anchor must still exist or land on its successor.
  const goneDocuments = new Map<string, string[]>();
  for (const [slug, ids] of Object.entries(record.anchors)) {
    for (const id of ids) {
      const a = { slug, id };
      if (isLive(a)) continue;
      const to = renamed.get(keyOf(a));
      if (to) {
        if (!isLive(to)) continue; // reported above
        if (to.slug === slug)
          pushTo(
            pushTo(plan.aliases, slug, () => new Map<string, string[]>()),
            to.id,
            () => [],
          ).push(id);
        else pushTo(plan.forwards, slug, () => new Map<string, AnchorRef>()).set(id, to);
        continue;
      }
      const newSlug = movedTo(slug);
      if (newSlug !== undefined) {
        // The redirect page keeps the fragment; the new page must have it or map it itself.
        const there = { slug: newSlug, id };
        const onward = renamed.get(keyOf(there));
        if (isLive(there) || (onward && isRecorded(there) && isLive(onward))) continue;
        problems.push(
          `${anchorName(a)}: document ${slug} moved to ${newSlug}, which has no segment ${id}. Map it in ${file} under renamed: (“${slug}#${id}: ${newSlug}#<id>”)`,
        );
        continue;
      }
      if (record.moved[slug] !== undefined && !live.has(slug)) continue; // the bad move is reported above
      if (live.has(slug)) {
        problems.push(
          `${anchorName(a)}: segment ${id} is gone from document ${slug}. Restore it, or record its successor in ${file} under renamed: (“${slug}#${id}: <new-id>”, or “${slug}#${id}: <other-slug>#<id>”)`,
        );
      } else pushTo(goneDocuments, slug, () => []).push(id);
    }
  }
  for (const [slug, ids] of goneDocuments) {
    problems.push(
      `${ids.map((id) => anchorName({ slug, id })).join(', ')}: document ${slug} is no longer published. Record where it went in ${file} under moved: (“${slug}: <new-slug>”), or map each anchor under renamed:`,
    );
  }

  // Old URLs of documents that are gone: to the moved-to document, else where their first anchor went.
  for (const [slug, ids] of Object.entries(record.anchors)) {
    if (live.has(slug)) continue;
    const first = ids.map((id) => renamed.get(keyOf({ slug, id }))).find((t) => t !== undefined && isLive(t));
    const to = movedTo(slug) ?? first?.slug;
    if (to !== undefined) plan.redirects.set(slug, to);
  }

  for (const d of published) {
    for (const id of d.ids) if (!isRecorded({ slug: d.slug, id })) plan.unrecorded.push({ slug: d.slug, id });
  }
  return plan;
}

function pushTo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** The build's message for a plan with problems or unrecorded anchors, or undefined when all is well. */
export function formatAnchorReport(plan: AnchorPlan, file: string): string | undefined {
  const parts: string[] = [];
  if (plan.problems.length > 0) {
    parts.push(
      `Anchor check: ${plan.problems.length} problem(s) would break published anchors (citation targets that must keep working):\n  ${plan.problems.join('\n  ')}`,
    );
  }
  if (plan.unrecorded.length > 0) {
    parts.push(
      `Anchor check: ${plan.unrecorded.length} published anchor(s) are not recorded in ${file} yet: ${plan.unrecorded.map(anchorName).join(', ')}.\n  Run \`npm run anchors\` to record them, then commit ${file}.`,
    );
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * Appends anchors to the record's text (a new record from the template when `text` is undefined),
 * keeping its comments and layout: a known document's list grows at its end, a new document gets
 * a one-line list of its own. Never removes anything. Returns the new text.
 */
export function appendAnchors(text: string | undefined, add: readonly AnchorRef[]): string {
  const doc: Document = YAML.parseDocument(text ?? RECORD_TEMPLATE);
  if (doc.errors.length > 0) throw new Error(`cannot append to an invalid record: ${doc.errors[0]?.message ?? ''}`);
  let anchors = doc.get('anchors', true);
  if (!isMap(anchors)) {
    // `anchors:` with nothing under it (a new record) is null.
    anchors = doc.createNode({});
    doc.set('anchors', anchors);
  }
  const map = anchors as YAML.YAMLMap;
  for (const a of add) {
    const list = map.get(a.slug, true);
    if (isSeq(list)) {
      if (!list.items.some((item) => YAML.isScalar(item) && item.value === a.id)) list.add(doc.createNode(a.id));
    } else {
      const seq = doc.createNode([a.id]);
      seq.flow = true;
      map.set(a.slug, seq);
    }
  }
  return doc.toString(WRITE_OPTIONS);
}
