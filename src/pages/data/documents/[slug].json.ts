/** /data/documents/<slug>.json: a document's full data export (schema: data/schema/document.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRoutes } from '../../../data/exports.ts';
import type { ExportedDocument } from '../../../lib/export.ts';

export const getStaticPaths = (async () =>
  (await exportRoutes()).map(({ slug, doc }) => ({ params: { slug }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: ExportedDocument }> = ({ props }) =>
  new Response(JSON.stringify(props.doc, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
