/**
 * Reading one document file for `tally extract`, with errors a person can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_CHARS } from '../extract/clean.js';

export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new Error(`${path} is a folder: name a file (use "tally ingest" for folders)`);
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`cannot read ${path}: no such file`);
    if (code === 'EACCES') throw new Error(`cannot read ${path}: permission denied`);
    throw err;
  }
  // UTF-8 text is at most 4 bytes a character; refuse before reading what cannot fit.
  if (size > MAX_INPUT_CHARS * 4) throw new Error(`${path} is ${(size / 1e6).toFixed(1)} MB; Tally extracts documents of up to ${MAX_INPUT_CHARS / 1e6} million characters: split it into articles`);
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new Error(`${path} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${path} looks like a binary file (it contains NUL bytes); Tally reads plain text and HTML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text;
}
