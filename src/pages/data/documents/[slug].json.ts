/** /data/documents/<slug>.json: a document's full data export. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDocuments, type DocumentEntry } from '../../../data/corpus.ts';
import { exportDocument } from '../../../lib/export.ts';

export const getStaticPaths = (async () =>
  (await publishedDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry }> = ({ props }) =>
  new Response(JSON.stringify(exportDocument(props.doc.id, props.doc.data), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
