import { describe, expect, it } from 'vitest';
import { guessSourceType } from '../../src/tally/source-types.js';

describe('guessSourceType', () => {
  it('reads the type from the words of the name', () => {
    expect(guessSourceType('Iraqi Interior Ministry')).toBe('official');
    expect(guessSourceType('government officials')).toBe('official');
    expect(guessSourceType('the presidential office')).toBe('official');
    // A state's emergency and medical-legal services are offices of it.
    expect(guessSourceType('civil defence directorate')).toBe('official');
    expect(guessSourceType('the state coroner')).toBe('official');
    expect(guessSourceType('Human Rights Watch')).toBe('independent');
    expect(guessSourceType('Amnesty International')).toBe('independent');
    expect(guessSourceType('security and medical sources')).toBe('independent');
    expect(guessSourceType('High Commission for Human Rights')).toBe('independent');
    expect(guessSourceType('Press TV')).toBe('media');
    expect(guessSourceType('The New York Times')).toBe('media');
    expect(guessSourceType('National Council of Resistance of Iran')).toBe('opposition');
    expect(guessSourceType('opposition activists')).toBe('opposition');
  });

  it('leaves names without those words unknown', () => {
    expect(guessSourceType('Trump')).toBe('unknown');
    expect(guessSourceType('Bachchu Mia')).toBe('unknown');
    expect(guessSourceType('')).toBe('unknown');
  });
});
