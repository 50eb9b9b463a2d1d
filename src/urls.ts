/**
 * Document addresses: Tally fetches http(s) pages only, and keeps only http(s) addresses as a
 * document's URL (a `javascript:` or `file:` link from a feed or a JSONL record is dropped, so
 * it never reaches a link or an export).
 */

/** An absolute http:// or https:// URL with a host. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  try {
    const u = new URL(value.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The URL when it is http(s), else null. */
export const httpUrlOrNull = (value: string | null | undefined): string | null => (value && isHttpUrl(value) ? value.trim() : null);
