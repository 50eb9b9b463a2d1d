/**
 * Notes a document keeps at its end and cites by number in square brackets: an NGO's letter or
 * report ("at least 36 people have been killed since March[1]" … "[1] Orvan Rights Monitor
 * casualty list, as of 3 March"). A figure whose sentence cites a note after it, and names no teller of
 * its own, is the note's body's (note-reference in attribution). A note that names no body (a URL,
 * "interviews by the authors") gives nothing.
 */
import { sourceEntity, type SourceEntity } from './entities.js';
import type { Segmentation, Sentence } from './segment.js';

/** A note's own line: its number in square brackets, then its text ("[2] Velm Bar Association, …"). */
const NOTE_LINE = /^\s*\[(\d{1,3})\]\s+(\S.*)$/;

/** A reference to a note in the body's text ("March[1].", "arrested[2],"). */
const NOTE_MARK = /\[(\d{1,3})\]/g;

/** A run of capitalised words, with the connectors a body's name holds ("Office of the Ombudsman"). */
const NAME_RUN = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}'’&.-]*)*/u;

/** "Statement by the health ministry to the assembly", "report from the X": the body a document is by. */
const DOCUMENT_BY = /\b(?:by|from|of)\s+(?:the\s+)?([\p{L}'’\s-]+?)(?:\s+(?:to|on|in|at|for)\b|[,.;(]|$)/iu;

/** A note's body: an organisation, an office, or an outlet a note cites ("Reuters, 3 May"). */
const isBody = (e: SourceEntity | null): e is SourceEntity => !!e && (e.kind === 'organisation' || e.kind === 'office' || e.kind === 'outlet');

/** The body a note's text names: the capitalised name it opens with, else the one its document is by. */
export function noteBody(note: string): SourceEntity | null {
  const head = note.split(',')[0]!.trim();
  const run = NAME_RUN.exec(head)?.[0];
  const named = run ? sourceEntity(run) : null;
  if (isBody(named)) return named;
  const by = DOCUMENT_BY.exec(head)?.[1];
  const author = by ? sourceEntity(by.trim()) : null;
  return isBody(author) ? author : null;
}

/** The document's notes by number, with the body each names; empty for most documents, which keep none. */
export function documentNotes(seg: Segmentation, text: string): Map<number, SourceEntity> {
  const notes = new Map<number, SourceEntity>();
  // (Most documents hold no "[n] " line: the paragraphs are not read then.)
  if (!text.includes('] ')) return notes;
  for (const p of seg.paragraphs) {
    const m = NOTE_LINE.exec(p.text);
    const body = m ? noteBody(m[2]!) : null;
    if (m && body) notes.set(Number(m[1]), body);
  }
  return notes;
}

/** The first note the sentence cites after `from` (a figure's end), if the document keeps that note. */
export function noteCited(sentence: Sentence, from: number, notes: ReadonlyMap<number, SourceEntity>): SourceEntity | null {
  if (!notes.size) return null;
  for (const m of sentence.text.slice(Math.max(0, from - sentence.start)).matchAll(NOTE_MARK)) {
    const note = notes.get(Number(m[1]));
    if (note) return note;
  }
  return null;
}
