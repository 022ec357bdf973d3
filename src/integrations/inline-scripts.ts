/**
 * The browser scripts (src/scripts/*.ts) are TypeScript that imports src/lib, so the page and the
 * build tokenise, fill and split with the same code. Pages import one as `../scripts/x.ts?inline-script`
 * and get a string: the script and what it imports bundled by esbuild into one minified IIFE,
 * which the page inlines (`<script is:inline set:html=…>`), so the site still runs from file://,
 * where module scripts and /_astro/ paths do not load.
 *
 * - Each script is bundled once per build (memoised); in dev a change to one of its inputs
 *   bundles it again.
 * - A bundle that would end its <script> element early (`</script`) stops the build.
 * - Keep what src/scripts imports from src/lib small and pure (no Node, no OpenCC, no citeproc):
 *   tests/unit/inline-scripts.test.ts holds each bundle to a size.
 */
import type { AstroIntegration } from 'astro';
import { build, type Message } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { hashedScriptPath } from '../lib/script-files.ts';

/** The import query that makes a script module a bundled string. */
export const QUERY = '?inline-script';
/**
 * The import query that makes a script module a file of its own: the import is its site-relative
 * path (`scripts/<name>.<hash>.js`), which pages link relatively (`<script src>` loads from
 * file:// too). For the larger scripts every page of a kind runs: the browser keeps one copy.
 */
export const FILE_QUERY = '?script-file';
/** Site-relative path → code of every script file imported in this build (written after it). */
const files = new Map<string, string>();

/** The site-relative path of a script file: `scripts/<name>.<content hash>.js` (lib/script-files.ts). */
export function scriptFilePath(file: string, code: string): string {
  return hashedScriptPath(basename(file).replace(/\.ts$/, ''), code);
}

interface Bundle {
  code: Promise<string>;
  /** Absolute paths of the files it was made from (known once it is made). */
  inputs: Set<string>;
}
const bundles = new Map<string, Bundle>();

const where = (m: Message) =>
  m.location ? `${m.location.file}:${String(m.location.line)}:${String(m.location.column + 1)}: ${m.text}` : m.text;

async function make(file: string, inputs: Set<string>): Promise<string> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((e: unknown) => {
    const errors = (e as { errors?: Message[] }).errors;
    throw new Error(errors?.length ? errors.map(where).join('; ') : `${file}: ${String(e)}`);
  });
  for (const input of Object.keys(result.metafile.inputs)) inputs.add(resolve(input));
  const code = (result.outputFiles[0]?.text ?? '').trim();
  if (/<\/script/i.test(code))
    throw new Error(`${relative(process.cwd(), file)}: the bundle contains "</script", which would end its inline <script> early`);
  return code;
}

/** The script at `file` as a minified IIFE, bundled once. */
export function bundleScript(file: string): Promise<string> {
  const path = resolve(file);
  let bundle = bundles.get(path);
  if (!bundle) {
    const inputs = new Set<string>([path]);
    bundle = { code: make(path, inputs), inputs };
    bundles.set(path, bundle);
  }
  return bundle.code;
}

/** The Vite plugin: `x.ts?inline-script` → `export default "<bundled IIFE>"`. */
export function inlineScriptsPlugin(): Plugin {
  return {
    name: 'duizhao-inline-scripts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const query = [QUERY, FILE_QUERY].find((q) => source.endsWith(q));
      if (!query) return null;
      const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
      return resolved ? resolved.id + query : null;
    },
    async load(id) {
      const query = [QUERY, FILE_QUERY].find((q) => id.endsWith(q));
      if (!query) return null;
      const file = id.slice(0, -query.length);
      const code = await bundleScript(file);
      for (const input of bundles.get(resolve(file))?.inputs ?? []) this.addWatchFile(input);
      if (query === QUERY) return `export default ${JSON.stringify(code)};`;
      const path = scriptFilePath(file, code);
      files.set(path, code);
      return `export default ${JSON.stringify(path)};`;
    },
    // The dev server serves the script files from memory (a build writes them to the output).
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^.*?\/(scripts\/[^/]+\.js)$/, '$1') ?? '';
        const code = files.get(path);
        if (code === undefined) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'text/javascript');
        res.end(code);
      });
    },
    watchChange(changed) {
      for (const [file, bundle] of bundles) if (bundle.inputs.has(resolve(changed))) bundles.delete(file);
    },
  };
}

export default function inlineScriptsIntegration(): AstroIntegration {
  return {
    name: 'duizhao-inline-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [inlineScriptsPlugin()] } });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const [path, code] of files) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          writeFileSync(join(out, path), `${code}\n`);
        }
      },
    },
  };
}
