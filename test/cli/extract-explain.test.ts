/** `tally extract --explain`: each claim with the rules that gave its scope (and category and source when recorded). */
import { describe, expect, it } from 'vitest';
import { explainTable } from '../../src/cli/format.js';
import { extract } from '../../src/extract/index.js';

describe('tally extract --explain', () => {
  const report = extract({
    text: 'Police said 40 people were killed in the protests, including 12 children. Three more people died on Tuesday.',
    published: '2024-03-06',
  });

  it('records the scope rule on every claim', () => {
    expect(report.claims.map((c) => [c.estimate, c.scope, c.rules?.scope])).toEqual([
      [40, 'total', 'total'],
      [12, 'part', 'subgroup'],
      [3, 'new', 'increment'],
    ]);
  });

  it('prints one row per claim with its scope rule', () => {
    const lines = explainTable(report).split('\n');
    expect(lines[3]).toMatch(/^#\s+category\s+figure\s+scope\s+scope rule\s+category rule\s+source \(rule\)\s+revision \(rule\)\s+span$/);
    expect(lines.find((l) => l.includes('"12 children"'))).toMatch(/\bpart\s+subgroup\b/);
    expect(lines.find((l) => l.includes('Three more'))).toMatch(/\bnew\s+increment\b/);
  });

  it('shows the category and source rules when a claim carries them', () => {
    const claim = { ...report.claims[0]!, rules: { scope: 'total', category: 'passive-harm-verb', source: 'said-subject' } };
    const text = explainTable({ ...report, claims: [claim] });
    expect(text).toContain('passive-harm-verb');
    expect(text).toContain('Police (said-subject)');
  });

  it('shows a revision with the rule that read it', () => {
    const revised = extract({ text: 'The provincial health office lowered its count of the dead to 57 on Friday.', published: '2024-03-06' });
    const line = explainTable(revised)
      .split('\n')
      .find((l) => l.includes('57'));
    expect(line).toMatch(/\bdown \(revised-to\)/);
  });
});
