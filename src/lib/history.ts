/**
 * A translation's history, read from its segments' revision records (segment-schema.ts): the
 * dates on which it changed, the English and notes as they were on any of those dates, and each
 * revision's before and after. The version that citations name (`revised`) is derived here and
 * nowhere else. Versions are days: every revision of one day belongs to that day's version.
 */
import type { Revision, Segment, TranslatorNote } from './segment-schema.ts';

type Revised = Pick<Segment, 'id' | 'en' | 'notes' | 'revisions'>;

/** A problem with a segment's revision record, for the schema's message. */
export interface HistoryProblem {
  segment: string;
  message: string;
}

/** Revisions in order, dated on or after first publication, each recording what it replaced. */
export function checkHistory(published: string | null, segments: readonly Revised[]): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  for (const s of segments) {
    let before = '';
    for (const r of s.revisions ?? []) {
      if (r.date < before) {
        problems.push({ segment: s.id, message: `revisions must be listed oldest first (${r.date} comes after ${before})` });
      }
      before = r.date;
      if (published !== null && r.date < published) {
        problems.push({ segment: s.id, message: `revision of ${r.date} is dated before the translation was published (${published})` });
      }
      if (r.previous === undefined && r.previousNotes === undefined) {
        problems.push({
          segment: s.id,
          message: `revision of ${r.date} records neither the English (previous) nor the notes (previousNotes) it replaced`,
        });
      }
    }
  }
  return problems;
}

/** The days on which the translation changed, oldest first: first publication, then each day with a revision. */
export function versionDates(published: string | null, segments: readonly Revised[]): string[] {
  const dates = new Set<string>(published === null ? [] : [published]);
  for (const s of segments) for (const r of s.revisions ?? []) dates.add(r.date);
  return [...dates].sort();
}

/** The date of the latest version (the one citations name), or null before first publication. */
export function lastRevised(published: string | null, segments: readonly Revised[]): string | null {
  const dates = versionDates(published, segments);
  return published === null ? null : (dates.at(-1) ?? null);
}

/** A segment's English and notes as they stood at the end of `date`. */
export function segmentAt(s: Revised, date: string): { en: string; notes: TranslatorNote[] | undefined } {
  let en = s.en;
  let notes = s.notes;
  for (const r of [...(s.revisions ?? [])].reverse()) {
    if (r.date <= date) break;
    en = r.previous ?? en;
    notes = r.previousNotes ?? notes;
  }
  return { en, notes };
}

/**
 * A document as it was published on `date` (one of its version dates): each segment's English and
 * notes as they stood then, the revisions made by then, and `revised` set to that date.
 */
export function documentAt<D extends { published: string | null; revised: string | null; segments: Segment[] }>(d: D, date: string): D {
  if (d.published === null || date < d.published)
    throw new Error(`no version of ${date}: the translation was published on ${String(d.published)}`);
  const segments = d.segments.map((s) => {
    const { en, notes } = segmentAt(s, date);
    const revisions = (s.revisions ?? []).filter((r) => r.date <= date);
    const { notes: _current, revisions: _all, ...rest } = s;
    return {
      ...rest,
      en,
      ...(notes ? { notes } : {}),
      ...(revisions.length > 0 ? { revisions } : {}),
    };
  });
  return { ...d, segments, revised: date };
}

/** One revision of a segment with the English and notes on either side of it. */
export interface RevisionStep {
  date: string;
  reason: string;
  before: string;
  after: string;
  notesBefore: TranslatorNote[];
  notesAfter: TranslatorNote[];
}

/** A segment's revisions, oldest first, each with what it replaced and what replaced it. */
export function revisionSteps(s: Revised): RevisionStep[] {
  const revisions: Revision[] = s.revisions ?? [];
  const steps: RevisionStep[] = [];
  let after = s.en;
  let notesAfter = s.notes ?? [];
  for (const r of [...revisions].reverse()) {
    const before = r.previous ?? after;
    const notesBefore = r.previousNotes ?? notesAfter;
    steps.unshift({ date: r.date, reason: r.reason, before, after, notesBefore, notesAfter });
    after = before;
    notesAfter = notesBefore;
  }
  return steps;
}

/** A version of the translation and the segments whose English or notes it changed, each with that day's steps in order. */
export interface VersionChanges {
  date: string;
  changes: { id: string; steps: RevisionStep[] }[];
}

/** Every version, newest first, with the revisions made on its day (none for first publication). */
export function changeLog(published: string | null, segments: readonly Revised[]): VersionChanges[] {
  const byDate = new Map<string, VersionChanges>(versionDates(published, segments).map((date) => [date, { date, changes: [] }]));
  for (const s of segments) {
    for (const step of revisionSteps(s)) {
      const changes = byDate.get(step.date)?.changes;
      const last = changes?.at(-1);
      // Two revisions of one segment on one day are one entry (one anchor), its steps in order.
      if (last?.id === s.id) last.steps.push(step);
      else changes?.push({ id: s.id, steps: [step] });
    }
  }
  return [...byDate.values()].reverse();
}

/** The fragment id of a revision's entry in the changelog: one per segment and day. */
export function revisionAnchor(date: string, id: string): string {
  return `r-${date}-${id}`;
}
