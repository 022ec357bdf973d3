/**
 * `npm run import -- <file> [--out content/documents] [--json] [--force] [--slug s]…`
 *
 * Imports an OCR or copied source text as draft MDX documents (see src/lib/import/): a law or
 * regulation (type regulation), a notice (type notice) or a page of reports (type news-report),
 * each as the flat tree of docs/structure.md. This file
 * only does I/O: parse arguments, read the file, call the library, write files, print the report.
 * Exit codes: 0 done, 1 refused (the message names the file and the reason), 2 bad usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportRefusal, importSource } from '../src/lib/import/index.ts';
import type { PlannedFile } from '../src/lib/import/plan.ts';
import { checkPlan, slugsFor, sourcesDirFor } from '../src/lib/import/plan.ts';
import { renderMdx } from '../src/lib/import/mdx.ts';
import { toJson } from '../src/lib/import/json.ts';
import { formatReport, summarise } from '../src/lib/import/report.ts';

const USAGE = `usage: npm run import -- <file> [--out content/documents] [--json] [--force] [--slug <slug>]...
  --out DIR    where the draft MDX files go (raw copy: DIR/../sources/); default content/documents
  --json       print the parsed structure to stdout instead of writing files
               ({documents:[{type, title, segments:[{id, kind, text, parent?, number?, printed?, lines}]}], warnings, changes})
  --force      overwrite existing documents / a different raw copy
  --slug SLUG  file name for each document, in order (default import-<sha8>-<n>)`;

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
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`import: expected exactly one input file\n${USAGE}\n`);
    return 2;
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
      bytes = readFileSync(input);
    } catch (e) {
      throw new ImportRefusal('unreadable', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const result = importSource(bytes);
    process.stderr.write(formatReport(result.report, shown));
    if (args.values.json) {
      process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
      return 0;
    }

    const raw = path.basename(input);
    const slugs = slugsFor(result.documents.length, args.values.slug, result.sha256);
    const summary = summarise(result.report);
    const files: PlannedFile[] = result.documents.map((doc, i) => ({
      path: path.join(outDir, `${slugs[i] ?? ''}.mdx`),
      kind: 'document',
      content: new TextEncoder().encode(renderMdx(doc, { raw, sha256: result.sha256, summary, warnings: result.report.warnings })),
    }));
    files.push({ path: path.join(sourcesDirFor(outDir), raw), kind: 'source', content: bytes });
    const plan = checkPlan(
      files,
      (p) => {
        try {
          return readFileSync(p);
        } catch {
          return null;
        }
      },
      args.values.force,
    );
    for (const f of plan.write) {
      mkdirSync(path.dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.content);
      process.stderr.write(`wrote ${show(f.path)}\n`);
    }
    for (const f of plan.unchanged) process.stderr.write(`unchanged ${show(f.path)} (identical copy already there)\n`);
    return 0;
  } catch (e) {
    if (e instanceof ImportRefusal) {
      process.stderr.write(`import: ${shown}: ${e.message}\n`);
      return e.reason === 'usage' ? 2 : 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
