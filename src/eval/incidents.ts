/**
 * Recall on one-paragraph incident descriptions written for the project in the style of conflict-
 * event databases (test/extract/incidents/*.json: ACLED notes, GTD and UCDP summaries, wire
 * briefs). Each item lists every harm figure it states as "category estimate"; items with none
 * state no count of people harmed. Written blind (their writers never ran the extractor), they
 * are split by position: even items to tune on, odd items to check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CountClaim } from '../domain.js';
import type { Part } from './split.js';

export interface IncidentItem {
  text: string;
  /** Every harm figure the text states, as "category estimate" ("killed 2"). */
  claims: string[];
}

/** Recall per category, and the no-count texts given a killed or injured claim, for one part of one file. */
export interface IncidentScore {
  file: string;
  part: Part;
  /** Category -> [found, stated]. */
  recall: Map<string, [number, number]>;
  noCount: number;
  falseTexts: number;
  misses: Array<{ index: number; missed: string[]; text: string }>;
  falses: Array<{ index: number; claims: string[]; text: string }>;
}

export const incidentPart = (index: number): Part => (index % 2 === 0 ? 'tune' : 'check');

export function readIncidents(path: string): IncidentItem[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: IncidentItem[] }).items;
}

/** The incident sets in `dir`, sorted. */
export function incidentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

const harmLabel = (c: CountClaim) => `${c.category} ${c.estimate}`;
const killedOrInjured = (c: CountClaim) => c.category === 'killed' || c.category === 'injured';

/** Scores one file's tune and check parts with `extractClaims` (the text's claims). */
export function scoreIncidents(path: string, extractClaims: (text: string) => CountClaim[]): IncidentScore[] {
  const parts = new Map<Part, IncidentScore>();
  readIncidents(path).forEach((item, index) => {
    const part = incidentPart(index);
    const score: IncidentScore = parts.get(part) ?? { file: basename(path), part, recall: new Map(), noCount: 0, falseTexts: 0, misses: [], falses: [] };
    parts.set(part, score);
    const claims = extractClaims(item.text);
    if (!item.claims.length) {
      score.noCount++;
      const wrong = claims.filter(killedOrInjured);
      if (wrong.length) {
        score.falseTexts++;
        score.falses.push({ index, claims: wrong.map(harmLabel), text: item.text });
      }
      return;
    }
    // Each found figure answers one stated figure ("killed 2" twice needs two claims).
    const left = claims.map(harmLabel);
    const missed: string[] = [];
    for (const expected of item.claims) {
      const at = left.indexOf(expected);
      if (at >= 0) left.splice(at, 1);
      else missed.push(expected);
      const category = expected.split(' ')[0]!;
      const [hit, all] = score.recall.get(category) ?? [0, 0];
      score.recall.set(category, [hit + (at >= 0 ? 1 : 0), all + 1]);
    }
    if (missed.length) score.misses.push({ index, missed, text: item.text });
  });
  return [...parts.values()].sort((a, b) => (a.part === b.part ? 0 : a.part === 'tune' ? -1 : 1));
}

export const rate = ([hit, all]: [number, number]): number => (all ? hit / all : 0);
