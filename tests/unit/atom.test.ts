import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedDocument } from '../../src/lib/atom.ts';
import { atomProblems } from '../helpers/atom.ts';

const url = (path: string) => new URL(path, 'https://duizhao.example.org/sub/').href;
const regulation: FeedDocument = {
  slug: 'synthetic-regulation',
  title: { zh: '（虚构示例）条例', en: '[SYNTHETIC] Regulations <on> “Data” & More' },
  translator: 'Duizhao editors (synthetic)',
  published: '2026-01-15',
  segments: [
    { id: 'art1', kind: 'article', number: 1, printed: '第一条', zh: '第一条　应当。', en: 'Article 1: shall.' },
    {
      id: 'art2',
      kind: 'article',
      number: 2,
      printed: '第二条',
      zh: '第二条　可以。',
      en: 'Article 2: may.',
      revisions: [{ date: '2026-02-01', reason: 'Modality: 可以 as "may" <not> "can" & so on.', previous: 'Article 2: can.' }],
    },
  ],
};
const notice: FeedDocument = { ...regulation, slug: 'synthetic-notice', published: '2026-01-20', segments: [regulation.segments[0]!] };

describe('Atom feeds', () => {
  it('has one entry per version, newest first, each addressed by the version that citations name', () => {
    const xml = atomFeed([regulation, notice], { path: 'feed.xml', title: 'Duizhao', url });
    expect(atomProblems(xml)).toEqual([]);
    const ids = [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'https://duizhao.example.org/sub/feed.xml',
      'https://duizhao.example.org/sub/documents/synthetic-regulation/v/2026-02-01/',
      'https://duizhao.example.org/sub/documents/synthetic-notice/v/2026-01-20/',
      'https://duizhao.example.org/sub/documents/synthetic-regulation/v/2026-01-15/',
    ]);
    expect(xml).toContain('<updated>2026-02-01T00:00:00.000Z</updated>');
    expect(xml).toContain('rel="self"');
    // The revision names the clause and the reason, escaped.
    expect(xml).toMatch(/Revised: \[SYNTHETIC\] Regulations &lt;on&gt; “Data” &amp; More/);
    expect(xml).toContain('#art2">Article 2</a>: Modality: 可以 as "may" &lt;not&gt; "can" &amp; so on.</li>');
  });

  it('the check catches what RFC 4287 forbids', () => {
    const xml = atomFeed([regulation], { path: 'documents/synthetic-regulation/feed.xml', title: 'One', url });
    expect(atomProblems(xml)).toEqual([]);
    expect(atomProblems(xml.replace(/<updated>[^<]+<\/updated>/, '<updated>1 February 2026</updated>'))).toEqual([
      'feed: <updated> "1 February 2026" is not an RFC 3339 date-time',
    ]);
    const dup = xml.replace('/v/2026-01-15/</id>', '/v/2026-02-01/</id>');
    expect(atomProblems(dup)).toContainEqual(expect.stringMatching(/is not unique/));
    expect(atomProblems(xml.replace(/<link rel="self"[^>]*\/>/, ''))).toContain('feed: no rel="self" link');
    expect(atomProblems(xml.replace('<feed', '<fed').replace('</feed>', '</fed>'))).toEqual(['the root element is not <feed>']);
  });
});
