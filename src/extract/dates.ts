/**
 * Stage 6 — dates: date expressions resolved against the published date with chrono-node,
 * plus the crisis-day convention ("day 20 of the uprising"). There is no fallback to today's
 * date: an undated report resolves relative dates against a date its text states, or not at all.
 *
 * chrono reads "on Tuesday" as the Tuesday before a report published on a Wednesday. Its
 * false hits in news text are filtered here: "now" (inside quotes it is the speaker's now),
 * a bare month name ("the November uprising" names a period, not a day), and "in 40 years"
 * (a span of the past, which chrono turns into a future date).
 */
// English only: the package's main entry loads its fifteen other locales too (~270 modules, most
// of `tally extract`'s start-up); `chrono-node/en`'s parse is the same casual English parser.
import * as chrono from 'chrono-node/en';
import type { DateMention } from '../domain.js';
import { EARLIER_CLAUSE_STOPS, EARLIER_CUES, MONTH_NAMES } from './lexicon/index.js';

/**
 * chrono's casual English parser, with each of its parsers run only on text that can hold a match.
 *
 * chrono runs the expression of every one of its parsers over the whole line, and most find
 * nothing: that scan was most of the time dates took. For several parsers every match holds one
 * of a few words ("3 days ago" ends with ago, before or earlier; a month-name date holds a month's
 * first three letters, in any case; a month's name stands apart from the word around it). Where the text holds none of them the parser is left out of
 * that text's parse, which it could not have added to: the results are chrono's own (dates.test.ts
 * holds the two equal). Each cue is read off the parser's pattern in chrono-node 2.10 (its
 * locales/en/parsers); a parser not named here runs as chrono runs it.
 */
/** Parsers every match of which holds one of these words (in any case, perhaps inside a longer word). */
const WORD_CUES: Readonly<Record<string, readonly string[]>> = {
  // "(TIME_UNITS)\s{0,5}(?:ago|before|earlier)(?=\W|$)"
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  // "(TIME_UNITS)\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)"
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  // "(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)"
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  // "(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)"
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  // "(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)"
  ENEndOfCurrentMonthParser: ['month'],
  // "(this|last|past|next|after\s*this)\s*(TIME_UNIT_DICTIONARY)"
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
};
/**
 * A name of MONTH_DICTIONARY ("sept.", "december", "mar") as the four month parsers take it: after
 * a non-letter or the start, or glued to what may stand before it in their patterns ("in" and "of",
 * an ordinal's "1st", "first", "third", "fifth", a year's "AD", "BC", "BE", "BCE"); and before a
 * non-letter or the end, or glued to an ordinal ("March first") or "of". Not "market", "junta",
 * "decided" or "doctor".
 */
const MONTH_NAME =
  /(?:^|[^a-z]|in|of|st|nd|rd|th|ad|bc|be|ce)(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:[^a-z]|$|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)/i;
/**
 * A name of WEEKDAY_DICTIONARY ("thurs.", "sunday"), "weekend" or "weekday" as the weekday parser
 * takes it: after a non-letter, the start, "on" or "this", "last", "past", "next" (its prefixes,
 * perhaps glued); before a non-letter, the end, or its suffix's "of", "this", "last", "past",
 * "next". Not "month", "showed", "Africa" or "Sunni".
 */
const WEEKDAY_NAME =
  /(?:^|[^a-z]|on|is|st|xt)(?:sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)(?:[^a-z]|$|of|this|last|past|next)/i;

