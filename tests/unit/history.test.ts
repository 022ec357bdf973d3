import { describe, expect, it } from 'vitest';
import { changeLog, documentAt, lastRevised, revisionSteps, segmentAt, versionDates } from '../../src/lib/history.ts';
import type { Segment } from '../../src/lib/segment-schema.ts';

/** A segment revised three times over two days: notes changed by the first, English by all but the second. */
const seg: Segment = {
  id: 'art3',
  kind: 'article',
  zh: '第三条　应当依法办理。',
  en: 'Article 3: It shall be handled in accordance with law.',
  notes: [{ on: '依法', text: 'Now: "in accordance with law".' }],
  revisions: [
    {
      date: '2026-02-01',
      reason: 'Modality.',
      previous: 'Article 3: It should be handled lawfully.',
      previousNotes: [{ on: '依法', text: 'Then: "lawfully".' }],
    },
    { date: '2026-02-01', reason: 'Note only.', previous: 'Article 3: It shall be handled lawfully.' },
    { date: '2026-03-10', reason: 'Glossary.', previous: 'Article 3: It shall be handled lawfully.' },
  ],
};
const plain: Segment = { id: 'art4', kind: 'article', zh: '第四条　不变。', en: 'Article 4: Unchanged.' };
const doc = { published: '2026-01-15', revised: '2026-03-10', segments: [seg, plain] };

describe('translation history', () => {
  it('dates every version: first publication, then each day with a revision', () => {
    expect(versionDates('2026-01-15', [seg, plain])).toEqual(['2026-01-15', '2026-02-01', '2026-03-10']);
    expect(lastRevised('2026-01-15', [seg, plain])).toBe('2026-03-10');
    expect(lastRevised('2026-01-15', [plain])).toBe('2026-01-15');
    expect(lastRevised(null, [plain])).toBeNull();
  });

  it('gives the English and notes as they stood at the end of any day', () => {
    expect(segmentAt(seg, '2026-01-15')).toEqual({
      en: 'Article 3: It should be handled lawfully.',
      notes: [{ on: '依法', text: 'Then: "lawfully".' }],
    });
    // Both revisions of 1 February are in that day's version.
    expect(segmentAt(seg, '2026-02-01').en).toBe('Article 3: It shall be handled lawfully.');
    expect(segmentAt(seg, '2026-02-01').notes).toEqual(seg.notes);
    expect(segmentAt(seg, '2026-02-20').en).toBe('Article 3: It shall be handled lawfully.');
    expect(segmentAt(seg, '2026-03-10').en).toBe(seg.en);
    expect(segmentAt(plain, '2026-01-15').en).toBe(plain.en);
  });

  it('rebuilds a whole document as published on a date, naming that date as its version', () => {
    const then = documentAt(doc, '2026-02-01');
    expect(then.revised).toBe('2026-02-01');
    expect(then.segments[0]?.en).toBe('Article 3: It shall be handled lawfully.');
    expect(then.segments[0]?.revisions?.map((r) => r.reason)).toEqual(['Modality.', 'Note only.']);
    expect(then.segments[1]).toEqual(plain);
    expect(documentAt(doc, '2026-01-15').segments[0]?.revisions).toBeUndefined();
    expect(() => documentAt(doc, '2026-01-01')).toThrow(/published on 2026-01-15/);
  });

  it('pairs each revision with the text it replaced and the text that replaced it', () => {
    const steps = revisionSteps(seg);
    expect(steps.map((s) => [s.date, s.before, s.after])).toEqual([
      ['2026-02-01', 'Article 3: It should be handled lawfully.', 'Article 3: It shall be handled lawfully.'],
      ['2026-02-01', 'Article 3: It shall be handled lawfully.', 'Article 3: It shall be handled lawfully.'],
      ['2026-03-10', 'Article 3: It shall be handled lawfully.', 'Article 3: It shall be handled in accordance with law.'],
    ]);
    expect(steps[0]?.notesBefore).toEqual([{ on: '依法', text: 'Then: "lawfully".' }]);
    expect(steps[0]?.notesAfter).toEqual(seg.notes);
    expect(steps[2]?.notesBefore).toEqual(steps[2]?.notesAfter);
  });

  it('lists versions newest first, each with the passages revised that day', () => {
    const log = changeLog(doc.published, doc.segments);
    expect(log.map((v) => [v.date, v.changes.map((c) => `${c.id}: ${c.steps.map((step) => step.reason).join(' ')}`)])).toEqual([
      ['2026-03-10', ['art3: Glossary.']],
      ['2026-02-01', ['art3: Modality. Note only.']],
      ['2026-01-15', []],
    ]);
  });
});
