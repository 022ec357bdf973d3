/**
 * The data exports of the published documents, made once per build and shared by every export
 * endpoint (JSON, TMX, plain text, index): each is formatted from the same model.
 */
import { exportDocument, type ExportedDocument } from '../lib/export.ts';
import { movedDocuments } from './anchors.ts';
import { glossary, publishedDocuments } from './corpus.ts';
import { buildRoot } from './site.ts';

export { buildRoot };

let exportsPromise: Promise<ExportedDocument[]> | undefined;

/** Every published document's export, in the site's order (newest first). */
export function documentExports(): Promise<ExportedDocument[]> {
  exportsPromise ??= Promise.all([publishedDocuments(), glossary()]).then(([docs, { matcher }]) => {
    const root = buildRoot();
    return docs.map((doc) => exportDocument(doc.id, doc.data, { matcher, root }));
  });
  return exportsPromise;
}

/**
 * Every address an export is served at: each published document's slug, and the old slug of each
 * moved document (content/anchors.yaml, moved:). A static host cannot redirect a JSON or TMX
 * file, so the old address serves the same export, whose `slug` and links name the new place.
 */
export async function exportRoutes(): Promise<{ slug: string; doc: ExportedDocument }[]> {
  const [docs, moved] = await Promise.all([documentExports(), movedDocuments()]);
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc]));
  return [
    ...docs.map((doc) => ({ slug: doc.slug, doc })),
    ...moved.flatMap(({ from, target }) => {
      const doc = bySlug.get(target.id);
      return doc ? [{ slug: from, doc }] : [];
    }),
  ];
}
