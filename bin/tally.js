#!/usr/bin/env node
// Runs the compiled CLI (`npm run build` writes dist/; `npm install` runs the build).
import '../dist/cli/run.js';
