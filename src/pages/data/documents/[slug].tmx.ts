/** /data/documents/<slug>.tmx: the document as a TMX 1.4 translation memory (zh-Hans → en). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRoutes } from '../../../data/exports.ts';
import type { ExportedDocument } from '../../../lib/export.ts';
import { TMX_CONTENT_TYPE, toTmx } from '../../../lib/tmx.ts';
import pkg from '../../../../package.json';

export const getStaticPaths = (async () =>
  (await exportRoutes()).map(({ slug, doc }) => ({ params: { slug }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: ExportedDocument }> = ({ props }) =>
  new Response(toTmx(props.doc, { toolVersion: pkg.version }), { headers: { 'Content-Type': TMX_CONTENT_TYPE } });
