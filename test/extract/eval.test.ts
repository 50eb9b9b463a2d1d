/** A regression guard on extraction quality over the development corpus (targets from the issue). */
import { describe, expect, it } from 'vitest';
import { defaultCorpusFiles, evaluateFiles } from '../../src/eval/cli.js';
import { sameSource, summarise } from '../../src/eval/score.js';

describe('eval', () => {
  it('matches source aliases as documented', () => {
    expect(sameSource('NCRI', 'National Council of Resistance of Iran')).toBe(true);
    expect(sameSource('Amnesty', 'Amnesty International')).toBe(true);
    expect(sameSource('Trump', 'Donald Trump')).toBe(true);
    expect(sameSource("Kazakhstan's interior ministry", 'interior ministry')).toBe(true);
    expect(sameSource('the country’s Health Ministry', 'Health Ministry')).toBe(true);
    expect(sameSource('', '')).toBe(true);
    expect(sameSource('officials', 'government officials')).toBe(false);
    expect(sameSource('Amnesty International', 'Human Rights Watch')).toBe(false);
    expect(sameSource('AFP', '')).toBe(false);
  });

  it('reaches F1 >= 0.85 and attribution >= 0.80 on the development corpus', () => {
    const files = defaultCorpusFiles().filter((f) => f.endsWith('dev.jsonl'));
    expect(files.length).toBe(1);
    const { overall } = summarise(evaluateFiles(files));
    expect(overall.f1).toBeGreaterThanOrEqual(0.85);
    expect(overall.attribution).toBeGreaterThanOrEqual(0.8);
  });
});
