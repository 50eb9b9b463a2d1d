/**
 * Process-wide V8 settings of the `tally` command (and of the benchmarks, which measure it).
 *
 * Between full collections the heap may grow to twice what is alive (V8 chooses up to four
 * times on small heaps). Extraction keeps about 80 MB alive but makes garbage fast: left to
 * V8's choice a long ingest sits near 400 MB of memory, with this about 300 MB, for a few
 * percent of speed.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 100;

export function tuneRuntime(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
