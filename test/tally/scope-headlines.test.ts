/**
 * The headline is chosen from total-scope claims only: reports written for the test, read by the
 * extractor and tallied, show which figure heads when a report also states a day's count, one
 * place's count, or a figure whose place is only where its speaker stood.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/domain.js';
import { extract } from '../../src/extract/index.js';
import { computeTally, type TallyInputClaim } from '../../src/tally/index.js';

/** The tally of `category` over reports given as [text, publication date]. */
function headline(category: Category, reports: Array<[string, string]>): number | null {
  const claims: TallyInputClaim[] = reports.flatMap(([text, published], d) =>
    extract({ text, published }).claims.map((c, i) => ({
      ...c,
      id: d * 100 + i,
      documentId: d + 1,
      documentUrl: null,
      documentTitle: null,
      published,
      sourceType: null,
    })),
  );
  const tally = computeTally(claims).categories.find((c) => c.category === category);
  return tally?.conservative?.estimate ?? null;
}

describe('headlines and the scope of the figures they are chosen from', () => {
  it("does not head with a day's arrests a headline names by its day, though the body dates only the statement", () => {
    const day = [
      "Police detain 120 people at Sunday's protests in Belarus\nA police spokeswoman told reporters on Sunday that 120 people had been detained.",
      '2020-09-06',
    ] as [string, string];
    const total = ['Viasna said 900 people have been detained in Belarus since the protests began.', '2020-09-06'] as [string, string];
    expect(headline('detained', [day, total])).toBe(900);
  });

  it('heads with the nationwide toll, not the town figure of the sentence before it', () => {
    const text = 'Twelve people died in clashes in Karbala, medics said. Nationwide, at least 90 people have been killed, the rights commission said.';
    expect(headline('killed', [[text, '2019-10-26']])).toBe(90);
  });

  it("heads with the running toll told right after one day's deaths", () => {
    const text = 'Two people were killed on Monday when police fired on a march. Human Rights Watch says 300 people have been killed.';
    expect(headline('killed', [[text, '2024-03-05']])).toBe(300);
  });

  it('heads with a toll whose share, not itself, is placed in a city', () => {
    const text = 'Protests spread across Iraq. At least 319 people have died since October, most of them in Baghdad, the commission said.';
    expect(headline('killed', [[text, '2019-11-20']])).toBe(319);
  });

  it('heads with the displaced, not those of them who crossed into one country', () => {
    const crossed = ['The number of people who have crossed into Uganda since the war began has passed 300,000, the agency said.', '2024-02-01'] as [
      string,
      string,
    ];
    const all = ['The International Organization for Migration says 2.1 million people have been displaced by the fighting.', '2024-02-01'] as [string, string];
    expect(headline('displaced', [crossed, all])).toBe(2100000);
  });

  it('heads with a toll told abroad: the place of the speaker does not make it local', () => {
    const text = 'Police fired on crowds across Kenya again. Speaking in London, the director of the rights group said 50 people had been killed.';
    expect(headline('killed', [[text, '2024-06-27']])).toBe(50);
  });
});
