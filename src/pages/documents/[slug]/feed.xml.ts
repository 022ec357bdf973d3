/** /documents/<slug>/feed.xml: an Atom feed of one document's publication and revisions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDocuments, type DocumentEntry } from '../../../data/corpus.ts';
import { siteUrl } from '../../../data/site.ts';
import { atomFeed } from '../../../lib/atom.ts';
import { routes } from '../../../lib/paths.ts';

export const getStaticPaths = (async () =>
  (await publishedDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry }> = ({ props: { doc } }) => {
  const xml = atomFeed([{ slug: doc.id, ...doc.data }], {
    path: routes.documentFeed(doc.id),
    title: `Duizhao 对照: ${doc.data.title.en}, versions of the translation`,
    url: siteUrl,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
