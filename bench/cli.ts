/**
 * The `tally` command as a user meets it: start-up of `--help` and `--version`, `tally extract`
 * on a small file, a read command on an existing embedded store, and `tally claims`, `tally
 * tally` and `tally ingest` on that data directory while `tally serve` holds it (they go
 * through the server's socket). Each is a whole process (GNU time: wall, CPU, peak RSS), the
 * median of several runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timeCommand } from './extract.js';
import { tallyCommand } from './tally-command.js';

const RUNS = 5;

function median(argv: string[], cwd: string): { seconds: number; cpuSeconds: number; peakRssMb: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const r = timeCommand(argv, false, { cwd });
    if (r.status !== 0) throw new Error(`bench: ${argv.slice(1).join(' ')} exited ${r.status}`);
    return r;
  });
  const mid = <K extends 'seconds' | 'cpuSeconds' | 'peakRssMb'>(k: K) => runs.map((r) => r[k]).sort((a, b) => a - b)[RUNS >> 1]!;
  return { seconds: mid('seconds'), cpuSeconds: mid('cpuSeconds'), peakRssMb: mid('peakRssMb') };
}

const row = (what: string, m: { seconds: number; cpuSeconds: number; peakRssMb: number }) =>
  `  ${what.padEnd(66)} ${(m.seconds * 1000).toFixed(0).padStart(6)} ms wall  ${(m.cpuSeconds * 1000).toFixed(0).padStart(6)} ms CPU  ${m.peakRssMb.toFixed(0).padStart(4)} MB`;

async function waitFor(test: () => boolean, what: string, seconds = 600): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!test()) {
    if (Date.now() > until) throw new Error(`bench: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function run(): Promise<string> {
  // `npm run bench` runs in the package root.
  const root = resolve('.');
  const bin = join(root, 'bin/tally.js');
  const sample = join(root, 'demo/examples/sample-report.txt');
  const data = mkdtempSync(join(tmpdir(), 'tally-bench-cli-'));
  const tally = (...args: string[]) => [...tallyCommand(bin), '--data-dir', data, ...args];
  const out: string[] = ['the tally command, whole processes, median of 5 runs (targets: --help and extract < 300 ms wall; a read < 1.5 s)'];
  try {
    out.push(row('tally --help', median(tally('--help'), root)));
    out.push(row('tally --version', median(tally('--version'), root)));
    out.push(row('tally extract demo/examples/sample-report.txt', median(tally('extract', sample, '--published', '2019-11-19'), root)));
    // An existing embedded store: the demo corpus.
    if (spawnSync(process.execPath, [...tallyCommand(bin).slice(1), '--data-dir', data, 'demo'], { stdio: 'ignore' }).status !== 0)
      throw new Error('bench: tally demo failed');
    out.push(row('tally claims --limit 20 (embedded store)', median(tally('claims', '--limit', '20'), root)));
    out.push(row('tally tally --crisis "Iraq protests 2019" (embedded store)', median(tally('tally', '--crisis', 'Iraq protests 2019'), root)));

    // Beside a running server on the same data directory.
    const server = spawn(process.execPath, [...tallyCommand(bin).slice(1), '--data-dir', data, 'serve', '--port', '0'], { stdio: 'ignore' });
    try {
      const lock = join(data, 'tally.lock');
      // The server writes its socket address on the lock file's second line once it shares.
      await waitFor(() => existsSync(lock) && readFileSync(lock, 'utf8').trim().split('\n').length > 1, 'tally serve to share its database');
      out.push(row('tally claims --limit 20 (beside tally serve)', median(tally('claims', '--limit', '20'), root)));
      out.push(row('tally tally --crisis "Iraq protests 2019" (beside tally serve)', median(tally('tally', '--crisis', 'Iraq protests 2019'), root)));
      out.push(row('tally ingest demo/examples/sample-report.txt (beside tally serve)', median(tally('ingest', sample, '--crisis', 'Bench', '--quiet'), root)));
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  return out.join('\n');
}
