import { describe, expect, it } from 'vitest';
import { phraseAfter, subjectBefore, tidySourceName } from '../../src/extract/names.js';
import { tokenize } from '../../src/extract/tokens.js';

const subject = (text: string, verb: string) => {
  const tokens = tokenize(text);
  const p = subjectBefore(
    tokens,
    tokens.findIndex((t) => t.lower === verb),
  );
  return p ? text.slice(p.start, p.end) : null;
};
const after = (text: string, from: string) => {
  const tokens = tokenize(text);
  const p = phraseAfter(tokens, tokens.findIndex((t) => t.lower === from) + 1);
  return p ? text.slice(p.start, p.end) : null;
};

describe('source noun phrases', () => {
  it('reads the subject back from a reporting verb over auxiliaries and an apposition', () => {
    expect(subject('The regional governor has also said that 4 died.', 'said')).toBe('The regional governor');
    expect(subject('Omar Said, speaking for the council, told reporters that 9 died.', 'told')).toBe('Omar Said');
    expect(subject('The Union of Textile Workers reported 12 arrests.', 'reported')).toBe('The Union of Textile Workers');
    expect(subject('The U.N. refugee agency said 40 fled.', 'said')).toBe('The U.N. refugee agency');
    // An apposition that lists its members ("parties, churches and unions") is one aside.
    expect(subject('The Velm Forum, an umbrella body of opposition parties, churches and unions, said 40 died.', 'said')).toBe('The Velm Forum');
    // The hearer of "told" is no part of the subject of the verb after it.
    expect(subject('Ana Ruiz told reporters the observatory had documented 14 deaths.', 'documented')).toBe('the observatory');
    expect(subject('The surgeon told journalists her staff had counted 30 dead.', 'counted')).toBe('her staff');
  });

  it('reads the phrase after "according to" up to a time word', () => {
    expect(after('Six died, according to the Office for Civil Protection on Monday.', 'to')).toBe('Office for Civil Protection');
    expect(after('Two were held, according to people familiar with the case.', 'to')).toBe('people familiar with the case');
  });

  it('tidies a name: determiners, titles and an acronym', () => {
    expect(tidySourceName('the Relief Council (TRC)')).toEqual({ name: 'Relief Council', alias: 'TRC', title: null });
    expect(tidySourceName('Deputy Minister Ali Noor')).toEqual({ name: 'Ali Noor', alias: null, title: 'Deputy Minister' });
    // A participle left closing the phrase ("lawyers working" before "with the detainees") is no part of the name.
    expect(tidySourceName('lawyers working').name).toBe('lawyers');
    expect(tidySourceName('staff during').name).toBe('staff during');
    // A body named to whom it belongs ("your own", "its own") is that body.
    expect(tidySourceName('Your own justice ministry').name).toBe('justice ministry');
    expect(tidySourceName('its own police').name).toBe('police');
  });
});
