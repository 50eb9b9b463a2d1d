/**
 * Process-wide V8 settings of the `tally` command (and of the benchmarks, which measure it).
 *
 * Between full collections the heap may grow to twice what is alive (V8 chooses up to four
 * times on small heaps). Extraction keeps about 80 MB alive but makes garbage fast: left to
 * V8's choice a long ingest sits near 400 MB of memory, with this about 300 MB, for a few
 * percent of speed.
 *
 * A regular expression is compiled to machine code after it has run once (V8's default tier-up
 * of one tick). Dates alone (chrono) bring hundreds of large expressions, most run a few times
 * on a short document: compiling them all was a quarter of `tally extract`'s CPU on a small file.
 * Interpreted for their first runs, only the hot ones get compiled (no change over 2,000 articles).
 *
 * One setting is not here: the young generation's size is read only when V8 starts, so
 * bin/tally.js's first line gives it (`--max-semi-space-size=32`, as `npm run tally` does):
 * extraction's short-lived garbage then takes fewer scavenges, about 5% of its CPU.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 100;
export const REGEXP_TIER_UP_TICKS = 20;

export function tuneRuntime(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
}
