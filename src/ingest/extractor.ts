/**
 * Where ingest runs extraction. Inline (on the calling thread) for a document or two; for a
 * bulk ingest, a worker thread, so that extraction (CPU in JavaScript) and storing (the
 * embedded database's CPU, or the server's latency) overlap on two cores. The worker starts
 * when a second document follows the first: it loads its own gazetteer and language model (a
 * second or two, a hundred MB or more), which one pasted report is not worth.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractInput, Report } from '../domain.js';
import { extract } from '../extract/index.js';
import { documentSignature } from '../fingerprint.js';
import type { ExtractRequest, ExtractResponse } from './extract-worker.js';

/** A document's report, and its signature for near-duplicate detection (both CPU work). */
export interface Extraction {
  report: Report;
  signature: number[];
}

export function extractHere(input: ExtractInput): Extraction {
  const report = extract(input);
  return { report, signature: documentSignature(report.document.text) };
}

/** A short report that loads the gazetteer and the language model. */
const WARM_UP: ExtractInput = { text: 'Warm-up: 3 people were injured in Paris.' };

export interface Extractor {
  extract(input: ExtractInput): Promise<Extraction>;
  /** Loads what extraction needs now rather than with the first documents. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export const inlineExtractor: Extractor = {
  extract: async (input) => extractHere(input),
  warm: async () => void extract(WARM_UP),
  close: async () => undefined,
};

/** A worker thread running the extraction worker, from the compiled JS or, in development, the TypeScript source. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL('./extract-worker.js', here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./extract-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(source)}, ${JSON.stringify(here)}))`, { eval: true });
}

class WorkerExtractor implements Extractor {
  private worker: Worker | null = null;
  private failed: Error | null = null;
  private next = 0;
  private calls = 0;
  private readonly waiting = new Map<number, { input: ExtractInput; resolve: (r: Extraction) => void; reject: (e: Error) => void }>();

  /**
   * inlineFirst: a one-off ingest extracts its first document here (a single one is not
   * worth starting a worker). background: every document goes to the worker, and the worker
   * does not keep the process alive (a server's event loop must stay free for requests).
   */
  constructor(private readonly mode: 'inlineFirst' | 'background' = 'inlineFirst') {}

  async extract(input: ExtractInput): Promise<Extraction> {
    if (this.mode === 'inlineFirst' && this.calls++ === 0) {
      // One turn of the event loop first: a bulk ingest (a JSONL file, a feed) hands over its
      // next documents by then, and all go to the worker; loading the models on this thread
      // as well would cost a bulk ingest ~80 MB for nothing.
      await new Promise((resolve) => setImmediate(resolve));
      if (this.calls === 1) return extractHere(input);
    }
    if (this.failed) return extractHere(input);
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise<Extraction>((resolve, reject) => {
      this.waiting.set(id, { input, resolve, reject });
      worker.postMessage({ id, input } satisfies ExtractRequest);
    });
  }

  async warm(): Promise<void> {
    if (this.mode === 'inlineFirst') this.calls = Math.max(this.calls, 1);
    await this.extract(WARM_UP);
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on('message', (res: ExtractResponse) => {
      const w = this.waiting.get(res.id);
      if (!w) return;
      this.waiting.delete(res.id);
      if ('error' in res) w.reject(new Error(res.error));
      else w.resolve({ report: res.report, signature: res.signature });
    });
    const fail = (err: Error) => {
      // The worker is gone: what it held is extracted inline, and so is everything after.
      if (!this.failed) process.emitWarning(`the extraction worker stopped (${err.message}); extracting on the main thread`);
      this.failed = err;
      this.worker = null;
      const held = [...this.waiting.values()];
      this.waiting.clear();
      for (const w of held) {
        try {
          w.resolve(extractHere(w.input));
        } catch (e) {
          w.reject(e as Error);
        }
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) fail(new Error(`exit code ${code}`));
    });
    if (this.mode === 'background') worker.unref();
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** A worker-backed extractor when a second core exists, else inline. */
export function bulkExtractor(): Extractor {
  return availableParallelism() > 1 ? new WorkerExtractor() : inlineExtractor;
}

/**
 * The server's extractor: one worker thread that extracts every pasted text, upload and
 * fetched page, so that a large document never holds up other requests. Documents queue in
 * the worker one after another.
 */
export function backgroundExtractor(): Extractor {
  return new WorkerExtractor('background');
}
