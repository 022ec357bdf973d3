/** /data/glossary.json: the glossary export. */
import type { APIRoute } from 'astro';
import { glossary } from '../../data/corpus.ts';
import { exportGlossary } from '../../lib/export.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(exportGlossary((await glossary()).entries), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
