/** The quicker loader of wink's core model gives what the package's own loader gives. */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import model, { loadCoreModel } from '../../src/extract/wink-model.js';

describe('wink model', () => {
  it('loads the same core model as the package', () => {
    const ours = loadCoreModel();
    const theirs = (packaged as unknown as { core: () => unknown }).core();
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
    // The tables are words over buffers of exactly their bytes, as the package makes them.
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect((ours.lexicon as Uint32Array).buffer.byteLength).toBe((ours.lexicon as Uint32Array).byteLength);
  });

  it("holds the package's other parts", () => {
    const require = createRequire(import.meta.url);
    const pkg = require('wink-eng-lite-web-model') as Record<string, unknown>;
    for (const key of Object.keys(pkg)) if (key !== 'core') expect((model as unknown as Record<string, unknown>)[key], key).toEqual(pkg[key]);
    expect(Object.keys(model).sort()).toEqual(Object.keys(pkg).sort());
  });

  it("splits sentences as the package's model does", () => {
    const text = 'Police said 12 people were killed. Dr. Ali disagreed! "More," he said; the U.N. said 30.\nA caption';
    const split = (m: unknown) =>
      winkNLP(m as typeof packaged, ['sbd', 'pos'])
        .readDoc(text)
        .sentences()
        .out();
    expect(split(model)).toEqual(split(packaged));
  });
});
