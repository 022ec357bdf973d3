/**
 * An Atom 1.0 conformance check (RFC 4287), written from the RFC's own rules, for the feeds the site
 * serves: well-formed XML in the Atom namespace; a feed with exactly one id, title and updated, a
 * rel="self" link, and an author (or one in every entry) (4.1.1); entries each with exactly one id,
 * title and updated, and content or a rel="alternate" link (4.1.2); ids absolute IRIs (4.2.6), unique
 * in the feed; dates RFC 3339 date-times (3.3); at most one alternate link per type and hreflang
 * (4.1.1); html content escaped markup that parses. Returns one line per problem.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
type El = Record<string, unknown>;
const list = (v: unknown): El[] => (v === undefined ? [] : Array.isArray(v) ? (v as El[]) : [v as El]);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const text = (v: unknown): string => (typeof v === 'object' && v !== null ? str((v as El)['#text']) : str(v));
// fast-xml-parser's validator; its successor, the fast-xml-validator package, is not a dependency.
// eslint-disable-next-line @typescript-eslint/no-deprecated
const wellFormedXml = (xml: string) => XMLValidator.validate(xml);

export function atomProblems(xml: string): string[] {
  const wellFormed = wellFormedXml(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${String(wellFormed.err.line)})`];
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml) as El;
  const feed = parsed['feed'] as El | undefined;
  if (!feed) return ['the root element is not <feed>'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('<feed> is not in the Atom namespace');
  const ids = new Set<string>();
  const common = (el: El, where: string) => {
    for (const name of ['id', 'title', 'updated']) {
      const n = list(el[name]).length;
      if (n !== 1) problems.push(`${where}: ${String(n)} <${name}> elements, must be exactly one`);
    }
    const id = text(el['id']);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`${where}: <id> "${id}" is not an absolute IRI`);
    if (ids.has(id)) problems.push(`${where}: <id> "${id}" is not unique`);
    ids.add(id);
    if (!RFC3339.test(text(el['updated']))) problems.push(`${where}: <updated> "${text(el['updated'])}" is not an RFC 3339 date-time`);
    if (el['published'] !== undefined && !RFC3339.test(text(el['published'])))
      problems.push(`${where}: <published> is not an RFC 3339 date-time`);
    const alternates = list(el['link']).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    const keys = alternates.map((l) => `${str(l['@type'])}|${str(l['@hreflang'])}`);
    if (new Set(keys).size !== keys.length) problems.push(`${where}: more than one alternate link of one type and language`);
    for (const l of list(el['link']))
      if (typeof l['@href'] !== 'string' || l['@href'] === '') problems.push(`${where}: a <link> without href`);
    return alternates.length;
  };
  common(feed, 'feed');
  if (!list(feed['link']).some((l) => l['@rel'] === 'self')) problems.push('feed: no rel="self" link');
  const entries = list(feed['entry']);
  const feedAuthor = list(feed['author']).length > 0;
  entries.forEach((entry, i) => {
    const where = `entry ${String(i + 1)}`;
    const alternates = common(entry, where);
    if (!feedAuthor && list(entry['author']).length === 0) problems.push(`${where}: no <author>, and the feed has none`);
    for (const a of list(entry['author'])) if (!text(a['name'])) problems.push(`${where}: an <author> without <name>`);
    const content = list(entry['content'])[0];
    if (!content && alternates === 0) problems.push(`${where}: neither <content> nor an alternate link`);
    if (content && content['@type'] === 'html' && wellFormedXml(`<div>${text(content)}</div>`) !== true) {
      problems.push(`${where}: html content is not well-formed markup`);
    }
  });
  return problems;
}