/** Parsers every match of which this expression finds in the text. */
const PATTERN_CUES: Readonly<Record<string, RegExp>> = {
  // "(?:(?:,|\(|（)\s*)?(?:on\s*?)?(?:(this|last|past|next)\s*)?(WEEKDAY|weekend|weekday)(?:\s*(?:,|\)|）))?(?:\s*(?:of\s*)?(this|last|past|next)\s*week)?(?=\W|$)"
  ENWeekdayParser: WEEKDAY_NAME,
  // "(?:on\s{0,3})?(ORDINAL)(?:…(ORDINAL))?(?:-|/|\s{0,3}(?:of)?\s{0,3})(MONTH)(?:(?:-|/|,?\s{0,3})(YEAR(?!\w)))?(?=\W|$)"
  ENMonthNameLittleEndianParser: MONTH_NAME,
  // "(MONTH)(?:-|/|\s*,?\s*)(ORDINAL)(?!\s*(?:am|pm))\s*(?:…)?(?:(?:-|/|\s*,\s*|\s+)(YEAR))?(?=\W|$)(?!\:\d)"
  ENMonthNameMiddleEndianParser: MONTH_NAME,
  // "((?:in)\s*)?(MONTH)\s*(?:(?:,|-|of)?\s*(YEAR))?)?(?=[^\s\w]|\s+[^0-9]|\s+$|$)"
  ENMonthNameParser: MONTH_NAME,
  // "(YEAR)(?:\s*[-.\/,]?\s*|\s+of\s+)(MONTH)(?=[^\s\w]|\s+[^0-9]|\s+$|$)", YEAR ending in a digit, BE, AD, BC, BCE or CE
  ENYearMonthNameParser: MONTH_NAME,
  // Its primary pattern holds "(\d{1,4})" whatever its prefix and suffix.
  ENTimeExpressionParser: /\d/,
  // "(this|last|past|next|after|\+|-)\s*(TIME_UNITS)": TIME_UNITS opens with about/around or a number (NUMBER_PATTERN).
  ENTimeUnitCasualRelativeFormatParser:
    /(?:this|last|past|next|after|\+|-)\s*(?:about|around|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a|few|several|the|couple)/i,
  // "([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})…"
  ISOFormatParser: /\d{4}-\d/,
  // "([0-9]{4})[-\.\/\s](?:(MONTH)|([0-9]{1,2}))[-\.\/\s]([0-9]{1,2})"
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  // "([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]([0-3]{0,1}[0-9]{1})…"
  SlashDateFormatParser: /\d[-./]\d/,
  // "([0-9]|0[1-9]|1[012])/([0-9]{4})"
  ENSlashMonthFormatParser: /\d\/\d/,
};
/** Each cued parser's cue as one expression. */
export const PARSER_CUES: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(Object.entries(WORD_CUES).map(([name, words]) => [name, new RegExp(words.join('|'), 'i')])),
  ...PATTERN_CUES,
};

/**
 * The cue words a text holds, found in one pass (not one pass a parser): at each place a word of
 * any cue starts, the longest one (the words are tried longest first); the shorter ones starting
 * there are its beginnings. Each word
 * stands for the bits of the word lists its beginnings are in.
 */
const wordLists = [...new Set(Object.values(WORD_CUES))];
const cueWords = [...new Set(wordLists.flat())].sort((a, b) => b.length - a.length);
const CUE_WORD = new RegExp(cueWords.join('|'), 'gi');
const cueBits = new Map(cueWords.map((w) => [w, wordLists.reduce((bits, list, k) => (list.some((c) => w.startsWith(c)) ? bits | (1 << k) : bits), 0)]));

function cueWordBits(text: string): number {
  let bits = 0;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m; m = CUE_WORD.exec(text)) {
    bits |= cueBits.get(m[0].toLowerCase())!;
    // The next word may start inside this one ("monthly", "tonight").
    CUE_WORD.lastIndex = m.index + 1;
  }
  return bits;
}

/** A parser of chrono's, with what a text must hold for it to be read. */
interface Cued {
  parser: chrono.Parser;
  /** The bit of its word list, or 0. */
  bit: number;
  pattern: RegExp | null;
}

/** chrono's parser, reading each text with only the parsers whose cue the text holds (the same results, sooner). */
class CuedChrono extends chrono.Chrono {
  private readonly cued: Cued[];

  constructor() {
    super({ parsers: chrono.casual.parsers, refiners: chrono.casual.refiners });
    this.cued = chrono.casual.parsers.map((parser) => {
      const name = parser.constructor.name;
      const words = WORD_CUES[name];
      return { parser, bit: words ? 1 << wordLists.indexOf(words) : 0, pattern: PATTERN_CUES[name] ?? null };
    });
  }

  override parse(text: string, reference?: chrono.ParsingReference | Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
    const bits = cueWordBits(text);
    // (One test per expression: several parsers share one.)
    const found = new Map<RegExp, boolean>();
    const holds = (pattern: RegExp) => {
      let yes = found.get(pattern);
      if (yes === undefined) found.set(pattern, (yes = pattern.test(text)));
      return yes;
    };
    this.parsers = this.cued.filter((c) => (c.bit ? (bits & c.bit) !== 0 : c.pattern === null || holds(c.pattern))).map((c) => c.parser);
    return super.parse(text, reference, option);
  }
}

