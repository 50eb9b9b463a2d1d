/**
 * The extraction pipeline: clean -> segment -> quantities -> claims -> attribution -> dates -> places.
 * (Being assembled; see the stage modules beside this file.)
 */
import type { ExtractInput, Report } from '../domain.js';

export function extract(input: ExtractInput): Report {
  throw new Error(`extract() is not assembled yet (input keys: ${Object.keys(input).join(', ')})`);
}
