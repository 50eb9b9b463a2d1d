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
});
