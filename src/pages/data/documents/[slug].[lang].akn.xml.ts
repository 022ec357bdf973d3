/** /data/documents/<slug>.<zho|eng>.akn.xml: the document as Akoma Ntoso 3.0, one file per language expression. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRoutes } from '../../../data/exports.ts';
import { AKN_CONTENT_TYPE, aknDocument, type AknLanguage } from '../../../lib/akn.ts';
import { aknInput, hasAkn, type ExportedDocument } from '../../../lib/export.ts';

const LANGUAGES: readonly AknLanguage[] = ['zho', 'eng'];

export const getStaticPaths = (async () =>
  (await exportRoutes()).flatMap(({ slug, doc }) =>
    // A draft previewed without its dates has no Akoma Ntoso identity, so no file (nor a link to one).
    (hasAkn(doc) ? LANGUAGES : []).map((lang) => ({ params: { slug, lang }, props: { doc, lang } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: ExportedDocument; lang: AknLanguage }> = ({ props }) =>
  new Response(aknDocument(aknInput(props.doc), props.lang), { headers: { 'Content-Type': AKN_CONTENT_TYPE } });