/** chrono.casual with every parser cued. */
export const cuedChrono: chrono.Chrono = new CuedChrono();

/** chrono's parse of one text with Tally's options: UTC, never a date forward of the reference. */
const parseWithChrono = (text: string, reference: Date): chrono.ParsedResult[] =>
  cuedChrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The same day a year earlier (29 February becomes 1 March). */
const yearEarlier = (isoDate: string) => iso(new Date(Date.parse(`${Number(isoDate.slice(0, 4)) - 1}${isoDate.slice(4)}T00:00:00Z`)));
/** Words in a date that put it ahead of the report ("next week", "the coming days"). */
const AHEAD_IN_DATE = /\b(?:next|coming|tomorrow|upcoming)\b/i;
/** Words in or around a date that put it ahead of the report (also "will", "set for"). */
const FUTURE_WORDS = new RegExp(`${AHEAD_IN_DATE.source}|\\b(?:will|shall|set for|scheduled|planned|due)\\b`, 'i');
/** A weekday's name in a date's text. */
const WEEKDAY_NAMED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** How far around a date its future words may stand (a few words). */
const FUTURE_REACH = 30;
const addDays = (isoDate: string, n: number) => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY_MS));

/** Monday..Sunday of the ISO week holding `day`. */
function weekOf(day: string): [string, string] {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = addDays(day, -((d.getUTCDay() + 6) % 7));
  return [monday, addDays(monday, 6)];
}

/** "day 20 of the protests", "Day 20:", "the 20th day of the uprising". */
const CRISIS_DAY = /\b(?:day|Day|DAY)\s+(\d{1,4})\b|\b(\d{1,4})(?:st|nd|rd|th)\s+day\b/g;
const CRISIS_WORDS =
  /\b(?:protests?|uprising|crisis|unrest|war|strike|siege|revolution|demonstrations?|movement|crackdown|blackout|conflict|invasion|occupation|ceasefire|intifada)\b/i;

function crisisDays(text: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(CRISIS_DAY)) {
    const n = Number(m[1] ?? m[2]);
    if (!(n >= 1 && n <= 3650)) continue;
    // Only a day count of a crisis: the words around it must name one.
    const around = text.slice(Math.max(0, m.index! - 80), m.index! + m[0].length + 80);
    if (!CRISIS_WORDS.test(around)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    out.push({
      date: published,
      end: published,
      kind: 'crisis_day',
      crisisStart: addDays(published, -(n - 1)),
      span: { start, end, text: text.slice(start, end) },
    });
  }
  return out;
}

/** How many units a span counts ("two days", "48 hours", "a week"). */
const UNITS_COUNTED =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\\d+)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)';

/**
 * Spans chrono dates from its reference that are no date of the report's: a duration ("for two
 * days", "within 48 hours", "after three days") and a span counted on from a moment the story tells
 * ("two days later", "the days after"). "Three days ago", "a day earlier" (news counts back from
 * the day it reports) and "over the past week" stay.
 */
const NOT_FROM_REPORT = new RegExp(
  `^(?:(?:for|within|after|during)\\s+(?:the\\s+(?:next|following|first)\\s+)?${UNITS_COUNTED}|(?:the\\s+)?(?:${UNITS_COUNTED}|days|weeks|months)\\s+(?:later|after))$`,
  'i',
);

const MONTH_ONLY =
  /^(?:in\s+|of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words without which chrono finds nothing; lines without any are not given to it. */
const DATE_CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|ago|last|next|this|past|week|month|year|weekend|noon|midnight|morning|evening|night|day|\d{4}|\d{1,2}[/.-]\d{1,2})/i;

/** The longest line given to chrono whole: its refiners rescan the line before each date found, so a huge line costs its length squared. */
const MAX_PIECE = 10_000;

