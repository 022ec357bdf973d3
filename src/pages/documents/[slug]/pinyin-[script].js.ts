/** documents/<slug>/pinyin-<script>.js: the readings of a document's current text (lib/pinyin-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDocuments, type DocumentEntry } from '../../../data/corpus.ts';
import { pinyinScript } from '../../../lib/pinyin-data.ts';
import type { Script } from '../../../lib/script.ts';

export const getStaticPaths = (async () =>
  (await publishedDocuments()).flatMap((doc) =>
    (['hans', 'hant'] as const).map((script) => ({ params: { slug: doc.id, script }, props: { doc, script } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry; script: Script }> = ({ props: { doc, script } }) =>
  new Response(pinyinScript(doc.data.segments, script), { headers: { 'Content-Type': 'text/javascript' } });
