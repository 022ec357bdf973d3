/** /data/index.json: every published document with links to its exports and reading pages. */
import type { APIRoute } from 'astro';
import { buildRoot, documentExports } from '../../data/exports.ts';
import { exportIndex } from '../../lib/export.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(exportIndex(await documentExports(), buildRoot()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
