#!/usr/bin/env node
/**
 * The `tally` command. Each subcommand lives in its own module and registers
 * itself on the program; this file only assembles them.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAudit } from './audit.js';
import { registerClaims } from './claims.js';
import { registerDemo } from './demo.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerSources } from './sources.js';
import { registerTally } from './tally.js';
import { registerUsers } from './users.js';

/** The package version (package.json sits two folders up from src/cli and dist/cli). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command()
    .name('tally')
    .version(version(), '-V, --version', 'print the version')
    .description('Sourced, reviewable tallies of who claims how many were killed, injured or detained.')
    .option('--data-dir <dir>', 'embedded database directory (env TALLY_DATA_DIR)', process.env.TALLY_DATA_DIR || './data')
    .option('--database-url <url>', 'PostgreSQL server for team mode (env DATABASE_URL)', process.env.DATABASE_URL || undefined)
    .showHelpAfterError('(run "tally --help" for the list of commands)')
    .exitOverride();

  registerExtract(program);
  registerIngest(program);
  registerClaims(program);
  registerTally(program);
  registerSources(program);
  registerAudit(program);
  registerUsers(program);
  registerDemo(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed the message (unknown option, missing argument, --help).
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`tally: ${message}\n`);
    if (process.env.TALLY_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
