/**
 * An invented gold file (test/extract/invented/) extracted and scored with the evaluation's own
 * scorer, for the tests that hold its figures at or above their floors.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readGold } from '../../src/eval/gold.js';
import { scoreItem, summarise } from '../../src/eval/score.js';
import { extract } from '../../src/extract/index.js';

export function scoreInvented(name: string) {
  const items = readGold(fileURLToPath(new URL(`./invented/${name}`, import.meta.url)));
  const scores = items.map((item) => {
    const report = extract({ text: item.text, published: item.published ?? undefined, url: item.url ?? undefined });
    return scoreItem(item.id, report.document.text, item.claims, report.claims);
  });
  return { items, ...summarise(scores) };
}

/** Floors for one invented gold file: its report count, then F1, attribution and scope. */
export type Floors = readonly [name: string, reports: number, f1: number, attribution: number, scope: number];

/** Asserts a gold file holds its reports, each gold span is in its text, and the scores reach the floors. */
export function expectFloors(...[name, reports, f1, attribution, scope]: Floors): void {
  const { items, overall } = scoreInvented(name);
  expect(items).toHaveLength(reports);
  for (const item of items) for (const g of item.claims) expect(item.text).toContain(g.span);
  expect(overall.f1).toBeGreaterThanOrEqual(f1);
  expect(overall.attribution).toBeGreaterThanOrEqual(attribution);
  expect(overall.scope).toBeGreaterThanOrEqual(scope);
}
