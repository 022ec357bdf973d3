/**
 * The checks stage of the build. Every invariant of the content runs here, once, from one place,
 * before any page is rendered from it: provenance (each document's Chinese is its raw source's
 * text), the glossary and translation checks (terminology, modality, register, with reasoned
 * waivers) and the anchor record (every published anchor keeps landing). The pages read documents,
 * the glossary and the anchor plan only through `checkedCorpus()` (src/data/corpus.ts,
 * src/data/anchors.ts), so no page, component or export can be rendered from unchecked content,
 * and removing a component cannot switch a check off.
 *
 * Every problem of every check is collected and reported together, one line each naming file and
 * place, so an editor fixes them in one pass. In `astro build` the report is printed once and the
 * build stops (exit 1): thrown instead, Astro would wrap it in a stack trace through whichever page
 * asked first and add hints about browser APIs (it does for any message with "document" in it).
 * Under `astro dev` it is thrown as a `ContentCheckError`, so the error overlay shows it and the
 * server keeps running while the editor fixes the content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkAnchors, formatAnchorReport, parseAnchorRecord, type AnchorPlan } from '../lib/anchors.ts';
import { createMatcher, type Matcher } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/glossary-schema.ts';
import { checkModality, formatModalityProblem, segmenter } from '../lib/modality.ts';
import type { CleaningReport } from '../lib/provenance.ts';
import { checkRegister, formatRegisterProblem } from '../lib/register.ts';
import { units } from '../lib/segments.ts';
import { applyWaivers, checkGlossary, checkRenderings, formatRenderingReport, type WaivableProblem } from '../lib/terminology.ts';
import { astroCommand, config } from './config.ts';
import { loadDocuments, loadGlossary, loadWaivers, type DocumentEntry } from './load.ts';
import { checkProvenance, checkVersionsProvenance } from './sources.ts';

/** The content as the pages may use it: checked, with what the checks found that pages show. */
export interface CheckedCorpus {
  /** The documents this build renders, newest first (drafts only when previewing). */
  documents: DocumentEntry[];
  glossary: { entries: GlossaryEntry[]; matcher: Matcher };
  /** Aliases, fragment maps and redirects that keep recorded anchors landing. */
  anchors: AnchorPlan;
  /** Per document slug: what cleaning removed from its raw source (the provenance panel). */
  cleaning: ReadonlyMap<string, CleaningReport>;
}

/** A content problem found by the checks stage: the message is the whole report, for the editor. */
export class ContentCheckError extends Error {
  constructor(sections: readonly string[]) {
    super(`Content checks failed:\n\n${sections.join('\n\n')}\n`);
    this.name = 'ContentCheckError';
    this.stack = this.message; // the place in the code is of no use to the editor
  }
}

let checked: Promise<CheckedCorpus> | undefined;

/** The checked corpus, made once per build. Rejects with a `ContentCheckError` listing every problem. */
export function checkedCorpus(): Promise<CheckedCorpus> {
  checked ??= runChecks();
  return checked;
}

