/**
 * `npm run import -- <file> [--out content/documents] [--json] [--force] [--slug s]…`
 *
 * Imports an OCR or copied source text as draft MDX documents (see src/lib/import/): a law or
 * regulation (type regulation), a notice (type notice) or a page of reports (type news-report),
 * each as the flat tree of docs/structure.md. This file
 * only does I/O: parse arguments, read the file, call the library, write files, print the report.
 *
 * Writing is all or nothing: every file (the raw copy first) is written to a temporary file in its
 * target directory, then moved into place; if anything fails, what was written is removed (and
 * what --force replaced is put back), so a re-run is never blocked. A new file is linked into
 * place, which fails rather than replace anything that appeared meanwhile; nothing is written
 * through a symbolic link or onto anything but a regular file. Missing directories are created one
 * level at a time under an existing, writable directory on a real file system: Node's recursive
 * mkdir loops forever under /proc.
 *
 * Exit codes: 0 done; 1 refused (the message names the file and the reason; nothing is written);
 * 2 bad usage; 3 cannot write (`import: <path>: cannot write (<code>)`; nothing of the import
 * remains).
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  statfsSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportRefusal, MAX_SOURCE_BYTES, importSource, megabytes } from '../src/lib/import/index.ts';
import type { Existing, PlannedFile } from '../src/lib/import/plan.ts';
import { checkPlan, slugsFor, sourcesDirFor } from '../src/lib/import/plan.ts';
import { renderMdx } from '../src/lib/import/mdx.ts';
import { toJson } from '../src/lib/import/json.ts';
import { formatReport, summarise } from '../src/lib/import/report.ts';

const EXIT = { done: 0, refused: 1, usage: 2, cannotWrite: 3 } as const;

/** Inputs from this size on print progress on stderr: their import takes more than a second. */
const PROGRESS_BYTES = 1024 * 1024;

const USAGE = `usage: npm run import -- <file> [--out content/documents] [--json] [--force] [--slug <slug>]...
  --out DIR    where the draft MDX files go (raw copy: DIR/../sources/); default content/documents
  --json       print the parsed structure to stdout instead of writing files
               ({documents:[{type, title, segments:[{id, kind, text, parent?, number?, printed?, lines}]}], warnings, changes})
  --force      overwrite existing documents (never another import's raw copy, never through a symbolic link)
  --slug SLUG  file name for each document, in order (default import-<sha8>-<n>)
The input may be at most ${megabytes(MAX_SOURCE_BYTES)}; from ${megabytes(PROGRESS_BYTES)} on, progress goes to stderr.
Exit codes: 0 done, 1 refused (nothing written), 2 bad usage, 3 cannot write (nothing written).`;

/** A write that failed: the CLI prints `import: <path>: cannot write (<code>)` and exits 3. */
class CannotWrite extends Error {
  readonly target: string;
  readonly code: string;
  constructor(target: string, code: string) {
    super(`${target}: cannot write (${code})`);
    this.target = target;
    this.code = code;
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** Virtual file systems, by statfs(2) magic number: nothing can be imported into them. */
const VIRTUAL_FS = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
]);

/**
 * The directories to create for `dir`, outermost first, after checking that its nearest existing
 * ancestor is a directory we may write on a real file system. Creates nothing; throws CannotWrite
 * naming `dir`.
 */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let p = dir; ; p = path.dirname(p)) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      if (codeOf(e) !== 'ENOENT' || path.dirname(p) === p) throw new CannotWrite(dir, codeOf(e));
      missing.unshift(p);
      continue;
    }
    if (!isDir) throw new CannotWrite(dir, 'ENOTDIR');
    const virtual = VIRTUAL_FS.get(statfsSync(p).type);
    if (virtual !== undefined) throw new CannotWrite(dir, `EPERM, ${p} is on the virtual file system ${virtual}`);
    try {
      accessSync(p, constants.W_OK | constants.X_OK);
    } catch (e) {
      throw new CannotWrite(dir, codeOf(e));
    }
    return missing;
  }
}

