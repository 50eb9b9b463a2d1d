/** The quicker loader of wink's core model gives what the package's own loader gives, to every instance. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import model, { copyCoreModel, loadCoreModel, modelFor, readCoreModel, writeWinkCore, type Annotation } from '../../src/extract/wink-model.js';

const theirs = () => (packaged as unknown as { core: () => unknown }).core();

/**
 * A core model as wink reads it: each feature's hash with the words it holds, whether its own or
 * read through its prototype (ours hold the words as read in a prototype that every instance shares).
 */
function asRead(model: unknown): unknown {
  const { features, ...rest } = model as { features: Record<string, { hash?: Record<string, number> }> };
  const flat: Record<string, unknown> = {};
  for (const [name, feature] of Object.entries(features)) {
    if (!feature.hash) {
      flat[name] = feature;
      continue;
    }
    const hash = Object.create(null) as Record<string, number>;
    for (const word in feature.hash) hash[word] = feature.hash[word]!;
    flat[name] = { ...feature, hash };
  }
  return { ...rest, features: flat };
}
const sameAsTheirs = (model: unknown) => isDeepStrictEqual(asRead(model), asRead(theirs()));
const dir = mkdtempSync(join(tmpdir(), 'tally-wink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words no lexicon holds (each instance's cache appends them, and their prefixes, suffixes and shapes). */
const UNKNOWN = 'Zorvath qelmarized the Brindlewick-Oxx quorbs. Mr. Yttrelain said 1,234,567 were grexed! "Vlorn?" asked Pqazu.';

describe('wink model', () => {
  it('loads the same core model as the package, from its JSON and from the compact file', () => {
    const file = join(dir, 'wink-core.bin');
    writeWinkCore(file);
    for (const ours of [readCoreModel(false)!, readCoreModel(file)!]) {
      expect(sameAsTheirs(ours)).toBe(true);
      // The tables are words over buffers of exactly their bytes, as the package makes them.
      expect(ours.lexicon).toBeInstanceOf(Uint32Array);
      expect((ours.lexicon as Uint32Array).buffer.byteLength).toBe((ours.lexicon as Uint32Array).byteLength);
      expect((ours.xpansions as Uint32Array).buffer.byteLength).toBe((ours.xpansions as Uint32Array).byteLength);
    }
  });

  it('reads no compact file that is missing, torn or from another model', () => {
    expect(readCoreModel(join(dir, 'missing.bin'))).toBeNull();
    const file = join(dir, 'other.bin');
    writeWinkCore(file);
    const head = Buffer.from(JSON.stringify({ fingerprint: 'another model' }));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(head.length);
    writeFileSync(file, Buffer.concat([size, head]));
    expect(readCoreModel(file)).toBeNull();
    writeWinkCore(file);
    const whole = readFileSync(file);
    for (const length of [0, 3, 40, whole.length - 1]) {
      writeFileSync(file, whole.subarray(0, length));
      expect(readCoreModel(file), `${length} bytes`).toBeNull();
    }
  });

  it("gives a later instance the package's core model after an earlier one appended to its own", () => {
    const first = readCoreModel(false)!;
    // The first instance over `first` appends the unknown words to its lists and hashes.
    const nlp = winkNLP({ ...model, core: () => first } as typeof packaged, ['sbd']);
    nlp.readDoc(UNKNOWN);
    expect(sameAsTheirs(first)).toBe(false);
    const copy = copyCoreModel(first);
    expect(sameAsTheirs(copy)).toBe(true);
    // The copy reads the tables of the first, and appends to lists of its own.
    expect(copy.lexicon).toBe(first.lexicon);
    expect(copy.features.lexeme.list).not.toBe(first.features.lexeme.list);
  });

  it('gives every instance of the process its own core model', () => {
    const a = loadCoreModel();
    const b = loadCoreModel();
    expect(sameAsTheirs(b)).toBe(true);
    expect(b.features.lexeme.hash).not.toBe(a.features.lexeme.hash);
    // (The words as read are one object, which neither instance writes.)
    expect(Object.getPrototypeOf(b.features.lexeme.hash)).toBe(Object.getPrototypeOf(a.features.lexeme.hash));
  });

  it("holds the package's other parts", () => {
    const require = createRequire(import.meta.url);
    const pkg = require('wink-eng-lite-web-model') as Record<string, unknown>;
    for (const key of Object.keys(pkg)) if (key !== 'core') expect((model as unknown as Record<string, unknown>)[key], key).toEqual(pkg[key]);
    expect(Object.keys(model).sort()).toEqual(Object.keys(pkg).sort());
  });

  it("splits sentences and tags words as the package's model does, in instances made one after another", () => {
    const text = 'Police said 12 people were killed. Dr. Ali disagreed! "More," he said; the U.N. said 30.\nA caption';
    const read = (m: unknown, pipe: string[], t: string) => {
      const doc = winkNLP(m as typeof packaged, pipe as never).readDoc(t);
      return [doc.sentences().out(), doc.tokens().out(), doc.tokens().out(winkNLP(m as typeof packaged).its.pos)];
    };
    // Each instance reads the unknown words before the next is made: none may see another's.
    for (const pipe of [['sbd'], ['pos'], ['sbd', 'pos'], ['sbd']]) {
      const expected = read(packaged, pipe, UNKNOWN + ' ' + text);
      expect(read(model, pipe, UNKNOWN + ' ' + text)).toEqual(expected);
      // (And with only the parts of the model the pipe runs.)
      expect(read(modelFor(pipe as Annotation[]), pipe, UNKNOWN + ' ' + text)).toEqual(expected);
    }
  });
});