async function runChecks(): Promise<CheckedCorpus> {
  const [documents, { entries, exceptions }] = await Promise.all([loadDocuments(), loadGlossary()]);
  // Drafts previewed with DUIZHAO_DRAFTS=1 are built but unfinished: only published ones are checked
  // for translation and anchors. Provenance holds for every document that is built.
  const published = documents.filter((d) => d.data.status === 'published');
  const sections: string[] = [];

  const cleaning = new Map<string, CleaningReport>();
  const provenanceProblems: string[] = [];
  for (const doc of documents) {
    const result = checkProvenance(doc);
    if (typeof result === 'string') provenanceProblems.push(result);
    else cleaning.set(doc.id, result);
    // Every earlier text too (versions:), each against its own raw slice; keyed slug@adopted.
    const versions = checkVersionsProvenance(doc);
    provenanceProblems.push(...versions.problems);
    for (const [adopted, report] of versions.reports) cleaning.set(`${doc.id}@${adopted}`, report);
  }
  if (provenanceProblems.length > 0) {
    sections.push(`Provenance: the Chinese must be its raw source's text, character for character:\n  ${provenanceProblems.join('\n  ')}`);
  }

  const glossaryProblems = checkGlossary(entries, exceptions);
  const matcher = createMatcher(entries, exceptions);
  if (glossaryProblems.length > 0) sections.push(`${config.contentLabel('glossary', 'terms.yaml')}:\n  ${glossaryProblems.join('\n  ')}`);
  const translation = translationProblems(published, entries, matcher);
  if (translation.length > 0) {
    sections.push(
      `Translation checks: ${translation.length} problem(s) (fix the English or the glossary, or record a reasoned waiver in ${config.contentLabel('glossary', 'waivers.yaml')}; rules in docs/translation-style.md):\n  ${translation.join('\n  ')}`,
    );
  }

  const anchors = anchorCheck(published);
  if (typeof anchors === 'string') sections.push(anchors);

  if (sections.length > 0) {
    const error = new ContentCheckError(sections);
    if (astroCommand() === 'dev') throw error;
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  return { documents, glossary: { entries, matcher }, anchors: anchors as AnchorPlan, cleaning };
}

/** Terminology, modality (docs/translation-style.md) and register, on published clauses, after waivers. */
function translationProblems(published: readonly DocumentEntry[], entries: readonly GlossaryEntry[], matcher: Matcher): string[] {
  const cut = segmenter(entries.map((e) => e.zh)); // glossary headwords keep names whole (王爱文)
  // Earlier texts (versions:) are published translations too, checked like the current one; their
  // segments are named <adopted>/<id> (2021-06-25/art8) in reports and waivers.
  const texts = published.flatMap((d) => [
    { id: d.id, type: d.data.type, segments: d.data.segments, prefix: '' },
    ...(d.data.versions ?? []).map((v) => ({ id: d.id, type: d.data.type, segments: v.segments, prefix: `${v.adopted}/` })),
  ]);
  const found: WaivableProblem[] = texts.flatMap((d) => [
    ...checkRenderings(d.id, d.segments, matcher)
      .map((r) => ({ ...r, segment: d.prefix + r.segment }))
      .map((r) => ({
        document: r.document,
        segment: r.segment,
        check: 'term' as const,
        key: r.term,
        line: formatRenderingReport(r),
      })),
    ...checkModality(d.id, d.type, d.segments, cut)
      .map((p) => ({ ...p, segment: d.prefix + p.segment }))
      .map((p) => ({
        document: p.document,
        segment: p.segment,
        check: 'marker' as const,
        key: p.marker,
        line: formatModalityProblem(p),
      })),
    ...checkRegister(d.id, d.segments)
      .map((p) => ({ ...p, segment: d.prefix + p.segment }))
      .map((p) => ({
        document: p.document,
        segment: p.segment,
        check: 'phrase' as const,
        key: p.phrase,
        line: formatRegisterProblem(p),
      })),
  ]);
  return applyWaivers(found, loadWaivers(), new Set(published.map((d) => d.id)));
}

/** content/anchors.yaml against the published documents: the plan, or the report of what breaks. */
function anchorCheck(published: readonly DocumentEntry[]): AnchorPlan | string {
  const path = `${config.contentDir}/anchors.yaml`;
  const label = config.contentLabel('anchors.yaml');
  const exists = existsSync(path);
  const record = parseAnchorRecord(exists ? readFileSync(path, 'utf8') : '', label);
  const plan = checkAnchors(
    record,
    published.map((d) => ({ slug: d.id, ids: units(d.data.segments).map((u) => u.id) })),
    label,
  );
  const report = formatAnchorReport(plan, label);
  if (report === undefined) return plan;
  return exists ? report : `${label} does not exist yet.\n${report}`;
}
