/**
 * The extraction worker: runs `extract` on a second core while the main thread stores what
 * was extracted before (see extractor.ts). Messages: {id, input} in, {id, report and
 * near-duplicate signature | error} out.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractInput, Report } from '../domain.js';
import { extract } from '../extract/index.js';
import { documentSignature } from '../fingerprint.js';

export interface ExtractRequest {
  id: number;
  input: ExtractInput;
}
export type ExtractResponse = { id: number; report: Report; signature: number[] } | { id: number; error: string };

parentPort?.on('message', (req: ExtractRequest) => {
  let res: ExtractResponse;
  try {
    const report = extract(req.input);
    res = { id: req.id, report, signature: documentSignature(report.document.text) };
  } catch (err) {
    res = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(res);
});
