/**
 * The data exports of the published documents, made once per build and shared by every export
 * endpoint (JSON, TMX, plain text, index): each is formatted from the same model.
 */
import { exportDocument, type ExportedDocument } from '../lib/export.ts';
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
