/**
 * Script files named by their contents: `scripts/<name>.<hash>.js`, so a browser never pairs a
 * page with an older copy. The bundled page scripts (integrations/inline-scripts.ts) and the
 * interface strings (lib/i18n/script-file.ts) are both named here. Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';

const DIR = 'scripts/';

/** The site-relative path of the script file `name` with contents `code`. */
export function hashedScriptPath(name: string, code: string): string {
  return `${DIR}${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
}

/** The route parameter of such a path (its name and hash, for src/pages/scripts/[file].js.ts). */
export function scriptFileParam(path: string): string {
  return path.slice(DIR.length, -'.js'.length);
}
