import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/**
 * One-paragraph incident descriptions in the style of conflict-event databases (ACLED notes,
 * GTD summaries, UCDP entries, wire briefs: "On 12 May, unidentified gunmen killed two
 * civilians…"), invented for the project: every claim each states ("category estimate"), and
 * descriptions that state no count (with years, ages, calibres, unit and road numbers, prices),
 * which must yield none. An item with `miss` is a known failure, counted in recall only.
 */
interface Item {
  text: string;
  claims: string[];
  /** Why the extraction misses this item today. */
  miss?: string;
}
const { items } = JSON.parse(readFileSync(new URL('./event-descriptions.json', import.meta.url), 'utf8')) as { items: Item[] };

const found = (text: string) =>
  extract({ text, published: '2024-06-01' })
    .claims.map((c) => `${c.category} ${c.estimate}`)
    .sort();

describe('event-database incident descriptions', () => {
  it('holds 250+ descriptions with counts and 65 without, few of them known misses', () => {
    expect(items.filter((i) => i.claims.length > 0).length).toBeGreaterThanOrEqual(250);
    expect(items.filter((i) => i.claims.length === 0).length).toBeGreaterThanOrEqual(65);
    expect(items.filter((i) => i.miss).length).toBeLessThanOrEqual(4);
  });

  it('finds killed, injured and detained with recall >= 0.97 and no claim in descriptions without counts', () => {
    const recall = new Map<string, [number, number]>();
    let falseClaims = 0;
    for (const { text, claims } of items) {
      const left = found(text);
      if (claims.length === 0) falseClaims += left.length;
      for (const expected of claims) {
        const at = left.indexOf(expected);
        if (at >= 0) left.splice(at, 1);
        const category = expected.split(' ')[0]!;
        const [hit, all] = recall.get(category) ?? [0, 0];
        recall.set(category, [hit + (at >= 0 ? 1 : 0), all + 1]);
      }
    }
    const rate = (category: string) => {
      const [hit, all] = recall.get(category) ?? [0, 1];
      return hit / all;
    };
    expect(rate('killed')).toBeGreaterThanOrEqual(0.97);
    expect(rate('injured')).toBeGreaterThanOrEqual(0.97);
    expect(rate('detained')).toBeGreaterThanOrEqual(0.97);
    expect(falseClaims).toBe(0);
  });

  it.each(items.filter((i) => !i.miss).map((i) => [i.text, i.claims] as const))('%s', (text, claims) => {
    expect(found(text)).toEqual([...claims].sort());
  });
});
