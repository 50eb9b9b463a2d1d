/** Corpus JSONL ({id, text | html, published, url, title?} per line): a bad line fails alone. */
import type { IngestItem } from './types.js';
import { failure } from './types.js';

export function readJsonl(text: string, origin: string): IngestItem[] {
  const out: IngestItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${origin}#${i + 1}`;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(line) as Record<string, unknown>;
    } catch {
      out.push(failure(at, 'not valid JSON'));
      return;
    }
    const s = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : undefined);
    const body = s('html') ?? s('text');
    if (!body || !body.trim()) {
      out.push(failure(at, 'the line has no "text" or "html" field'));
      return;
    }
    out.push({
      kind: 'document',
      origin: at,
      format: 'jsonl',
      input: { ...(s('html') ? { html: s('html') } : { text: s('text') }), url: s('url'), title: s('title'), published: s('published') },
      raw: body,
      externalId: item.id === undefined ? undefined : String(item.id),
    });
  });
  return out;
}
