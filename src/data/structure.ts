/** Cross-references across the published corpus, worked out once per build (src/lib/structure/links.ts). */
import { corpusLinks, type CorpusLinks } from '../lib/structure/links.ts';
import { publishedDocuments } from './corpus.ts';

let linksPromise: Promise<CorpusLinks> | undefined;

export function crossReferences(): Promise<CorpusLinks> {
  linksPromise ??= publishedDocuments().then((docs) =>
    corpusLinks(docs.map((d) => ({ slug: d.id, titleZh: d.data.title.zh, segments: d.data.segments }))),
  );
  return linksPromise;
}
