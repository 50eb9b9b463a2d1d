#!/usr/bin/env node
// Runs the compiled CLI (`npm run build` writes dist/; `npm install` runs the build), with
// Tally's V8 settings (see src/runtime.ts) made before anything else loads.
import { tuneRuntime } from '../dist/runtime.js';

tuneRuntime();
await import('../dist/cli/run.js');
