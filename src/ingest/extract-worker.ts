/**
 * The extraction worker: runs `extract` on a second core while the main thread stores what
 * was extracted before (see extractor.ts). Messages: {id, input} in, {id, report|error} out.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractInput, Report } from '../domain.js';
import { extract } from '../extract/index.js';

export interface ExtractRequest {
  id: number;
  input: ExtractInput;
}
export type ExtractResponse = { id: number; report: Report } | { id: number; error: string };

parentPort?.on('message', (req: ExtractRequest) => {
  let res: ExtractResponse;
  try {
    res = { id: req.id, report: extract(req.input) };
  } catch (err) {
    res = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(res);
});
