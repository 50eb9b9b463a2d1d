import { readFileSync } from 'node:fs';

/**
 * The command line of the installed `tally` with this Node.js: the V8 flags its first line gives
 * (`#!/usr/bin/env -S node <flags>`), then bin/tally.js. `node bin/tally.js` alone would run
 * without them, unlike what a user runs.
 */
export function tallyCommand(bin: string): string[] {
  const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
  const flags = /^#!\S*env\s+-S\s+node\s+(.*)$/.exec(shebang)?.[1]?.trim().split(/\s+/) ?? [];
  return [process.execPath, ...flags, bin];
}
