/**
 * Turning what a person points Tally at — files, folders, URLs — into documents to extract.
 * `readInputs` yields each document or, for what cannot be read, a failure with its reason;
 * one bad file never stops the batch.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { looksLikeHtml } from '../extract/clean.js';
import { decodeText } from './decode.js';
import { fetchUrl, FetchError } from './fetch.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { markdownToText } from './markdown.js';
import { pdfToText } from './pdf.js';
import { isHttpUrl } from '../urls.js';
import { DEFAULT_MAX_BYTES, failure, type IngestItem, type ReadOptions, type SourceDocument, type SourceFormat } from './types.js';

export * from './types.js';
export { fetchUrl, FetchError, isDisallowedAddress } from './fetch.js';

const isUrl = (target: string) => /^https?:\/\//i.test(target);
export { httpUrlOrNull, isHttpUrl } from '../urls.js';

async function* walk(path: string): AsyncGenerator<string> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(path, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

/** Read at most maxBytes + 1 bytes: a 50 MB file is refused without being read whole. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > maxBytes) return 'too-large';
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function formatOf(name: string, text: string): SourceFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (['.rss', '.atom'].includes(ext) || looksLikeFeed(text)) return 'feed';
  if (['.html', '.htm', '.xhtml'].includes(ext) || looksLikeHtml(text)) return 'html';
  return 'text';
}

/** Documents in one piece of content, by format. */
export function documentsFrom(origin: string, text: string, format: SourceFormat, extra: Partial<SourceDocument> = {}): IngestItem[] {
  switch (format) {
    case 'jsonl':
      return readJsonl(text, origin);
    case 'feed':
      return readFeed(text, origin);
    case 'markdown':
      return [{ kind: 'document', origin, format, input: { text: markdownToText(text) }, raw: text, ...extra }];
    case 'html':
      return [{ kind: 'document', origin, format, input: { html: text }, raw: text, ...extra }];
    default:
      return [{ kind: 'document', origin, format: 'text', input: { text }, raw: text, ...extra }];
  }
}

async function readFile(path: string, opts: ReadOptions): Promise<IngestItem[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readBounded(path, maxBytes);
  } catch (err) {
    return [failure(path, fileError(err))];
  }
  if (bytes === 'too-large') {
    const size = (await stat(path)).size;
    return [failure(path, `${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit; split it, or raise --max-size`)];
  }
  return itemsFromBytes(path, bytes);
}

/**
 * The documents in one file's bytes (a path on disk or an upload's name): PDF by extension,
 * else decoded text whose format the name and content tell.
 */
export async function itemsFromBytes(name: string, bytes: Uint8Array): Promise<IngestItem[]> {
  if (extname(name).toLowerCase() === '.pdf' || isPdf(bytes)) {
    try {
      const text = await pdfToText(bytes);
      if (!text.trim()) return [failure(name, 'the PDF has no text layer (a scan?); Tally does not run OCR')];
      return [{ kind: 'document', origin: name, format: 'pdf', input: { text }, raw: text }];
    } catch (err) {
      return [failure(name, `not a readable PDF (${(err as Error).message})`)];
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [failure(name, decoded.reason)];
  if (!decoded.text.trim()) return [failure(name, 'the file holds only white space')];
  const items = documentsFrom(name, decoded.text, formatOf(name, decoded.text));
  return decoded.warning ? items.map((it) => (it.kind === 'document' ? { ...it, warning: decoded.warning } : it)) : items;
}

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

/**
 * The documents at one http(s) URL (a page, a PDF or a feed). Anything else is refused here,
 * never read as a path: the server hands client input to this, not to readInputs.
 */
export async function readUrl(url: string, opts: ReadOptions): Promise<IngestItem[]> {
  if (!isHttpUrl(url)) return [failure(url, 'only http:// and https:// URLs are fetched; upload files instead')];
  try {
    const fetched = await fetchUrl(url, opts);
    if (/pdf/i.test(fetched.contentType)) {
      const text = await pdfToText(fetched.body);
      return [{ kind: 'document', origin: fetched.url, format: 'pdf', input: { text, url: fetched.url }, raw: text }];
    }
    const decoded = decodeText(fetched.body);
    if (!decoded.ok) return [failure(url, decoded.reason)];
    const format =
      /rss|atom|xml/i.test(fetched.contentType) && looksLikeFeed(decoded.text)
        ? 'feed'
        : /html/i.test(fetched.contentType)
          ? 'html'
          : formatOf(new URL(fetched.url).pathname, decoded.text);
    return documentsFrom(fetched.url, decoded.text, format).map((it) =>
      it.kind === 'document' && format !== 'feed' ? { ...it, input: { ...it.input, url: fetched.url } } : it,
    );
  } catch (err) {
    return [failure(url, err instanceof FetchError ? err.message : `cannot fetch ${url}: ${(err as Error).message}`)];
  }
}

function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (err as Error).message;
}

/** Every document in the targets (files, folders, http(s) URLs), in order. */
export async function* readInputs(targets: string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for (const target of targets) {
    if (isUrl(target)) {
      yield* await readUrl(target, opts);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(target)).isDirectory();
    } catch (err) {
      yield failure(target, fileError(err));
      continue;
    }
    if (!isDir) {
      yield* await readFile(target, opts);
      continue;
    }
    try {
      for await (const file of walk(target)) yield* await readFile(file, opts);
    } catch (err) {
      yield failure(target, fileError(err));
    }
  }
}
