/** /data/documents/<slug>.<lang>.txt: the document as plain text in zh-Hans, zh-Hant or en, ids in brackets. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRoutes } from '../../../data/exports.ts';
import type { ExportedDocument } from '../../../lib/export.ts';
import { PLAIN_TEXT_CONTENT_TYPE, PLAIN_TEXT_LANGUAGES, plainText, type PlainTextLanguage } from '../../../lib/plain-text.ts';

export const getStaticPaths = (async () =>
  (await exportRoutes()).flatMap(({ slug, doc }) =>
    PLAIN_TEXT_LANGUAGES.map((lang) => ({ params: { slug, lang }, props: { doc, lang } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: ExportedDocument; lang: PlainTextLanguage }> = ({ props }) =>
  new Response(plainText(props.doc, props.lang), { headers: { 'Content-Type': PLAIN_TEXT_CONTENT_TYPE } });
