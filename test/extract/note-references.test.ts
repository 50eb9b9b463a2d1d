import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { noteBody } from '../../src/extract/note-references.js';

describe('note references', () => {
  it('reads the body a note names: the name it opens with, else the one its document is by', () => {
    expect(noteBody('Orvan Rights Monitor casualty list, as of 3 March 2024.')?.name).toBe('Orvan Rights Monitor');
    expect(noteBody('Velm Bar Association, detention report, 2 March 2024.')?.name).toBe('Velm Bar Association');
    expect(noteBody('Statement by the health ministry to the assembly, 1 March 2024.')?.name).toBe('health ministry');
    expect(noteBody('Interviews by the authors, February 2024.')).toBeNull();
    expect(noteBody('https://example.org/report.pdf')).toBeNull();
  });

  it("gives a figure its cited note's body, takes no note marker for a figure, and keeps a teller the clause names", () => {
    const text = [
      'Open letter',
      'At least 36 people have been killed since March[1]. More than 900 people have been arrested[2], and the health ministry says 14 were hurt[3].',
      'Notes:',
      '[1] Orvan Rights Monitor casualty list, as of 3 March 2024.',
      '[2] Velm Bar Association, detention report, 2 March 2024.',
      '[3] Statement by the health ministry to the assembly, 1 March 2024.',
    ].join('\n\n');
    const claims = extract({ text, published: '2024-03-05' }).claims;
    expect(claims.map((c) => [c.estimate, c.source?.name ?? null])).toEqual([
      [36, 'Orvan Rights Monitor'],
      [900, 'Velm Bar Association'],
      [14, 'health ministry'],
    ]);
    expect(claims[0]!.rules?.source).toContain('note-reference');
    expect(claims[2]!.rules?.source).not.toContain('note-reference');
  });

  it('reads no figure in a reference to a note', () => {
    const claims = extract({ text: 'More than 800 people were arrested.[3] Two died in custody [4]. Forty were hurt[12][13].' }).claims;
    expect(claims.map((c) => c.estimate)).toEqual([800, 2, 40]);
  });
});
