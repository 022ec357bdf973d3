/**
 * Deciding which files an import writes, without touching the file system.
 *
 * An import writes one MDX per document and a copy of the raw file next to the documents'
 * directory (content/sources/ beside content/documents/). Editors' work must never be lost, so an
 * existing document is only replaced with --force, an identical raw copy is left alone, and a
 * different file under the raw copy's name is never replaced, not even with --force: it is another
 * import's source, and that import's drafts point at its lines. Nothing is written through a
 * symbolic link or onto anything but a regular file. All checks happen before anything is written,
 * so a refused import writes nothing.
 */
import path from 'node:path';
import { ImportRefusal } from './decode.ts';

/** A file the import wants to write. */
export interface PlannedFile {
  readonly path: string;
  readonly kind: 'document' | 'source';
  readonly content: Uint8Array;
}

/** The outcome of checking planned files against what exists. */
export interface CheckedPlan {
  readonly write: readonly PlannedFile[];
  readonly unchanged: readonly PlannedFile[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Slugs for `count` documents: the ones given (in document order), then `import-<sha8>-<n>` for the
 * rest. A slug is the document's permanent URL, which cannot be derived reliably from Chinese, so
 * a default slug is deliberately a placeholder an editor will replace.
 */
export function slugsFor(count: number, given: readonly string[], sha256: string): string[] {
  if (given.length > count) {
    throw new ImportRefusal('usage', `${given.length} --slug values given but the file holds ${count} document${count === 1 ? '' : 's'}`);
  }
  for (const s of given)
    if (!SLUG.test(s)) throw new ImportRefusal('usage', `invalid slug "${s}" (lowercase letters, digits and single hyphens)`);
  const slugs = Array.from({ length: count }, (_, i) => given[i] ?? `import-${sha256.slice(0, 8)}-${i + 1}`);
  const dup = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (dup !== undefined) throw new ImportRefusal('usage', `slug "${dup}" given twice`);
  return slugs;
}

/** The directory raw copies go to: `sources` beside the documents' directory. */
export function sourcesDirFor(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), 'sources');
}

/** What is at a target path: nothing, a regular file (with its bytes), or something else. */
export type Existing = null | { readonly kind: 'file'; readonly bytes: Uint8Array } | { readonly kind: 'other'; readonly what: string };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Check planned files against what exists (`existing(path)`, which must not follow symbolic
 * links). Refuses with ImportRefusal, naming the file, when a target is a link or not a regular
 * file, when a document exists and `force` is not set, or when a different raw copy exists; an
 * identical raw copy is reported as unchanged, not rewritten.
 */
export function checkPlan(files: readonly PlannedFile[], existing: (p: string) => Existing, force: boolean): CheckedPlan {
  const write: PlannedFile[] = [];
  const unchanged: PlannedFile[] = [];
  for (const f of files) {
    const old = existing(f.path);
    if (old === null) write.push(f);
    else if (old.kind === 'other') {
      throw new ImportRefusal('not-a-file', `${f.path} is ${old.what}, not a regular file; not writing through it, not even with --force`);
    } else if (f.kind === 'source' && sameBytes(old.bytes, f.content)) unchanged.push(f);
    else if (f.kind === 'source') {
      throw new ImportRefusal(
        'conflict',
        `${f.path} already exists with different content: another import's raw copy, which its drafts point at; not replaced, not even with --force (rename the input file, or remove the old copy if nothing uses it)`,
      );
    } else if (force) write.push(f);
    else throw new ImportRefusal('exists', `${f.path} already exists; not overwriting an existing document without --force`);
  }
  return { write, unchanged };
}
