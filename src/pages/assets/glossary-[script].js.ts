/** assets/glossary-<script>.js: the glossary cards reading pages load on first use (lib/glossary-cards.ts). */
import type { APIRoute } from 'astro';
import { glossary } from '../../data/corpus.ts';
import { cardsScript } from '../../lib/glossary-cards.ts';
import type { Script } from '../../lib/script.ts';

export function getStaticPaths() {
  return (['hans', 'hant'] as const).map((script) => ({ params: { script } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(cardsScript((await glossary()).entries, params.script as Script), {
    headers: { 'Content-Type': 'text/javascript' },
  });
