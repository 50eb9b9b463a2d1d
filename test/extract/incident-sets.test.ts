import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { incidentFiles, rate, scoreIncidents } from '../../src/eval/incidents.js';

/**
 * The project's blind incident sets (test/extract/incidents, src/eval/incidents.ts): one-paragraph
 * descriptions in the style of conflict-event databases, written by people who never ran the
 * extractor. Floors on each file's tune and check parts, so a change that loses deaths or injuries
 * on descriptions it was not written for fails.
 */
const files = incidentFiles(fileURLToPath(new URL('./incidents', import.meta.url)));

describe('blind incident sets', () => {
  it('holds ten sets of 240 descriptions', () => {
    expect(files.map((f) => f.split('/').pop())).toEqual([
      'acled-style.json',
      'casualty-records.json',
      'court-and-police.json',
      'gtd-style.json',
      'humanitarian-flash.json',
      'list-entries.json',
      'long-notes.json',
      'monitor-updates.json',
      'regional-press.json',
      'wire-style.json',
    ]);
  });

  // [file, killed floor, injured floor, no-count texts with a claim allowed per part]
  // (The floors sit just under each set's weakest part. The two sets written on 4 December, twelfth session,
  // were measured before any rule read them, on that session's starting code (225e4b8) and on its code when they
  // arrived (killed tune / check, injured tune / check): court and police 0.78 / 0.77, 0.79 / 0.85 and 0.79 / 0.78,
  // 0.82 / 0.90; humanitarian flash updates 0.91 / 0.95, 0.97 / 0.92 and 0.91 / 0.96, 0.97 / 0.94, 2 of its 20
  // no-count texts (all in the check part) given a claim. The session then read only the court set's tune part.)
  it.each([
    ['acled-style.json', 0.82, 0.86, 1],
    ['casualty-records.json', 0.82, 0.86, 1],
    ['court-and-police.json', 0.76, 0.82, 1],
    ['gtd-style.json', 0.82, 0.86, 1],
    ['humanitarian-flash.json', 0.82, 0.86, 2],
    ['list-entries.json', 0.82, 0.86, 1],
    ['long-notes.json', 0.82, 0.86, 1],
    ['monitor-updates.json', 0.82, 0.86, 1],
    ['regional-press.json', 0.82, 0.86, 1],
    ['wire-style.json', 0.82, 0.86, 1],
  ] as const)('%s: killed >= %s, injured >= %s, at most %s no-count texts with a claim per part', (name, killed, injured, falses) => {
    const file = files.find((f) => f.endsWith(`/${name}`))!;
    for (const score of scoreIncidents(file, (text) => extract({ text }).claims)) {
      const at = `${score.file} ${score.part}`;
      expect(rate(score.recall.get('killed')!), at).toBeGreaterThanOrEqual(killed);
      expect(rate(score.recall.get('injured')!), at).toBeGreaterThanOrEqual(injured);
      expect(score.falseTexts, at).toBeLessThanOrEqual(falses);
    }
  });
});
