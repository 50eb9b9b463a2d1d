import { describe, expect, it } from 'vitest';
import { primaryItem, runs, type MarkedItem } from '../../src/web/highlight.js';

const text = 'At least 208 people were killed in Tehran, Amnesty said.';
const item = (key: string, kind: MarkedItem['kind'], needle: string): MarkedItem => {
  const start = text.indexOf(needle);
  return { key, kind, start, end: start + needle.length };
};

describe('reader runs', () => {
  it('cover the whole text without gaps, cut at every span boundary', () => {
    const items = [
      item('claim:1', 'claim', 'At least 208 people were killed'),
      item('place:0', 'place', 'Tehran'),
      item('quote:0', 'quote', 'killed in Tehran'),
    ];
    const r = runs(text.length, items);
    expect(r.map((x) => text.slice(x.start, x.end)).join('')).toBe(text);
    for (let i = 1; i < r.length; i++) expect(r[i]!.start).toBe(r[i - 1]!.end);
    const killed = r.find((x) => text.slice(x.start, x.end) === 'killed')!;
    expect(killed.items.map((i) => i.key).sort()).toEqual(['claim:1', 'quote:0']);
    const tehran = r.find((x) => text.slice(x.start, x.end) === 'Tehran')!;
    expect(tehran.items.map((i) => i.key)).toEqual(['place:0', 'quote:0']);
    expect(primaryItem(tehran)?.key).toBe('quote:0');
    expect(primaryItem(killed)?.key).toBe('claim:1');
    // The runs a claim covers join back to its span text.
    const joined = r
      .filter((x) => x.items.some((i) => i.key === 'claim:1'))
      .map((x) => text.slice(x.start, x.end))
      .join('');
    expect(joined).toBe('At least 208 people were killed');
  });

  it('ignores spans outside the text and empty spans', () => {
    const r = runs(5, [
      { key: 'date:0', kind: 'date', start: 3, end: 99 },
      { key: 'date:1', kind: 'date', start: 2, end: 2 },
    ]);
    expect(r).toEqual([{ start: 0, end: 5, items: [] }]);
  });

  it('handles an empty text', () => {
    expect(runs(0, [])).toEqual([]);
  });
});
