/**
 * A word tokenizer with offsets, shared by the rule stages (quantities, claims, attribution).
 * Sentences come from wink-nlp; inside a sentence the rules need words with their exact
 * positions and a lower-cased form, nothing more.
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, with typographic apostrophes folded to "'". */
  lower: string;
  start: number;
  end: number;
}

// Numbers keep their separators ("12,000", "1.5"); words keep inner hyphens and apostrophes
// ("twenty-five", "country's"); any other non-space character is a token of its own.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // exec rather than matchAll: this runs for every sentence of every document.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({
      text: t,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      start: offset + m.index,
      end: offset + m.index + t.length,
    });
  }
  return out;
}

/** Does the token open with a digit (0-9)? Read from its first code, as the rules ask it of most tokens. */
export const isDigits = (t: Token | undefined): boolean => {
  const c = t ? t.text.charCodeAt(0) : NaN;
  return c >= 48 && c <= 57;
};
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Does `text` open with a capital letter (Unicode Lu)? The rules ask it of nearly every token: an
 * ASCII first letter is read from its code, the rest by the expression (a regular expression
 * literal in a loop is a new object each time it is evaluated, and its call costs more than the test).
 */
export function startsCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(text);
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && startsCapitalised(t.text);

/** True when `words` (lower case) appear at tokens[i...]. */
export function matchesAt(tokens: Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** True when `words` end exactly at tokens[i - 1]. */
export function endsBefore(tokens: Token[], i: number, words: readonly string[]): boolean {
  return i - words.length >= 0 && matchesAt(tokens, i - words.length, words);
}