/** A line as pieces chrono reads separately: the line itself, or for a huge line (a pasted annex), pieces cut after a sentence's end. */
function pieces(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_PIECE) return [[start, end]];
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_PIECE) {
    const window = text.slice(from, from + MAX_PIECE);
    const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const space = window.lastIndexOf(' ');
    const cut = from + (stop > 0 ? stop + 2 : space > 0 ? space + 1 : MAX_PIECE);
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

/** chrono over the lines that may hold a date (those `cue` matches), with offsets back into the whole text. */
function parseDates(text: string, reference: Date, cue: RegExp = DATE_CUE): Array<{ result: chrono.ParsedResult; index: number }> {
  const out: Array<{ result: chrono.ParsedResult; index: number }> = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    for (const [from, to] of pieces(text, start, end)) {
      const raw = text.slice(from, to);
      if (!cue.test(raw)) continue;
      // "the July 1 march", "the 5 may": English writes a month's name capitalised; in lower case it
      // is the noun or the verb, hidden from chrono (which reads names in any case) at the same length.
      // (Only lines that may hold a date are rewritten: most hold none.)
      const line = raw.replace(LOWER_CASE_MONTH, (m) => ' '.repeat(m.length));
      if (cue.test(line)) {
        for (const r of parseWithChrono(line, reference)) out.push({ result: r, index: from + r.index });
      }
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

const FOUR_DIGITS = /\d{4}/;

/** A month's name in lower case ("1 march"): no month in English. */
const LOWER_CASE_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'g');

/**
 * How many days past the latest date a report without a publication date states it may tell of
 * ("From October 18, 2019, thousands poured into the streets … On October 22, the minister said"):
 * weeks, not a season, so "on 5 May" in a report that states "12 January 2020" is the May before.
 */
const TEXT_ANCHOR_REACH = 60;

/** A date chrono read with its day, month and year all stated ("December 4, 2019", "2021-06-10"). */
const isComplete = (r: chrono.ParsedResult) =>
  r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && /\d{4}/.test(r.text) && !r.end;

/**
 * The date relative expressions count back from when the report has no publication date: the
 * latest complete date the text states (a dateline, "date 2021-06-10"), which the report
 * cannot predate. Null when the text states none: then "on Monday" stays unresolved.
 */
function textAnchor(text: string): string | null {
  let latest: string | null = null;
  // A complete date's text holds a four-digit year, so lines without one are not read.
  for (const { result } of parseDates(text, new Date(Date.UTC(2000, 0, 1)), FOUR_DIGITS)) {
    if (!isComplete(result)) continue;
    const day = iso(result.start.date());
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/**
 * A figure after a date's comma, which chrono reads as part of the date: "On Sunday, 21 police
 * officers" (the day of the month), "On 5 May, 40 people" (a two-digit year). A year after a
 * comma is written with four digits.
 */
const DATE_THEN_FIGURE =
  /^(.*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+)),\s*\d{1,3}$/iu;

/**
 * Date expressions resolved against the published date, else against the latest complete
 * date the text states. Without either, only dates that need no reference (a day, month and
 * year) are kept: nothing is resolved against today's date. No date after the publication date
 * (or weeks after the text's latest date, when there is none) is kept unless the text says it lies
 * ahead ("next week").
 */
export function findDates(text: string, published: string | null): DateMention[] {
  const anchor = published ?? textAnchor(text);
  const reference = anchor ? new Date(`${anchor}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const results = parseDates(text, reference);
  // A report is published on its date; one without a date was written on or after the latest date
  // it states, so days of the months after that one are its own (TEXT_ANCHOR_REACH).
  const dayAfter = published ? addDays(published, 1) : anchor ? addDays(anchor, TEXT_ANCHOR_REACH) : null;
  const mentions: DateMention[] = [];
  for (const parsed of results) {
    let { result: r } = parsed;
    const { index } = parsed;
    let trimmed = r.text.replace(/[\s,.;:]+$/, '');
    const weekday = DATE_THEN_FIGURE.exec(trimmed);
    if (weekday) {
      const again = parseWithChrono(weekday[1]!, reference)[0];
      if (!again) continue;
      r = again;
      trimmed = weekday[1]!;
    }
    if (/^now$/i.test(trimmed) || MONTH_ONLY.test(trimmed) || NOT_FROM_REPORT.test(trimmed)) continue;
    // "10,000 to 15,000": the tail of a figure read as a day.
    if (index > 0 && /[\d,.]/.test(text[index - 1]!) && /^\d/.test(trimmed)) continue;
    const start = index;
    const end = start + trimmed.length;
    let date = iso(r.start.date());
    let last = r.end ? iso(r.end.date()) : date;
    const isWeek = /\bweek\b/i.test(trimmed) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(trimmed);
    const days = dayFirstRange(trimmed, date);
    if (days) [date, last] = days;
    else if (isWeek) [date, last] = weekOf(date);
    else if (
      !r.start.isCertain('day') &&
      !r.end &&
      !/\b(?:today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(trimmed)
    ) {
      // A month ("November 2019"): the whole month.
      const d = r.start.date();
      last = iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
    }
    const relative =
      !r.start.isCertain('year') ||
      /\b(?:today|yesterday|tomorrow|last|next|this|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(trimmed);
    // Nothing to count back from: "on Monday" in an undated report is left unresolved. (Nor "tonight",
    // "at noon" or "in three days", which chrono dates from its reference as if their year were stated:
    // without an anchor only a date whose text states its year stands.)
    if (!anchor && (relative || !FOUR_DIGITS.test(trimmed))) continue;
    if (anchor) {
      // The words around the date that put it ahead of the report ("will", "set for", "next").
      const aheadInText = () => FUTURE_WORDS.test(text.slice(Math.max(0, start - FUTURE_REACH), end + FUTURE_REACH));
      // "in 40 years" and other spans chrono projects into the future of the report.
      if (/^in\s+\d+\s+\w+$/i.test(trimmed) && date > anchor) continue;
      // A day and month without a year that chrono put ahead of the report ("on May 5" in a
      // January report) is the last one before it: reports tell what happened.
      if (date > dayAfter! && !r.start.isCertain('year') && r.start.isCertain('month') && !aheadInText()) {
        [date, last] = [yearEarlier(date), yearEarlier(last)];
      }
      // "on Sunday" in a Saturday's report: chrono takes the nearest Sunday, the one ahead; a
      // weekday the text does not set ahead is the last one (reports tell what happened).
      if (date > anchor && WEEKDAY_NAMED.test(trimmed) && !/\b(?:this|next|coming)\b/i.test(trimmed) && !aheadInText()) {
        [date, last] = [addDays(date, -7), addDays(last, -7)];
      }
      if (date > dayAfter! && !AHEAD_IN_DATE.test(trimmed)) continue;
    }
    mentions.push({ date, end: last, kind: relative ? 'relative' : 'absolute', span: { start, end, text: text.slice(start, end) } });
  }
  if (anchor) mentions.push(...crisisDays(text, anchor));
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/** "from 3 to 5 May", "3 to 5 May 2024", "from 28 April to 2 May": days before their month. */
const DAY_FIRST_RANGE = new RegExp(
  `^(?:from\\s+|between\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(${MONTH_NAMES.join('|')}))?\\s*(?:to|until|till|through|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES.join('|')})(?:\\s+\\d{4})?$`,
  'i',
);

/**
 * The first and last day of a range of days written before their month, which chrono reads as
 * hours of the month's first day ("from 3 to 5 May" → 1 May) or as its last day alone; `parsed`
 * is chrono's date, whose year (and month, when both days share it) the range keeps. Null when
 * the text is no such range.
 */
function dayFirstRange(text: string, parsed: string): [string, string] | null {
  const m = DAY_FIRST_RANGE.exec(text);
  if (!m) return null;
  const month = (name: string) => MONTH_NAMES.indexOf(name.toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
  const lastMonth = month(m[4]!);
  const firstMonth = m[2] ? month(m[2]) : lastMonth;
  const year = Number(parsed.slice(0, 4));
  const day = (y: number, mo: number, d: number) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const [first, last] = [Number(m[1]), Number(m[3])];
  if (first < 1 || last < 1 || first > 31 || last > 31 || (firstMonth === lastMonth && first >= last)) return null;
  // ("from 28 December to 2 January": the first day is of the year before.)
  return [day(firstMonth > lastMonth ? year - 1 : year, firstMonth, first), day(year, lastMonth, last)];
}

/** Dates that open a period ("since January 2", "began on October 1") do not date a figure. */
const PERIOD_START =
  /\b(?:since|from|between|began|begun|started|starting|erupted|broke out|beginning)(?:\s+(?:in|across|at)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:on\s+)?$/iu;
/** How far before a date PERIOD_START is read ("broke out in Iran on"). */
const PERIOD_START_REACH = 48;

/** How a claim's as-of date was found (`claim.rules.asOf`). */
export type AsOfRule = 'stated-date' | 'earlier-than-report' | 'publication';

/**
 * Where the figure's own clause marks it as earlier than the report ("had earlier said 359",
 * "the government's earlier figure, when officials said 40", "previously reported 40 deaths"):
 * the offset just after the marker, or -1. A clause break between marker and figure ("earlier
 * 40, but now 44") ends it.
 */
function earlierMarkAt(text: string, sentenceStart: number, figureStart: number): number {
  const from = Math.max(sentenceStart, figureStart - EARLIER_REACH);
  const before = text.slice(from, figureStart);
  let at = -1;
  WORD_OR_STOP.lastIndex = 0;
  for (let m = WORD_OR_STOP.exec(before); m; m = WORD_OR_STOP.exec(before)) {
    const w = m[0].toLowerCase();
    if (EARLIER_CUES.has(w)) at = from + m.index + m[0].length;
    else if (at >= 0 && EARLIER_CLAUSE_STOPS.has(w)) at = -1;
  }
  return at;
}
const WORD_OR_STOP = /\p{L}+|;/gu;
/** How far before a figure its "earlier" may stand (about a dozen words). */
const EARLIER_REACH = 90;

/**
 * The date a claim holds for, and the rule that gave it:
 * - stated-date: the nearest date stated in its sentence (before the figure first, as "on
 *   Tuesday" usually precedes or follows the verb closely);
 * - earlier-than-report: a figure its clause marks as earlier than the report, in a sentence
 *   that states no date, holds at the latest for the day before the publication date (it is
 *   never dated to the report, where a superseded figure would read as current);
 * - publication: else the published date, else none.
 * Never a date after the publication date. The mentions come from findDates, which resolves a
 * relative date only against the publication date or a date the text states.
 */
/**
 * Words that compare a figure with an earlier one ("up from", "compared with", "than its count",
 * "over Monday's"; not "more than 200", a bound), with no stop between them and the end of the text read.
 */
const COMPARED_EARLIER =
  /\b(?:(?:up|down)\s+from\b|compared\s+(?:with|to)\b|than\s+(?!(?:about|around|some|nearly|almost)?\s*\d)|over\s+(?=\S+['’]s\b))[^.;!?]*$/i;

export function asOfRuled(
  claim: { figure: { start: number; end: number } },
  sentence: { start: number; end: number },
  dates: DateMention[],
  text: string,
  published: string | null,
): { asOf: string | null; rule: AsOfRule } {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  // Dates come in text order (findDates sorts them): only those from the sentence's start on
  // are read, so a document with thousands of figures and dates stays linear.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.span.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length && dates[k]!.span.start <= sentence.end; k++) {
    const d = dates[k]!;
    // Periods ("last week", "November 2019") do not date a figure to a day.
    if (d.kind === 'crisis_day' || d.end !== d.date) continue;
    if (d.span.start < sentence.start || d.span.end > sentence.end) continue;
    if (PERIOD_START.test(text.slice(Math.max(sentence.start, d.span.start - PERIOD_START_REACH), d.span.start))) continue;
    if (published && d.date > published) continue;
    // "The toll is now 33, up from 29 reported on Monday", "five more than its count on Friday": a
    // date after a comparison with an earlier figure is that figure's, not this one's.
    // ("an increase of 12 over Monday's figure": the date's own possessive read with it.)
    if (
      d.span.start >= claim.figure.end &&
      COMPARED_EARLIER.test(text.slice(claim.figure.end, d.span.start) + text.slice(d.span.start, d.span.end + 2).replace(/\s.*$/, ''))
    )
      continue;
    const distance = d.span.start >= claim.figure.end ? d.span.start - claim.figure.end : claim.figure.start - d.span.end;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (best) return { asOf: best.date, rule: 'stated-date' };
  // (The words before the figure are read only when no date of its sentence decides.)
  if (published && earlierMarkAt(text, sentence.start, claim.figure.start) >= 0) return { asOf: addDays(published, -1), rule: 'earlier-than-report' };
  return { asOf: published, rule: 'publication' };
}

/** The date a claim holds for (asOfRuled without its rule). */
export function asOfFor(
  claim: { figure: { start: number; end: number } },
  sentence: { start: number; end: number },
  dates: DateMention[],
  text: string,
  published: string | null,
): string | null {
  return asOfRuled(claim, sentence, dates, text, published).asOf;
}
