/** /feed.xml: an Atom feed of every published document and every revision of its translation. */
import type { APIRoute } from 'astro';
import { publishedDocuments } from '../data/corpus.ts';
import { siteUrl } from '../data/site.ts';
import { atomFeed } from '../lib/atom.ts';
import { routes } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const docs = (await publishedDocuments()).map((doc) => ({ slug: doc.id, ...doc.data }));
  const xml = atomFeed(docs, { path: routes.feed, title: 'Duizhao 对照: new documents and revised translations', url: siteUrl });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
