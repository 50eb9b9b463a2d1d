/**
 * Whole invented reports (test/extract/invented/attribution-reports.jsonl: twelve news reports
 * of our own, fictional places and people, written with their gold before the extractor was run
 * on them) scored with the evaluation's scorer. They carry the attribution constructions of wire
 * and NGO reporting: "according to", statements, "told Reuters", quotes then their speaker,
 * roles referred to by surname, pronoun or title, acronyms, relays, documents, datelines,
 * headlines, unnamed sources, disagreeing sources and figures the reporter states. The floors sit
 * a little below today's figures, so a regression fails here.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold.js';
import { scoreItem, summarise } from '../../src/eval/score.js';
import { extract } from '../../src/extract/index.js';

const file = fileURLToPath(new URL('./invented/attribution-reports.jsonl', import.meta.url));

describe('invented whole reports', () => {
  const items = readGold(file);
  const scores = items.map((item) => {
    const report = extract({ text: item.text, published: item.published ?? undefined });
    return scoreItem(item.id, report.document.text, item.claims, report.claims);
  });
  const { overall } = summarise(scores);

  it('holds twelve reports, each with gold spans that stand in its text', () => {
    expect(items).toHaveLength(12);
    for (const item of items) for (const g of item.claims) expect(item.text).toContain(g.span);
  });

  it('keeps F1, attribution and scope at or above their floors', () => {
    expect(overall.f1).toBeGreaterThanOrEqual(0.87);
    expect(overall.attribution).toBeGreaterThanOrEqual(0.88);
    expect(overall.scope).toBeGreaterThanOrEqual(0.58);
  });
});
