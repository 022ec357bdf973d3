/**
 * Atom 1.0 feeds (RFC 4287) of new documents and translation revisions, written with the `feed`
 * library. One entry per version of a document (history.ts): its id and link are the version's
 * address, which never changes, so a reader's feed reader sees each version once.
 */
import { Feed } from 'feed';
import { changeLog } from './history.ts';
import { routes } from './paths.ts';
import type { Segment } from './segment-schema.ts';
import { pinpoint } from './structure/pinpoint.ts';
import { buildTree, type TreeNode } from './structure/tree.ts';
import { escapeXmlText } from './xml.ts';

/** What a feed needs of a document. */
export interface FeedDocument {
  slug: string;
  title: { zh: string; en: string };
  translator: string;
  published: string | null;
  segments: Segment[];
}

export interface FeedOptions {
  /** The feed's own site-relative path (routes.feed or routes.documentFeed). */
  path: string;
  title: string;
  /** Absolute URL of a site-relative path. */
  url: (path: string) => string;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The entries of one document, newest first: its first publication and each day of revisions. */
function entries(doc: FeedDocument, url: (path: string) => string) {
  const tree = buildTree(doc.segments);
  const place = (id: string) => {
    const at = tree.byId.has(id) ? pinpoint(tree.byId.get(id) as TreeNode) : undefined;
    return at?.long || at?.text || id;
  };
  const name = `${doc.title.en} (${doc.title.zh})`;
  return changeLog(doc.published, doc.segments).map((v) => {
    const link = url(routes.documentVersion(doc.slug, v.date));
    const first = v.changes.length === 0;
    const content = first
      ? `<p>First published: the Chinese text with the English translation by ${escapeXmlText(doc.translator)}.</p>`
      : `<p>The English translation was revised in ${String(v.changes.length)} ${v.changes.length === 1 ? 'passage' : 'passages'}:</p><ul>${v.changes
          .map(
            ({ id, steps }) =>
              `<li><a href="${escapeXmlText(`${link}#${id}`)}">${escapeXmlText(place(id))}</a>: ${escapeXmlText(steps.map((step) => step.reason).join(' '))}</li>`,
          )
          .join('')}</ul>`;
    return {
      // The library writes titles as type="html": the text is escaped to stay text.
      title: escapeXmlText(`${first ? 'Published' : 'Revised'}: ${name}`),
      id: link,
      link,
      date: day(v.date),
      published: day(v.date),
      content,
      author: [{ name: doc.translator }],
    };
  });
}

/** An Atom feed of the given documents' versions, newest first. */
export function atomFeed(docs: readonly FeedDocument[], options: FeedOptions): string {
  const items = docs
    .flatMap((d) => entries(d, options.url))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const self = options.url(options.path);
  const feed = new Feed({
    id: self,
    title: options.title,
    link: options.url(docs.length === 1 && docs[0] ? routes.document(docs[0].slug) : ''),
    feedLinks: { atom: self },
    language: 'en',
    updated: items[0]?.date ?? day('1970-01-01'),
    author: { name: 'Duizhao editors' },
    generator: false,
  });
  for (const item of items) feed.addItem(item);
  return feed.atom1();
}
