/**
 * One reader of a document file's front matter, for everything outside the build that reads
 * content/documents/*.mdx (the anchors CLI, the benchmark, the tests). Before it, seven hand-made
 * regexes each split the file their own way (four refused CRLF line ends, one needed the file to
 * end at the closing fence) and a broken file came out as a bare YAML or zod error, or as no
 * data at all, with no file and no line.
 *
 * readFrontMatter gives the raw YAML data, for callers that read drafts or older shapes the
 * schema refuses (the benchmark's corpus, the importer's comparisons); readDocument and
 * readDocuments validate through the build's own documentSchema. Every error names the file and
 * the line of the file where the problem is: `<file>:<line>: <place>: <problem>`, as the anchor
 * record's errors do (anchors.ts). Only readDocument(s) touch the file system.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import YAML, { LineCounter, isMap } from 'yaml';
import { documentSchema, type DocumentData } from './document-schema.ts';

/** A file whose front matter cannot be read or is not a valid document; the message names file and line. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}

/** The raw front matter of a text: the YAML's data, the body after it, and the parsed YAML to find lines in. */
export interface FrontMatter {
  data: unknown;
  body: string;
  /** The parsed YAML, for mapping a place in the data back to a line. */
  yaml: YAML.Document;
  /** The line of the file for an offset into the YAML. */
  lineOf: (offset: number) => number;
}

/** The fence: a line of exactly three dashes (trailing spaces and CR allowed). */
const FENCE = /^---[ \t]*\r?$/;

/**
 * Splits `text` into its front matter (between a first line `---` and the next line `---`) and
 * body, and parses the YAML. Throws a FrontMatterError naming `file` when there is no front
 * matter or the YAML does not parse (with the file's line of the first YAML error).
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split('\n');
  if (!FENCE.test(lines[0] ?? '')) throw new FrontMatterError(`${file}:1: no front matter (the file must start with a line ---)`);
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) throw new FrontMatterError(`${file}: the front matter opened on line 1 is never closed (no second line ---)`);
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const counter = new LineCounter();
  const yaml = YAML.parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // The YAML starts on the file's line 2.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  const [error] = yaml.errors;
  if (error) throw new FrontMatterError(`${file}:${String(lineOf(error.pos[0]))}: not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  return { data: yaml.toJS() as unknown, body, yaml, lineOf };
}

/** A document file, validated: its slug (the file name, as the build's loader takes it), data and body. */
export interface DocumentFile {
  slug: string;
  file: string;
  data: DocumentData;
  body: string;
}

/** A place in the data as the error names it: title → zh, segments[3] → en. */
const placeName = (path: readonly PropertyKey[]) =>
  path.length === 0
    ? 'front matter'
    : path.map((p, i) => (typeof p === 'number' ? `[${String(p)}]` : `${i > 0 ? ' → ' : ''}${String(p)}`)).join('');

/** The file's line of a place in the YAML: of its key when it is an entry of a map, else of the value, else of its nearest parent. */
function lineAt(fm: FrontMatter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const at = path.slice(0, n) as (string | number)[];
    const last = at[at.length - 1];
    const parent = fm.yaml.getIn(at.slice(0, -1), true);
    const pair =
      typeof last === 'string' && isMap(parent) ? parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === last) : undefined;
    const node = (pair?.key ?? (at.length > 0 ? fm.yaml.getIn(at, true) : fm.yaml.contents)) as { range?: [number, number, number] } | null;
    if (node?.range) return fm.lineOf(node.range[0]);
  }
  return 2;
}

/**
 * Reads and validates a document's text with the build's documentSchema. Throws one
 * FrontMatterError listing every problem as `<file>:<line>: <place>: <problem>`.
 */
export function parseDocument(text: string, file: string): DocumentFile {
  const fm = readFrontMatter(text, file);
  const result = documentSchema.safeParse(fm.data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      // Unknown keys are reported on their object; point at the first of them.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
      return `${file}:${String(lineAt(fm, path))}: ${placeName(issue.path)}: ${issue.message}`;
    });
    throw new FrontMatterError(
      problems.length === 1 ? (problems[0] ?? '') : `${file} is not a valid document:\n  ${problems.join('\n  ')}`,
    );
  }
  return { slug: basename(file).replace(/\.mdx$/, ''), file, data: result.data, body: fm.body };
}

/** Reads and validates one document file (see parseDocument). */
export function readDocument(file: string): DocumentFile {
  return parseDocument(readFileSync(file, 'utf8'), file);
}

/** Every document of a directory (its .mdx files, by name), validated; `published` keeps only published ones. */
export function readDocuments(dir: string, { published = false }: { published?: boolean } = {}): DocumentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readDocument(join(dir, f)))
    .filter((d) => !published || d.data.status === 'published');
}
