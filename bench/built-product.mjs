/**
 * Benchmarks measure the product as it ships: the modules of src/ they import load from their
 * build in dist/ (what the `tally` command runs), not from TypeScript through tsx, whose
 * transform wraps every function it makes in a name-keeping call (several times slower in the
 * tally's inner loops). `npm run bench` builds dist first.
 */
import { register } from 'node:module';

register('./built-product-hooks.mjs', import.meta.url);
