/**
 * Stage 1 — clean: turn the input (plain text or HTML) into the article text every later
 * span points into, and record what was removed as page noise.
 *
 * HTML goes through Mozilla Readability over linkedom's DOM; the article is flattened to
 * text with one line per block element. Plain text (and Readability's output, which keeps
 * inline ad slots) then loses whole noise lines: ad-slot sizes, captions repeated verbatim,
 * bylines and dateline metadata, share/subscribe widgets. Removing whole lines keeps every
 * other line byte-identical, so a span is always a verbatim slice of the source article.
 */
import { createRequire } from 'node:module';
import type { BoilerplateRange, ExtractInput, InputFormat, ReportDocument } from '../domain.js';
import { isFigureRow, isHeaderRow, isRuleRow, rowCells } from './table-rows.js';

/** Largest input `extract` accepts, in characters (about 5 MB of text). */
export const MAX_INPUT_CHARS = 5_000_000;

export class ExtractInputError extends Error {
  override name = 'ExtractInputError';
}

export interface CleanDocument extends ReportDocument {
  /** The author named by a removed byline ("By Human Rights Watch"), if any. */
  byline: string | null;
}

/** "728 x 90", "Advertisement 300×250": ad-slot placeholders left by scrapers. */
const AD_SLOT = /^\s*(?:advertisement|advert|sponsored|ad)?\s*[-:]?\s*\d{2,4}\s*[x×X]\s*\d{2,4}\s*$/;
const AD_LABEL = /^\s*(?:advertisement|advertisements|sponsored(?: content)?|ad|ads|scroll to continue(?: with content)?)\s*$/i;
/** "By REUTERS", "Reporting by PMOI/MEK": the writer, not part of the story. */
const BYLINE = /^\s*(?:by|reporting by|reported by|written by|edited by|story by|words by)\s+([^.!?\n]{1,80}?)\s*$/i;
/** "Published: Oct 26, 2019, 1:26 pm IST", "- Modified Date: 10:54 | 25 July 2024". */
const DATELINE_META = /^\s*[-•*]?\s*(?:staff report\s*,?\s*)?(?:published|updated|modified|posted|last updated)(?:\s+(?:date|on|at))?\s*[:|]/i;
/**
 * "(Adds revised toll, minister's comments in paragraphs 1-4)", "(Updates with new figures)": a wire
 * story's note to editors on what its update changed, a line of its own in brackets.
 */
const WIRE_UPDATE_NOTE =
  /^\s*\((?:adds|updates|recasts|rewrites|writes through|changes|corrects|fixes|refiles|repeats|removes|inserts|clarifies|adds byline)\b[^()]{0,300}\)\s*$/i;
/** Share bars, newsletter prompts and navigation crumbs that survive copy-paste. */
const WIDGET =
  /^\s*(?:share(?: this(?: article| story| page)?)?(?: on \w+)?|tweet|e-?mail|print|copy link|save|subscribe(?: now| to [\w ]+)?|sign up(?: for [\w ]+)?|follow us(?: on [\w ]+)?|read more|related(?: articles| stories| news)?|click to expand(?: image)?|comments?|\d+ comments?|skip to (?:main )?content|listen to this article|whatsapp|facebook|twitter|linkedin|telegram|reddit)\s*[:|]?\s*$/i;
/**
 * "Home > World > Asia-Pacific", "NEWS | AFRICA | CHAD": a page's section crumbs above its headline,
 * short names between separators, no figures and no sentence.
 */
