import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { bulkExtractor, inlineExtractor } from '../../src/ingest/extractor.js';
import { documentSignature } from '../../src/fingerprint.js';

const inputs = [
  { text: 'At least 26 protesters were killed in Almaty on Wednesday, the Interior Ministry said.', published: '2022-01-06' },
  { text: 'Police detained more than 3,000 people across Kazakhstan, officials said on Friday.', published: '2022-01-08' },
  { html: '<html><body><article><p>Dozens of people were injured in Taraz, Human Rights Watch said.</p></article></body></html>' },
];

describe('extractors', () => {
  it('give the same reports on a worker thread as inline, in order', async () => {
    const worker = bulkExtractor();
    try {
      await worker.warm();
      const extractions = await Promise.all(inputs.map((i) => worker.extract(i)));
      expect(extractions.map((x) => x.report)).toEqual(inputs.map((i) => extract(i)));
      expect(extractions.map((x) => x.signature)).toEqual(inputs.map((i) => documentSignature(extract(i).document.text)));
      expect((await inlineExtractor.extract(inputs[0]!)).report).toEqual(extract(inputs[0]!));
    } finally {
      await worker.close();
    }
  });

  it('extract a lone document inline and documents that come together on the worker', async () => {
    // Whether a worker runs is the extractor's own state: read it as such.
    const started = (x: object) => (x as { worker: unknown }).worker != null;
    const lone = bulkExtractor();
    try {
      expect((await lone.extract(inputs[0]!)).report).toEqual(extract(inputs[0]!));
      expect(started(lone)).toBe(false);
    } finally {
      await lone.close();
    }
    const bulk = bulkExtractor();
    try {
      const extractions = await Promise.all(inputs.map((i) => bulk.extract(i)));
      // A one-core machine extracts everything inline.
      expect(started(bulk)).toBe(availableParallelism() > 1);
      expect(extractions.map((x) => x.report)).toEqual(inputs.map((i) => extract(i)));
    } finally {
      await bulk.close();
    }
  });
});
