/**
 * The data exports of the published documents, made once per build and shared by every export
 * endpoint (JSON, TMX, plain text, index): each is formatted from the same model.
 */
import { exportDocument, siteRoot, type ExportedDocument } from '../lib/export.ts';
import { glossary, publishedDocuments } from './corpus.ts';

let exportsPromise: Promise<ExportedDocument[]> | undefined;

/** The absolute URL of the site root this build is for (DUIZHAO_SITE + DUIZHAO_BASE). */
export function buildRoot(): string {
  return siteRoot(import.meta.env.SITE, import.meta.env.BASE_URL);
}

/** Every published document's export, in the site's order (newest first). */
export function documentExports(): Promise<ExportedDocument[]> {
  exportsPromise ??= Promise.all([publishedDocuments(), glossary()]).then(([docs, { matcher }]) => {
    const root = buildRoot();
    return docs.map((doc) => exportDocument(doc.id, doc.data, { matcher, root }));
  });
  return exportsPromise;
}
