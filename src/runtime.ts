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
 * V8's optimizing compiler takes any function up to 60 KB of bytecode. A few of extraction's rule
 * functions are large (the claim rules of one sentence, the attribution of one sentence); compiling
 * them took seconds of CPU, again after each deoptimization, and on one core that time is taken
 * from the extraction itself: over 2,000 articles it cost more than their optimized code saved.
 * Functions above MAX_OPTIMIZED_BYTECODE stay on the baseline compiler; the rest are optimized as
 * before (about a fifth off `tally extract --jsonl` over 2,000 articles on one core, the same speed
 * once warm).
 *
 * V8 marks a function for optimization after a budget of its bytecode has run (132 KB by default)
 * and, optimizing it, inlines callees into it up to MAX_INLINED_BYTECODE of their bytecode (920 by
 * default). Extraction is thousands of rule functions, most run a few thousand times per hundred
 * articles: at the defaults nearly all of them were compiled early, each with a large share of
 * the rules it calls inlined, and on one core that compiling was taken from the extraction. With
 * a budget of INTERRUPT_BUDGET bytes only the functions that run the most are compiled, and each
 * with less inlined (its callees are compiled on their own when they are hot themselves): 200
 * articles take 2.0 s instead of 3.0 s, 2,000 about a sixth less, and 6,000 no longer than
 * before (the optimized code is as fast once warm).
 *
 * One setting is not here: the young generation's size is read only when V8 starts, so
 * bin/tally.js's first line gives it (`--max-semi-space-size=32`, as `npm run tally` does):
 * extraction's short-lived garbage then takes fewer scavenges, about 5% of its CPU.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 100;
export const REGEXP_TIER_UP_TICKS = 20;
export const MAX_OPTIMIZED_BYTECODE = 8000;
export const INTERRUPT_BUDGET = 600_000;
export const MAX_INLINED_BYTECODE = 300;

export function tuneRuntime(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MAX_INLINED_BYTECODE}`);
}
