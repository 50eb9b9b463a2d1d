/** Scoring helpers of the evaluation (quality per corpus item is guarded by corpus-golden.test.ts). */
import { describe, expect, it } from 'vitest';
import type { CountClaim } from '../../src/domain.js';
import type { GoldClaim } from '../../src/eval/gold.js';
import { compareMisses, missesOf } from '../../src/eval/known-misses.js';
import { sameSource, scoreItem, sourceMatches } from '../../src/eval/score.js';

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

  it('takes a source as named by its name or by the other name the report gives it', () => {
    const source = { name: 'Coastal Institute for Civil Rights', via: [], alias: 'ICDC' };
    expect(sourceMatches('ICDC', source)).toBe(true);
    expect(sourceMatches('Coastal Institute for Civil Rights', source)).toBe(true);
    expect(sourceMatches('ICDC', { name: 'Coastal Institute for Civil Rights', via: [] })).toBe(false);
    expect(sourceMatches('', null)).toBe(true);
  });

  it('takes a teller named by a role and its workplace as that role, either way round, but not two workplaces as one', () => {
    const at = (name: string) => ({ name, via: [] });
    expect(sourceMatches('a doctor', at('doctor at the Harn District Hospital'))).toBe(true);
    expect(sourceMatches('a police officer in Orsk', at('police officer'))).toBe(true);
    expect(sourceMatches('doctors', at('doctors at Kell Central Hospital'))).toBe(true);
    expect(sourceMatches('a doctor at the Harn District Hospital', at('doctor at the Orsk Clinic'))).toBe(false);
    expect(sourceMatches('a nurse', at('doctor at the Harn District Hospital'))).toBe(false);
    expect(sourceMatches('Amnesty International', at('Officials at the Harn District Hospital'))).toBe(false);
    // (A role capitalised only as its sentence's first word is the same role.)
    expect(sourceMatches('nurses', at('Nurses at the Kell district clinic'))).toBe(true);
    expect(sourceMatches('doctors', at('Nurses at the Kell district clinic'))).toBe(false);
  });

  it('lists misses field by field, and a wrong category at the same span as wrong, not as missed', () => {
    const text = 'Police said 40 people were killed and 12 were arrested on Monday.';
    const gold = (span: string, category: GoldClaim['category'], n: number, more: Partial<GoldClaim> = {}): GoldClaim => ({
      category,
      low: n,
      high: n,
      estimate: n,
      qualifier: 'exact',
      hedged: false,
      who: 'people',
      source: 'Police',
      place: '',
      as_of: '2024-01-01',
      scope: 'total',
      span,
      ...more,
    });
    const claim = (span: string, category: CountClaim['category'], n: number, more: Partial<CountClaim> = {}): CountClaim => ({
      category,
      low: n,
      high: n,
      estimate: n,
      qualifier: 'exact',
      hedged: false,
      who: 'people',
      source: { name: 'Police', via: [] },
      place: null,
      asOf: '2024-01-01',
      cumulative: false,
      scope: 'total',
      revision: null,
      span: { start: text.indexOf(span), end: text.indexOf(span) + span.length, text: span },
      ...more,
    });
    const golds = [gold('40 people were killed', 'killed', 40, { scope: 'new' }), gold('12 were arrested', 'detained', 12), gold('Police', 'participants', 3)];
    const predicted = [
      claim('40 people were killed', 'killed', 40, { source: null }),
      claim('12 were arrested', 'injured', 12),
      claim('on Monday', 'killed', 1),
    ];
    expect(missesOf(scoreItem('x', text, golds, predicted), text)).toEqual([
      'missed participants 3 "Police"',
      'spurious killed 1 "on Monday"',
      'wrong category detained 12 "12 were arrested"',
      'wrong scope killed 40 "40 people were killed"',
      'wrong source killed 40 "40 people were killed"',
    ]);
  });

  it('tells regressions from fixed known misses', () => {
    expect(compareMisses(['a', 'b', 'b'], ['b', 'c'])).toEqual({ regressions: ['c'], fixed: ['a', 'b'] });
    expect(compareMisses(['a'], ['a'])).toEqual({ regressions: [], fixed: [] });
  });
});
