/** `tally audit` on a temporary data directory: writes made from the command line, printed and exported. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-audit-cli-'));
const me = userInfo().username;

async function tally(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  // The embedded store in the temporary directory, even where DATABASE_URL names a server (CI).
  const databaseUrl = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const code = await main(['node', 'tally', '--data-dir', join(dir, 'data'), ...args]);
    return { code, out, err };
  } finally {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe('tally audit', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the CLI writes under the operating-system user, filtered, as table, csv and json', async () => {
    expect((await tally('crisis', 'create', 'Audit CLI crisis', '--start', '2019-11-15')).code).toBe(0);
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Police said 12 protesters were killed in Isfahan on 3 December 2019.');
    const ingested = await tally('ingest', file, '--crisis', 'Audit CLI crisis');
    expect(ingested.code, ingested.err).toBe(0);

    const json = await tally('audit', '--format', 'json');
    expect(json.code, json.err).toBe(0);
    const page = JSON.parse(json.out) as { total: number; items: Array<{ actor: string; action: string; crisis: string; after: { claims?: number } }> };
    expect(page.total).toBe(2);
    expect(page.items.map((e) => e.action)).toEqual(['ingest', 'crisis.create']);
    expect(page.items.every((e) => e.actor === me && e.crisis === 'Audit CLI crisis')).toBe(true);
    expect(page.items[0]!.after.claims).toBeGreaterThan(0);

    const csv = await tally('audit', '--action', 'crisis', '--format', 'csv');
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe('id,at,actor,action,target_type,target_id,crisis,before,after,note');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',crisis.create,crisis,');

    const table = await tally('audit', '--actor', me, '--crisis', 'Audit CLI crisis', '--since', new Date().toISOString().slice(0, 10), '--limit', '1');
    expect(table.out).toContain('ingest');
    expect(table.out).not.toContain('crisis.create');
    expect(table.out).toContain('1 of 2 entries');
    expect((await tally('audit', '--actor', 'nobody', '--format', 'json')).out).toContain('"total": 0');
  }, 120_000);

  it('refuses bad filters with what to type instead', async () => {
    const bad = await tally('audit', '--since', '2019-02-31');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/not a day of the calendar/);
    expect((await tally('audit', '--limit', '0')).err).toMatch(/positive whole number/);
    expect((await tally('audit', '--crisis', 'No such crisis')).err).toMatch(/tally crisis list/);
    expect((await tally('audit', '--since', '2020-01-02', '--until', '2020-01-01')).err).toMatch(/swap them/);
  }, 60_000);
});