const CRUMB_SEPARATOR = /\s+[>»›|]\s+/;
const CRUMB = /^[\p{L}&'’ -]{1,40}$/u;
const isCrumbLine = (t: string) => {
  const parts = t.trim().split(CRUMB_SEPARATOR);
  return t.length < 100 && parts.length >= 2 && parts.every((p) => CRUMB.test(p) && p.split(/\s+/).length <= 4);
};
/**
 * "District | Dead | Missing" over "Orlan | 40 | 6": a line of names between bars whose next line
 * has as many cells, figures after its first, is a table's header row, no crumbs.
 */
function headsTable(lines: Line[], i: number): boolean {
  const head = rowCells(lines[i]!.text);
  const next = lines.slice(i + 1).find((l) => l.text.trim() && !isRuleRow(rowCells(l.text) ?? [{ text: l.text, offset: 0 }]));
  const row = next ? rowCells(next.text) : null;
  return !!head && !!row && row.length === head.length && isHeaderRow(head) && isFigureRow(row);
}

/** The page's top, where crumbs stand: the lines before its first paragraph of body text. */
const BODY_LINE = 120;

/** Captions carry photo credits; a repeated one is the image's alt text and its caption. */
const CAPTION_HINT = /\b(?:file photo|photo|image|picture|credit|getty|afp photo|ap photo|reuters\/)\b|©/i;

const MIN_DUPLICATE_LINE = 20;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Whitespace other than single spaces: only a line holding some needs it collapsed (most lines do not). */
const UNEVEN_SPACE = /[^\S ]| {2}/;
const normaliseLine = (s: string) => (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim().toLowerCase();

/** Decide which lines are page noise. Returns the reason per removed line index. */
function classifyNoise(lines: Line[]): { reasons: Map<number, BoilerplateRange['reason']>; byline: string | null } {
  const reasons = new Map<number, BoilerplateRange['reason']>();
  let byline: string | null = null;
  const seen = new Map<string, number[]>();

  let top = true;
  lines.forEach((line, i) => {
    const t = line.text;
    if (!t.trim()) return;
    if (t.length > BODY_LINE) top = false;
    if (AD_SLOT.test(t) || AD_LABEL.test(t)) reasons.set(i, 'ad_slot');
    else if (top && isCrumbLine(t) && !headsTable(lines, i)) reasons.set(i, 'widget');
    else if (WIDGET.test(t)) reasons.set(i, 'widget');
    else if ((DATELINE_META.test(t) && t.length < 120) || WIRE_UPDATE_NOTE.test(t)) reasons.set(i, 'byline');
    else {
      const by = BYLINE.exec(t);
      if (by && by[1] && t.length < 100) {
        reasons.set(i, 'byline');
        byline ??= by[1].trim();
      }
    }
    const key = normaliseLine(t);
    if (key.length >= MIN_DUPLICATE_LINE) {
      const list = seen.get(key) ?? [];
      list.push(i);
      seen.set(key, list);
    }
  });

  for (const indices of seen.values()) {
    if (indices.length < 2) continue;
    const first = indices[0]!;
    const text = lines[first]!.text;
    // Consecutive copies (alt text + caption) or photo credits: every copy is noise.
    // A paragraph repeated further down (a pull quote, a repeated heading): keep the first.
    const consecutive = indices.every((idx, k) => k === 0 || onlyBlankBetween(lines, indices[k - 1]!, idx));
    // The page's first line repeated (its title, then the same headline over the article) is the
    // headline, not a caption: keep one copy.
    const opening = lines.findIndex((l, k) => l.text.trim() && !reasons.has(k)) === first;
    const removeAll = (consecutive && !opening) || CAPTION_HINT.test(text);
    for (const idx of removeAll ? indices : indices.slice(1)) if (!reasons.has(idx)) reasons.set(idx, 'duplicate_line');
  }
  return { reasons, byline };
}

function onlyBlankBetween(lines: Line[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (lines[i]!.text.trim()) return false;
  return true;
}

/** Remove noise lines from plain text; offsets of removed ranges refer to `text`. */
export function removeNoiseLines(text: string): { text: string; removed: BoilerplateRange[]; byline: string | null } {
  const lines = splitLines(text);
  const { reasons, byline } = classifyNoise(lines);
  if (reasons.size === 0) return { text, removed: [], byline };
  const removed: BoilerplateRange[] = [];
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const reason = reasons.get(i);
    if (reason) removed.push({ start: line.start, end: line.end, text: line.text, reason });
    else kept.push(line.text);
  });
  return { text: kept.join('\n'), removed, byline };
}

/** Cheap content sniffing: a document that starts like markup or is mostly tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  // A page that says it is one ("<!doctype html><title>…" needs no body tag to be HTML).
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (head.startsWith('<?xml')) return /<html|<body|<p[\s>]|<div/.test(text.slice(0, 65536).toLowerCase());
  // Else text with layout tags. Script tags do not count: a plain report quoting a few
  // <script> snippets is text, and as HTML it would clean to nothing.
  const tags = text.slice(0, 65536).match(/<\/?(?:p|div|span|a|br|h[1-6]|body|article|section|li|ul|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'DL',
  'DT',
  'DD',
  'HR',
  'ADDRESS',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'BUTTON', 'FORM', 'SELECT']);

/** Flatten a DOM subtree to text: one line per block, inline whitespace collapsed. */
function blockText(root: Node): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    // A table's row is one line, its cells between spaced bars ("Orlan | 40 | 6"), as Markdown
    // writes one: the extractor reads its figures by the header row's columns.
    if (tag === 'TR') {
      flush();
      const cells = Array.from(node.childNodes).filter((c) => c.nodeType === 1 && ['TD', 'TH'].includes((c as Element).tagName.toUpperCase()));
      if (cells.length >= 2) {
        line = cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
        flush();
        return;
      }
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'TD' || tag === 'TH';
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n\n');
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  byline: string | null;
}

/**
 * The HTML libraries, loaded on the first HTML document: compiling them is a tenth of the
 * start-up of a run over plain text, which never needs them.
 */
let htmlLibs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function htmlLibraries(): NonNullable<typeof htmlLibs> {
  if (!htmlLibs) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as typeof import('linkedom');
    const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
    htmlLibs = { parseHTML, Readability };
  }
  return htmlLibs;
}

