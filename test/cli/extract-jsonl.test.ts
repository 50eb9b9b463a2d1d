/**
 * `tally extract --jsonl` writes its report lines in batches: every line still comes out once,
 * in input order, and a message about a skipped line comes after the reports of the lines before it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const work = mkdtempSync(join(tmpdir(), 'tally-extract-jsonl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('extract --jsonl output', () => {
  it('keeps every report in order, and a message after the reports before it', async () => {
    const good = (id: string) => JSON.stringify({ id, text: `Report ${id}: five people were killed on Monday, police said.`, published: '2020-03-02' });
    const lines = [...['a', 'b', 'c'].map(good), '{"id": "bad"}', ...['d', 'e'].map(good)];
    const file = join(work, 'lines.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    // One record of both streams, in the order the command wrote them.
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(
      (chunk: string | Uint8Array) => (
        written.push(
          ...String(chunk)
            .split(/(?<=\n)/)
            .map((l) => `out ${l}`),
        ),
        true
      ),
    );
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(`err ${String(chunk)}`), true));
    const code = await main(['node', 'tally', '--data-dir', join(work, 'data'), 'extract', '--jsonl', file]);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    const order = written.map((w) => (w.startsWith('err') ? 'message' : (JSON.parse(w.slice(4)) as { id: string }).id));
    expect(order).toEqual(['a', 'b', 'c', 'message', 'd', 'e']);
    expect(written[3]).toContain(`${file}#4: the line has no "text" or "html" field`);
  });
});
