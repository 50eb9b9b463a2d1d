/**
 * kill -9 during a bulk ingest: the database reopens, every committed document is complete,
 * and running the same ingest again finishes the rest without duplicates.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { defaultCorpusFiles } from '../../src/eval/cli.js';
import { Store } from '../../src/store/index.js';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'tally-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DOCS = 80;
/**
 * The ingest is killed once 15 documents are reported committed (a condition, not a time), so
 * the test takes as long as the machine needs; this limit only stops a hung child.
 */
const HANG_GUARD_MS = 20 * 60_000;

function writeCorpus(dir: string): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const paragraphs = defaultCorpusFiles()
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).text as string),
    )
    .flatMap((t) => t.split(/\n+/).filter((p) => p.length > 80));
  const files = new Map<string, string>();
  for (let i = 0; i < DOCS; i++) {
    const text = `Report ${i}\n\n${[0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join('\n\n')}`;
    const path = join(dir, `doc-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, text);
    files.set(path, text);
  }
  return files;
}

function runIngest(
  dataDir: string,
  input: string,
  killAfter?: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/run.ts'), '--data-dir', dataDir, 'ingest', '--verbose', input], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // This test is about the embedded store: a DATABASE_URL in the environment would send the CLI to a server.
      env: { ...process.env, DATABASE_URL: '', TALLY_DATA_DIR: '' },
    });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const l of parts) {
        lines.push(l);
        if (killAfter !== undefined && lines.filter((x) => x.startsWith('ingested ')).length >= killAfter) child.kill('SIGKILL');
      }
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, lines, stderr }));
  });
}

describe('crash safety (PGlite)', () => {
  it(
    'survives kill -9 mid-ingest and finishes on the next run without duplicates',
    async () => {
      const input = join(work, 'in');
      const dataDir = join(work, 'data');
      const files = writeCorpus(input);

      const first = await runIngest(dataDir, input, 15);
      expect(first.signal, first.stderr).toBe('SIGKILL');
      const committedBeforeKill = first.lines.filter((l) => l.startsWith('ingested ')).length;
      expect(committedBeforeKill).toBeGreaterThanOrEqual(15);
      expect(committedBeforeKill).toBeLessThan(DOCS);

      // The stale lock of the killed process is taken over; every stored document is whole.
      const store = await Store.open({ dataDir });
      try {
        const { items, total } = await store.listDocuments({ limit: 500 });
        expect(total).toBeGreaterThanOrEqual(committedBeforeKill);
        expect(total).toBeLessThan(DOCS);
        for (const d of items) {
          const text = files.get(d.origin!)!;
          const expected = extract({ text }).claims.length;
          const stored = await store.getDocument(d.id);
          expect(stored!.claims.length, d.origin!).toBe(expected);
        }
      } finally {
        await store.close();
      }

      const second = await runIngest(dataDir, input);
      expect(second.code).toBe(0);
      const reopened = await Store.open({ dataDir });
      try {
        const counts = await reopened.counts();
        expect(counts.documents).toBe(DOCS);
        const { rows } = await reopened.db.query<{ n: number }>(
          'SELECT count(*) AS n FROM (SELECT origin FROM documents GROUP BY origin HAVING count(*) > 1) t',
        );
        expect(Number(rows[0]!.n)).toBe(0);
      } finally {
        await reopened.close();
      }
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a second process on the same data directory',
    async () => {
      const dataDir = join(work, 'locked');
      const store = await Store.open({ dataDir });
      try {
        const other = await runIngest(dataDir, join(work, 'in', 'doc-000.txt'));
        expect(other.code, other.stderr).toBe(1);
        expect(other.stderr).toMatch(/in use by another Tally process/);
      } finally {
        await store.close();
      }
      await expect(Store.open({ dataDir }).then((s) => s.close())).resolves.toBeUndefined();
    },
    HANG_GUARD_MS,
  );
});
