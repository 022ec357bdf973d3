/**
 * The page scripts' words as one shared file per locale (and one more for the search page, which
 * has its own): `scripts/strings-<locale>[-search].<hash>.js` (named as every script file is,
 * lib/script-files.ts), which sets `self.duizhaoStrings` and which every page loads before its
 * scripts (layouts/Base.astro) instead of carrying the same 1.5 KB of JSON inline.
 * src/pages/scripts/[file].js.ts writes the files; src/scripts/strings.ts reads them.
 */
import { hashedScriptPath } from '../script-files.ts';
import { scriptStrings, type Locale } from './index.ts';

export const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant'];

export interface StringsFile {
  /** The file's site-relative path: `scripts/strings-zh-Hant.0a1b2c3d4e.js`. */
  path: string;
  code: string;
}

const cache = new Map<string, StringsFile>();

export function stringsFile(locale: Locale, { search = false }: { search?: boolean } = {}): StringsFile {
  const key = `${locale}${search ? '-search' : ''}`;
  let file = cache.get(key);
  if (!file) {
    const code = `self.duizhaoStrings=${JSON.stringify(scriptStrings(locale, { search })).replaceAll('<', '\\u003c')};\n`;
    file = { path: hashedScriptPath(`strings-${key}`, code), code };
    cache.set(key, file);
  }
  return file;
}

/** Every strings file of the site. */
export function allStringsFiles(): StringsFile[] {
  return LOCALES.flatMap((l) => [stringsFile(l), stringsFile(l, { search: true })]);
}
