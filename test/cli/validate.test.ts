/**
 * The CLI's edges: one validation of dates, counts and crises for every command, and
 * `extract --jsonl` as strict as `ingest`. Runs the command functions in this process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkDay, isCalendarDay, positiveWhole } from '../../src/cli/validate.js';

const work = mkdtempSync(join(tmpdir(), 'tally-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** Runs `tally ...args` on a fresh data directory and returns its status and output. */
async function tally(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const code = await main(['node', 'tally', '--data-dir', join(work, 'data'), ...args]);
  vi.restoreAllMocks();
  process.exitCode = undefined;
  return { code, out, err };
}

describe('validation', () => {
  it('knows the calendar', () => {
    expect(isCalendarDay('2019-02-28')).toBe(true);
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2019-02-29')).toBe(false);
    expect(isCalendarDay('2019-02-30')).toBe(false);
    expect(isCalendarDay('2019-13-01')).toBe(false);
    expect(() => checkDay('--since', '4 Dec 2019')).toThrow('--since must be a date like 2019-12-04, not "4 Dec 2019"');
    expect(() => positiveWhole('--limit')('0')).toThrow(/positive whole number/);
    expect(() => positiveWhole('--limit')('2.5')).toThrow(/positive whole number/);
    expect(positiveWhole('--limit')('7')).toBe(7);
  });

  it('refuses impossible dates and counts in every command, with its own message', async () => {
    for (const args of [
      ['claims', '--since', '2019-02-30'],
      ['export', '--format', 'csv', '--until', '2019-02-30'],
      ['extract', '-', '--published', '2019-02-30'],
      ['crisis', 'create', 'X', '--start', '2020-02-30'],
    ]) {
      const r = await tally(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err).toMatch(/2019-02-30|2020-02-30/);
      expect(r.err).toMatch(/is not a day of the calendar/);
    }
    const limit = await tally('claims', '--limit', '-5');
    expect(limit.code).not.toBe(0);
    expect(limit.err).toContain('--limit must be a positive whole number');
  });

  it('says an unknown crisis is unknown, in every command that reads one', async () => {
    expect((await tally('crisis', 'create', 'Known crisis')).code).toBe(0);
    for (const args of [
      ['claims', '--crisis', 'typo'],
      ['export', '--format', 'json', '--crisis', 'typo'],
      ['tally', '--crisis', 'typo'],
      ['crisis', 'show', 'typo'],
    ]) {
      const r = await tally(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toContain("no crisis called 'typo'; `tally crisis list` shows them");
      expect(r.out).toBe('');
    }
    expect((await tally('claims', '--crisis', 'Known crisis')).code).toBe(0);
  });

  it('prints its version', async () => {
    const r = await tally('--version');
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('extract --jsonl', () => {
  it('gives one clear error for a missing, binary or non-JSONL file', async () => {
    const missing = await tally('extract', '--jsonl', join(work, 'nope.jsonl'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`tally: no such file ${join(work, 'nope.jsonl')}\n`);

    const binary = join(work, 'binary.jsonl');
    writeFileSync(binary, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    const b = await tally('extract', '--jsonl', binary);
    expect(b.code).toBe(1);
    expect(b.err.trim().split('\n')).toHaveLength(1);
    expect(b.err).toMatch(/binary file/);

    const prose = join(work, 'prose.txt');
    writeFileSync(prose, 'Two people were killed.\nThree were hurt.\n'.repeat(50));
    const p = await tally('extract', '--jsonl', prose);
    expect(p.err.trim().split('\n')).toHaveLength(1);
    expect(p.err).toMatch(/not corpus JSONL/);
  });

  it('names each line it cannot use and extracts the others', async () => {
    const file = join(work, 'lines.jsonl');
    writeFileSync(
      file,
      [
        '{"id": "a", "text": "Five people were killed in the port city on Monday, police said.", "published": "2020-03-02"}',
        '{"id": "b"}',
        '{"id": "c", "text": "  "}',
        'not json',
        '',
      ].join('\n'),
    );
    const r = await tally('extract', '--jsonl', file);
    expect(r.code).toBe(1);
    const reports = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; claims: Array<{ estimate: number }> });
    expect(reports.map((x) => x.id)).toEqual(['a']);
    expect(reports[0]!.claims[0]!.estimate).toBe(5);
    expect(r.err).toContain(`${file}#2: the line has no "text" or "html" field`);
    expect(r.err).toContain(`${file}#3: the line has no "text" or "html" field`);
    expect(r.err).toContain(`${file}#4: not valid JSON`);
  });
});
