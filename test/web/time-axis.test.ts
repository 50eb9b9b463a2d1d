import { describe, expect, it } from 'vitest';
import { axisDays } from '../../src/web/time-axis.js';

describe('the time axis', () => {
  it('spans the figures, leaving out a day far from all the others', () => {
    // Kazakhstan: figures of 5-10 January 2022 and a retrospective of 10 January 2023.
    expect(axisDays([100, 104, 105, 105, 470])).toEqual({ first: 100, last: 105 });
    expect(axisDays([0, 400, 401, 405])).toEqual({ first: 400, last: 405 });
    // Figures spread over months keep their span.
    expect(axisDays([0, 40, 80, 120])).toEqual({ first: 0, last: 120 });
    expect(axisDays([3])).toEqual({ first: 3, last: 3 });
    expect(axisDays([])).toEqual({ first: 0, last: 0 });
  });
});
