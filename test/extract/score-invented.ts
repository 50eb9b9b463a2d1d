/**
 * An invented gold file (test/extract/invented/) extracted and scored with the evaluation's own
 * scorer, for the tests that hold its figures at or above their floors.
 */
import { fileURLToPath } from 'node:url';
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
