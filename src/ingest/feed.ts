/**
 * RSS 2.0 and Atom feeds: each item becomes a document from its full content (content:encoded,
 * Atom content) or its summary, with its title, link and date. XML is validated first, so a
 * broken feed is reported with the line of the error instead of yielding half its items.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IngestItem } from './types.js';
import { failure } from './types.js';

export const looksLikeFeed = (text: string) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text.slice(0, 4096));

const str = (v: unknown): string | undefined => {
  if (v == null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return String((v as Record<string, unknown>)['#text']);
  return undefined;
};
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function readFeed(text: string, origin: string): IngestItem[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const detail = valid.err.msg.replace(/\s+/g, ' ').replace(/[[\]"']/g, '');
    return [failure(origin, `not valid XML at line ${valid.err.line} (${detail}); is it a complete RSS or Atom feed?`)];
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML has no static shape; str() and list() check each value
  const xml = parser.parse(text) as Record<string, any>;
  const items: IngestItem[] = [];
  const channel = xml.rss?.channel ?? xml['rdf:RDF'];
  if (channel) {
    const publisher = str(channel.title);
    const entries = list(channel.item ?? xml['rdf:RDF']?.item);
    entries.forEach((it: Record<string, unknown>, i: number) => {
      const body = str(it['content:encoded']) ?? str(it.description) ?? '';
      const title = str(it.title);
      if (!body.trim() && !title) return;
      items.push({
        kind: 'document',
        origin: `${origin}#item${i + 1}`,
        format: 'feed',
        input: {
          html: `<html><body><article>${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${body}</article></body></html>`,
          title,
          url: str(it.link),
          published: date(str(it.pubDate) ?? str(it['dc:date'])),
        },
        raw: body || title || '',
        externalId: str(it.guid) ?? str(it.link),
        publisher,
      });
    });
    return items.length ? items : [failure(origin, 'the feed has no items')];
  }
  if (xml.feed) {
    const publisher = str(xml.feed.title);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    list(xml.feed.entry).forEach((it: Record<string, any>, i: number) => {
      const body = str(it.content) ?? str(it.summary) ?? '';
      const title = str(it.title);
      const link = list(it.link)
        .map((l: Record<string, string>) => l['@href'])
        .find(Boolean);
      if (!body.trim() && !title) return;
      items.push({
        kind: 'document',
        origin: `${origin}#item${i + 1}`,
        format: 'feed',
        input: {
          html: `<html><body><article>${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${body}</article></body></html>`,
          title,
          url: link,
          published: date(str(it.published) ?? str(it.updated)),
        },
        raw: body || title || '',
        externalId: str(it.id) ?? link,
        publisher,
      });
    });
    return items.length ? items : [failure(origin, 'the feed has no entries')];
  }
  return [failure(origin, 'XML, but neither an RSS nor an Atom feed')];
}

function date(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