/** What is at a path, without following a symbolic link (see checkPlan). */
function existing(p: string): Existing {
  let st;
  try {
    st = lstatSync(p);
  } catch (e) {
    if (codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR') return null;
    throw new CannotWrite(p, codeOf(e));
  }
  if (st.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
  if (!st.isFile()) return { kind: 'other', what: st.isDirectory() ? 'a directory' : 'a special file' };
  try {
    return { kind: 'file', bytes: readFileSync(p) };
  } catch (e) {
    throw new CannotWrite(p, codeOf(e));
  }
}

/**
 * Write `files` all or nothing (see the header): create `dirs`, stage every file as a temporary
 * file beside its target, then move each into place (a new file by a hard link, which fails if
 * anything is there; with `force` an existing document is first moved aside). On any failure, undo
 * everything and throw CannotWrite naming the file.
 */
function writeAll(files: readonly PlannedFile[], dirs: readonly string[], force: boolean): void {
  const created: string[] = [];
  const staged: Array<{ file: PlannedFile; tmp: string; backup: string | null; placed: boolean }> = [];
  const temp = (p: string, what: string): string =>
    path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}-${randomBytes(4).toString('hex')}.${what}`);
  try {
    for (const d of dirs) {
      try {
        mkdirSync(d);
      } catch (e) {
        throw new CannotWrite(d, codeOf(e));
      }
      created.push(d);
    }
    for (const file of files) {
      const entry = { file, tmp: temp(file.path, 'tmp'), backup: null as string | null, placed: false };
      try {
        writeFileSync(entry.tmp, file.content, { flag: 'wx' });
        staged.push(entry);
      } catch (e) {
        try {
          unlinkSync(entry.tmp); // a partial write (ENOSPC) leaves the file behind
        } catch {
          // nothing was created
        }
        throw new CannotWrite(file.path, codeOf(e));
      }
    }
    for (const entry of staged) {
      const target = entry.file.path;
      try {
        if (force && existing(target) !== null) {
          entry.backup = temp(target, 'old');
          renameSync(target, entry.backup);
          renameSync(entry.tmp, target);
        } else {
          try {
            linkSync(entry.tmp, target);
          } catch (e) {
            // File systems without hard links: an exclusive copy, which also refuses to replace.
            if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(codeOf(e))) throw e;
            copyFileSync(entry.tmp, target, constants.COPYFILE_EXCL);
          }
          unlinkSync(entry.tmp);
        }
        entry.placed = true;
      } catch (e) {
        throw e instanceof CannotWrite ? e : new CannotWrite(target, codeOf(e));
      }
    }
  } catch (e) {
    for (const entry of [...staged].reverse()) {
      const quietly = (f: () => void): void => {
        try {
          f();
        } catch {
          // best effort: the failure being reported is the one that matters
        }
      };
      if (entry.placed) quietly(() => unlinkSync(entry.file.path));
      if (entry.backup !== null) quietly(() => renameSync(entry.backup as string, entry.file.path));
      quietly(() => unlinkSync(entry.tmp));
    }
    for (const d of [...created].reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // not empty (someone else wrote there) or already gone: leave it
      }
    }
    throw e;
  }
  for (const entry of staged) {
    if (entry.backup !== null) {
      try {
        unlinkSync(entry.backup);
      } catch {
        // the import is done; a leftover backup is harmless
      }
    }
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/documents' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        slug: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`import: ${(e as Error).message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.done;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`import: expected exactly one input file\n${USAGE}\n`);
    return EXIT.usage;
  }
  // npm run changes the working directory to the package root; paths are the user's.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const input = path.resolve(cwd, file);
  const outDir = path.resolve(cwd, args.values.out);
  // Paths in messages: relative to where the user is, unless that means climbing out of it.
  const show = (p: string): string => {
    const rel = path.relative(cwd, p);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
  };
  const shown = show(input);

  try {
    let bytes: Uint8Array;
    try {
      const st = statSync(input);
      if (st.isFile() && st.size > MAX_SOURCE_BYTES) {
        throw new ImportRefusal('too-large', `the file is ${megabytes(st.size)}, over the ${megabytes(MAX_SOURCE_BYTES)} limit; split it`);
      }
      bytes = readFileSync(input);
    } catch (e) {
      if (e instanceof ImportRefusal) throw e;
      throw new ImportRefusal('unreadable', `cannot read the file (${codeOf(e)})`);
    }
    // Progress for long runs only, on stderr: stdout may be the --json output.
    const started = Date.now();
    const progress = (step: string): void => {
      if (bytes.length >= PROGRESS_BYTES)
        process.stderr.write(`import: ${shown}: ${step}… (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    };
    const result = importSource(bytes, progress);
    process.stderr.write(formatReport(result.report, shown));
    if (args.values.json) {
      progress('printing JSON');
      process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
      return EXIT.done;
    }

    const raw = path.basename(input);
    const slugs = slugsFor(result.documents.length, args.values.slug, result.sha256);
    const summary = summarise(result.report);
    const sources = sourcesDirFor(outDir);
    // The raw copy first: drafts must never exist without the source they point at.
    const files: PlannedFile[] = [{ path: path.join(sources, raw), kind: 'source', content: bytes }];
    result.documents.forEach((doc, i) =>
      files.push({
        path: path.join(outDir, `${slugs[i] ?? ''}.mdx`),
        kind: 'document',
        content: new TextEncoder().encode(renderMdx(doc, { raw, sha256: result.sha256, summary, warnings: result.report.warnings })),
      }),
    );
    const dirs = [...new Set([...missingDirs(outDir), ...missingDirs(sources)])];
    const plan = checkPlan(files, existing, args.values.force);
    writeAll(plan.write, dirs, args.values.force);
    for (const f of plan.write) process.stderr.write(`wrote ${show(f.path)}\n`);
    for (const f of plan.unchanged) process.stderr.write(`unchanged ${show(f.path)} (identical copy already there)\n`);
    return EXIT.done;
  } catch (e) {
    if (e instanceof ImportRefusal) {
      process.stderr.write(`import: ${shown}: ${e.message}\n`);
      return e.reason === 'usage' ? EXIT.usage : EXIT.refused;
    }
    if (e instanceof CannotWrite) {
      process.stderr.write(`import: ${show(e.target)}: cannot write (${e.code})\n`);
      return EXIT.cannotWrite;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
