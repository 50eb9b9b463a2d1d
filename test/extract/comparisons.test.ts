/**
 * Earlier events a report compares its crisis with (src/extract/comparisons.ts): their tolls are
 * no claims; the crisis's own figures beside them stay.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const spans = (text: string, published: string | null = '2024-06-21') => extract({ text, published: published ?? undefined }).claims.map((c) => c.span.text);

describe('compared events', () => {
  it.each([
    'It was the deadliest incident in a Velmar prison since a fire at the Orsk jail killed 361 inmates in 2012.',
    "The junction was also the site of Velmar's deadliest attack, a truck bombing in October 2017 that killed more than 500 people.",
  ])('an earlier event a superlative compares the crisis with counts no claim: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keeps the crisis figures beside them, and a year the crisis began in', () => {
    expect(spans('At least 46 inmates were killed on Tuesday, the deadliest riot since a fire killed 361 in 2012.')).toEqual([
      'At least 46 inmates were killed',
    ]);
    expect(spans('It was the deadliest day since the protests began in 2023, with 30 people killed.')).toEqual(['30 people killed']);
  });

  it('reads nothing as compared without a publication date', () => {
    expect(spans('It was the deadliest incident since a fire at the Orsk jail killed 361 inmates in 2012.', null)).toEqual(['361 inmates']);
  });
});
