/** scripts/strings-<locale>[-search].<hash>.js: the page scripts' words (lib/i18n/script-file.ts). */
import type { APIRoute } from 'astro';
import { allStringsFiles } from '../../lib/i18n/script-file.ts';
import { scriptFileParam } from '../../lib/script-files.ts';

export function getStaticPaths() {
  return allStringsFiles().map((f) => ({ params: { file: scriptFileParam(f.path) }, props: { code: f.code } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { code: string }).code, { headers: { 'Content-Type': 'text/javascript' } });
