#!/usr/bin/env -S node --max-semi-space-size=32
// Runs the compiled CLI (`npm run build` writes dist/; `npm install` runs the build), with
// Tally's V8 settings (see src/runtime.ts) made before anything else loads.
//
// The flag on the first line is the one V8 setting read only when the process starts (the
// young generation's size, which setFlagsFromString cannot change later): a larger one makes
// extraction's short-lived garbage cost fewer scavenges (about 5% of `tally extract --jsonl`'s
// CPU). The installed `tally` and `./bin/tally.js` run with it; `node bin/tally.js` does not.
import { tuneRuntime } from '../dist/runtime.js';

tuneRuntime();
await import('../dist/cli/run.js');
