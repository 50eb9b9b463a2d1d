/** Every claim records the named rules that gave its category, source and scope (`tally extract --explain`). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

describe('rule records', () => {
  it('names how the category was found', () => {
    const [verbObject] = extract({ text: 'Soldiers killed 14 villagers near the border.' }).claims;
    expect(verbObject!.rules?.category).toBe('harm-verb-object');
    const [predicate] = extract({ text: 'At least 30 demonstrators were arrested in the capital.' }).claims;
    expect(predicate!.rules?.category).toBe('predicate-after');
    const [noun] = extract({ text: 'The hospital recorded 9 deaths.' }).claims;
    expect(noun!.rules?.category).toBe('harm-noun');
    const [one] = extract({ text: 'A journalist was shot dead outside his home.' }).claims;
    expect(one!.rules?.category).toBe('one-person');
  });

  it('names how the source was found, and says when the outlet states the figure', () => {
    const [said] = extract({ text: 'Police detained 200 people on Sunday, the interior ministry said.' }).claims;
    expect(said!.source?.name).toMatch(/interior ministry/i);
    expect(['own-clause', 'sentence-final']).toContain(said!.rules?.source);
    const [plain] = extract({ text: 'Police detained 200 people on Sunday.' }).claims;
    expect(plain!.source).toBeNull();
    expect(plain!.rules?.source).toBe('outlet');
    // A heading that names its list's source, and a transcript's speaker label, record themselves.
    const [headed] = extract({
      text: 'Storms hit the coast.\n\nFIGURES BY DISTRICT (Orvan Relief Agency, as of 8 May)\n- Tessa: 18 dead\n- Vorn: 4 dead',
    }).claims;
    expect(headed!.rules?.source).toContain('heading-source');
    const labelled = extract({
      text: 'Briefing\n\nMARA VELDT, head of the press office: So far 14 people have died.\n\nVELDT: Altogether 22 are missing.',
    }).claims;
    expect(labelled.map((c) => c.rules?.source)).toEqual(['own-clause+transcript-label', 'own-clause+transcript-label']);
  });
});
