/**
 * Reading the input of `tally extract` (one document, or corpus JSONL), with the same checks
 * and messages as `tally ingest`: a missing file, a folder, a binary or empty file each give
 * one error a person can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from '../ingest/decode.js';
import { MAX_INPUT_CHARS } from '../extract/clean.js';

async function readBytes(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new Error(`${path} is a folder: name a file (use "tally ingest" for folders)`);
    // UTF-8 text is at most 4 bytes a character; refuse before reading what cannot fit.
    if (st.size > MAX_INPUT_CHARS * 4)
      throw new Error(
        `${path} is ${(st.size / 1e6).toFixed(1)} MB; Tally extracts documents of up to ${MAX_INPUT_CHARS / 1e6} million characters: split it into articles`,
      );
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`no such file ${path}`, { cause: err });
    if (code === 'EACCES') throw new Error(`cannot read ${path}: permission denied`, { cause: err });
    throw err;
  }
}

/** The text of a file (or `-`: standard input), refused when it is not text. */
export async function readTextFile(path: string): Promise<string> {
  const decoded = decodeText(await readBytes(path));
  if (!decoded.ok) throw new Error(`${path === '-' ? 'standard input' : path}: ${decoded.reason}`);
  if (decoded.warning) process.stderr.write(`tally: note: ${path}: ${decoded.warning}\n`);
  return decoded.text;
}
