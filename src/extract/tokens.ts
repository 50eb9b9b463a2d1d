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
/** TOKEN at one position (sticky): the tokens the fast path of `tokenize` leaves to it. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** The tokens of `text` as TOKEN finds them, with their offsets shifted by `offset`. */
export function tokenizeByPattern(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push(token(m[0], offset + m.index));
  return out;
}

function token(t: string, start: number): Token {
  const lower = t.toLowerCase();
  return { text: t, lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower, start, end: start + t.length };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The tokens of TOKEN (`tokenizeByPattern` gives the same), read from the character codes where
 * the text is ASCII: a number, a word of ASCII letters (with its inner hyphens and apostrophes)
 * or another single character. A token that starts or runs on outside ASCII ("café", "don’t",
 * "Zürich"), and any whitespace but a space, is left to the expression at its position. This runs
 * for every sentence of every document: the expression's match objects cost more than the rest.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      // \d+(?:[.,]\d+)*
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      while (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const t = text.slice(i, j);
      out.push({ text: t, lower: t, start: offset + i, end: offset + j });
      i = j;
      continue;
    }
    if (isAsciiLetter(c)) {
      // [\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)* while it stays ASCII.
      let j = i + 1;
      let ascii = true;
      for (;;) {
        while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (d >= 128) ascii = false;
        else if ((d === 45 || d === 39) && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (isAsciiLetter(e)) {
            j += 2;
            continue;
          }
          if (e >= 128) ascii = false;
        }
        break;
      }
      if (ascii) {
        const t = text.slice(i, j);
        out.push({ text: t, lower: t.toLowerCase(), start: offset + i, end: offset + j });
        i = j;
        continue;
      }
    } else if (c < 128 && (c < 9 || c > 13)) {
      // \S: an ASCII character that is neither whitespace, a digit nor a letter.
      const t = text[i]!;
      out.push({ text: t, lower: t, start: offset + i, end: offset + i + 1 });
      i++;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      // Whitespace (no whitespace is outside the Basic Multilingual Plane).
      i++;
      continue;
    }
    out.push(token(m[0], offset + i));
    i += m[0].length;
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
