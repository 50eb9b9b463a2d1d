/**
 * Countries named in a source's name, by name ("Kazakhstan's interior ministry", "the United
 * States") or demonym ("Iraqi Interior Ministry"). Names come from the gazetteer's country table
 * (assets/gazetteer/countries.json, 10 KB: the city gazetteer is not loaded for this); demonyms
 * from the name by the usual English suffixes, plus the irregular ones in words.ts.
 */
import { readFileSync } from 'node:fs';
import { IRREGULAR_DEMONYMS } from './words.js';

type CountryRow = [code: string, name: string, alternates: string[], lat: number, lon: number];

let table: { byWords: Map<string, string>; names: Map<string, string>; shortNames: Map<string, string>; longest: number } | null = null;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function load() {
  if (table) return table;
  const rows = JSON.parse(readFileSync(new URL('../../assets/gazetteer/countries.json', import.meta.url), 'utf8')) as CountryRow[];
  const byWords = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (words: string, code: string) => {
    const k = fold(words);
    if (k && !byWords.has(k)) byWords.set(k, code);
  };
  // Names first, then irregular demonyms, then the derived ones (a derived form never shadows a name).
  for (const [code, name, alternates] of rows) {
    names.set(code, name);
    add(name, code);
    for (const a of alternates) if (a.length > 2 || /^[A-Z]{2,3}$/.test(a)) add(a, code);
  }
  for (const [word, code] of Object.entries(IRREGULAR_DEMONYMS)) add(word, code);
  for (const [code, name] of rows) {
    // "Sri Lanka" -> "Sri Lankan", "South Africa" -> "South African": a name of several words
    // takes the suffix on its last word.
    const words = fold(name).split(' ');
    const n = words.pop()!;
    const lead = words.length ? `${words.join(' ')} ` : '';
    for (const form of [
      `${n}i`,
      `${n}ian`,
      `${n}n`,
      `${n}an`,
      `${n}ese`,
      n.replace(/a$/, 'an'),
      n.replace(/e$/, 'ian'),
      n.replace(/y$/, 'ian'),
      n.replace(/stan$/, ''),
      n.replace(/stan$/, 'i'),
    ]) {
      if (form !== n && form.length >= 4) add(lead + form, code);
    }
  }
  let longest = 1;
  for (const k of byWords.keys()) longest = Math.max(longest, k.split(' ').length);
  // A formal name's short form: an alternate of several letters that the name ends with after "of", or begins with
  // before "of", and that names this country alone.
  const shortNames = new Map<string, string>();
  const claimed = new Map<string, number>();
  for (const [, , alternates] of rows) for (const a of new Set(alternates)) claimed.set(a, (claimed.get(a) ?? 0) + 1);
  for (const [code, name, alternates] of rows) {
    const short = alternates
      .filter((a) => a.length > 3 && a !== name && claimed.get(a) === 1 && (name.endsWith(` of ${a}`) || name.startsWith(`${a} of `)))
      .sort((a, b) => a.length - b.length)[0];
    if (short) shortNames.set(code, short);
  }
  table = { byWords, names, shortNames, longest };
  return table;
}

/** The ISO code of the country a phrase names ("iraqi", "kazakhstan", "united states"), or null. */
export function countryOfWords(words: string): string | null {
  return load().byWords.get(fold(words)) || null;
}

/**
 * The country's name, for display ("KZ" -> "Kazakhstan"), in its short common form where the table's
 * formal name holds one that no other country goes by ("United Republic of Tanzania" -> "Tanzania",
 * "United States of America" -> "United States"; "Democratic Republic of the Congo" stays whole).
 */
export function countryName(code: string): string {
  const { names, shortNames } = load();
  return shortNames.get(code) ?? names.get(code) ?? code;
}

/**
 * The countries named in a name, as word ranges (longest phrase first at each position):
 * "Iraqi Interior Ministry" -> [{code: "IQ", start: 0, end: 1}].
 */
export function countriesIn(words: string[]): Array<{ code: string; start: number; end: number }> {
  const { byWords, longest } = load();
  const out: Array<{ code: string; start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const code = byWords.get(fold(words.slice(i, i + n).join(' ')));
      if (code) {
        out.push({ code, start: i, end: i + n });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
