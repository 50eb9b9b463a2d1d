import type { ExtractInput } from '../domain.js';

export type SourceFormat = 'text' | 'html' | 'markdown' | 'pdf' | 'jsonl' | 'feed';

/** One document read from a file, a corpus line, a feed item or a URL, ready for extract(). */
export interface SourceDocument {
  kind: 'document';
  /** File path (with "#line" or "#item" for JSONL and feeds) or URL. */
  origin: string;
  format: SourceFormat;
  input: ExtractInput;
  /** The content as read, stored verbatim (its hash makes ingest idempotent). */
  raw: string;
  externalId?: string;
  publisher?: string;
  /** Something the reader had to work around ("not valid UTF-8; read as Windows-1252"). */
  warning?: string;
}

/** A file or item that could not be read, with a reason a person can act on. */
export interface IngestFailure {
  kind: 'failure';
  origin: string;
  reason: string;
}

export type IngestItem = SourceDocument | IngestFailure;

export interface ReadOptions {
  /** Largest file or download accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Allow URLs that resolve to loopback, private or link-local addresses. */
  allowPrivate?: boolean;
  /** Per-request timeout for URLs, in milliseconds (default 20 s). */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const failure = (origin: string, reason: string): IngestFailure => ({ kind: 'failure', origin, reason });