/** Readability over linkedom; falls back to the whole body when no article is found. */
/** The head elements a page may open with when it has no <body> tag. */
const BARE_HEAD =
  /^\s*(?:<!doctype[^>]*>)?\s*(?:<html[^>]*>)?\s*(?:<head[^>]*>)?((?:\s*(?:<title[^>]*>[\s\S]*?<\/title>|<meta[^>]*>|<link[^>]*>|<base[^>]*>|<style[^>]*>[\s\S]*?<\/style>))*)\s*(?:<\/head>)?/i;

/**
 * A page without a <body> tag ("<!doctype html><title>…</title>Text…"), which browsers
 * accept, given its head and body explicitly: the DOM parser would otherwise drop the text.
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const m = BARE_HEAD.exec(html);
  if (!m) return html;
  return `<!doctype html><html><head>${m[1] ?? ''}</head><body>${html.slice(m[0].length)}</body></html>`;
}

export function htmlToArticle(source: string, url?: string): HtmlArticle {
  const html = withBody(source);
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  const published = metaContent(document as unknown as Document, [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]);
  const pageTitle = document.querySelector('title')?.textContent.trim() || null;
  let article: { content?: string | null; title?: string | null; byline?: string | null } | null;
  try {
    // Readability mutates the DOM; it works on its own parse.
    const { document: copy } = parseHTML(html);
    if (url) {
      // Readability resolves relative links against documentURI; linkedom lacks it.
      Object.defineProperty(copy, 'documentURI', { value: url, configurable: true });
    }
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(frag.body as unknown as Node);
  }
  if (!text.trim()) {
    const body = document.body as unknown as Node | null;
    text = body ? blockText(body) : '';
  }
  const title = article?.title?.trim() || pageTitle;
  // Readability drops the headline from the body; keep it as the first line so headline
  // figures stay extractable with offsets in one text.
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return { text, title, published, byline: article?.byline?.trim() || null };
}

/** Normalise a date-ish string to YYYY-MM-DD, or null. */
export function isoDay(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** A date stamp leading a line ("date 2019-10-22", "2024-07-20") or making it up ("4 August 2024", "October 28, 2019"). */
const DATE_STAMP = /^(?:date\s+)?\d{4}-\d{2}-\d{2}\b\s*/i;
const DATE_LINE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})(?:\s+\d{1,2}:\d{2})?$/u;
/** A site name ("UrduPoint.com"). */
const SITE_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
/** A section path: short parts between separators ("Caucasus/Russia/Central Asia", "News › World"), not "Headline | Site". */
const isSectionPath = (line: string) => {
  const parts = line.split(/\s*[/|›»]\s*/);
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 3);
};

/**
 * The headline of a plain-text report: the first of its opening lines that reads like one
 * (short, no final stop, three words or more), past the page chrome pasted above it — a date
 * stamp, a site name, a section path, a one-word kicker. None when the body starts first.
 */
function headlineOf(text: string): string | null {
  let seen = 0;
  for (const line of text.split('\n')) {
    const t = line.trim().replace(DATE_STAMP, '');
    if (!line.trim()) continue;
    if (++seen > 5) break;
    if (!t || DATE_LINE.test(t) || SITE_NAME.test(t) || isSectionPath(t)) continue;
    // A section heading ("Disruptions and Government Response:") or a kicker ("Topline").
    if (/:$/.test(t) || t.split(/\s+/).length < 3) continue;
    return t.length <= 160 && !/[.!?;"”]$/.test(t) ? t : null;
  }
  return null;
}

export function clean(input: ExtractInput): CleanDocument {
  const raw = input.html ?? input.text ?? '';
  if (typeof raw !== 'string') throw new ExtractInputError('input text must be a string');
  if (raw.length > MAX_INPUT_CHARS) {
    const mb = (raw.length / 1_000_000).toFixed(1);
    throw new ExtractInputError(
      `input is ${mb} million characters; Tally extracts documents of up to ${MAX_INPUT_CHARS / 1_000_000} million characters: split the file into articles`,
    );
  }
  // One line-ending convention, so offsets mean the same on every platform.
  const source = raw.replace(/\r\n?/g, '\n');
  const format: InputFormat = input.html !== undefined || looksLikeHtml(source) ? 'html' : 'text';

  let body = source;
  let title = input.title?.trim() || null;
  let published = isoDay(input.published);
  let htmlByline: string | null = null;
  if (format === 'html') {
    const article = htmlToArticle(source, input.url);
    body = article.text;
    title ??= article.title;
    published ??= isoDay(article.published);
    htmlByline = article.byline;
  }
  const { text, removed, byline } = removeNoiseLines(body);
  return {
    title: title ?? headlineOf(text),
    published,
    url: input.url ?? null,
    format,
    text,
    removed,
    byline: byline ?? htmlByline,
  };
}
