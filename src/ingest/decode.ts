/**
 * Bytes to text: refuse what is not text (binary, empty), and read legacy 8-bit pages that are
 * not valid UTF-8 as Windows-1252 (a superset of Latin-1), saying so, rather than losing them.
 */
export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return { ok: false, reason: 'a PDF (read PDF files with a .pdf name)' };
  let control = 0;
  for (const b of head) {
    if (b === 0)
      return { ok: false, reason: 'looks like a binary file (it contains NUL bytes); Tally reads text, HTML, Markdown, PDF, JSONL and RSS/Atom files' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.02)
    return { ok: false, reason: 'looks like a binary file (mostly control characters); Tally reads text, HTML, Markdown, PDF, JSONL and RSS/Atom files' };
  // UTF-16 with a byte-order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: true, text: new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Legacy 8-bit text is mostly ASCII with a few accented letters; random bytes are not.
    let high = 0;
    for (const b of head) if (b >= 0x80) high++;
    if (high > head.length * 0.3)
      return { ok: false, reason: 'looks like a binary file (not UTF-8 text); Tally reads text, HTML, Markdown, PDF, JSONL and RSS/Atom files' };
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
  }
}
