/**
 * wink-eng-lite-web-model as winkNLP takes it, with a quicker loader of its core model.
 *
 * Every wink instance asks the model for its core model (the lexicon, word lists and their
 * hashes) and its cache writes into it: the words it meets that are not in the lexicon are
 * appended to the lexeme, prefix, suffix and shape lists and hashes, with indexes that only
 * that instance's cache can read. The package's loader parses its 3 MB JSON for each instance,
 * copies it whole (stringify and parse again) and decodes its two binary tables from base64 one
 * character at a time: a few hundred milliseconds of every `tally extract`, which makes two
 * instances (sentences, segment.ts; part-of-speech tags, pos.ts).
 *
 * Here the core model is read once, from the compact file `npm run build` writes beside this
 * module (dist/extract/wink-core.bin: its JSON with the tables as raw bytes, not base64) or,
 * when that is missing or was written from another model, from the package's JSON. The first
 * instance takes it as read; each later one a fresh copy of the four lists its cache may append
 * to (their words as read, before any instance appended to them) with hashes of its own; every
 * other part, which wink only reads, is shared. A list's hash (word to index) is read through an
 * object of the instance's own whose prototype holds the words as read: the cache adds the words
 * it appends to its own object and never writes the prototype, so every instance shares that one
 * (a copy's hash was a tenth of a second of every `tally extract`). The rest is the package's
 * read-core-model.js and load-core-model.js step for step, and every other part of the model is
 * the package's own. test/extract/wink-model.test.ts holds each core model equal to the package's.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type packagedModel from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}.js`);

interface Feature {
  list: unknown[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

/** The fields of the core model the loader touches. */
interface CoreModel {
  /** Per feature: [, bits, shift, 0 when it has a list to index, 1 when it is an extra feature]. */
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The package's core model file. */
const MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
/** The compact core model `npm run build` writes (see `writeWinkCore`). */
const PACKED = new URL('./wink-core.bin', import.meta.url);

/** A base64 table as the package decodes it: 32-bit words over an ArrayBuffer of exactly its bytes. */
function words(base64: string | Uint32Array): Uint32Array {
  return table(Buffer.from(base64 as string, 'base64'));
}

/** 32-bit words over a copy of `bytes` (an ArrayBuffer of exactly their length, as the package makes). */
function table(bytes: Buffer): Uint32Array {
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The package's JSON, its tables decoded (read-core-model.js's first steps). */
function readPackageModel(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(MODEL_JSON), 'utf8')) as CoreModel;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  return model;
}

/**
 * What the compact file is written from: the model package's version and the JSON's size, and
 * this module's writer and reader (a file from another model or format is not read).
 */
function packedFingerprint(): string {
  const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };
  return createHash('sha256')
    .update([version, statSync(require.resolve(MODEL_JSON)).size, writeWinkCore.toString(), readPackedModel.toString()].join('\0'))
    .digest('hex');
}

/**
 * Writes the compact core model (run by `npm run build`); returns its path: the package's JSON
 * without its two base64 tables, which follow it as raw bytes. [JSON length: u32][JSON][lexicon]
 * [xpansions], where the JSON holds the fingerprint and, in place of each table, its length.
 */
export function writeWinkCore(file: URL | string = PACKED): string {
  const model = readPackageModel();
  const lexicon = Buffer.from((model.lexicon as Uint32Array).buffer);
  const xpansions = Buffer.from((model.xpansions as Uint32Array).buffer);
  const json = Buffer.from(JSON.stringify({ ...model, fingerprint: packedFingerprint(), lexicon: lexicon.length, xpansions: xpansions.length }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  writeFileSync(file, Buffer.concat([size, json, lexicon, xpansions]));
  return file instanceof URL ? file.pathname : file;
}

/** The compact file as `readPackageModel` gives the JSON; null when it is missing, torn or from another model. */
function readPackedModel(file: URL | string = PACKED): CoreModel | null {
  let bytes: Buffer;
  let saved: CoreModel & { fingerprint: string };
  let at = 4;
  try {
    bytes = readFileSync(file);
    saved = JSON.parse(bytes.toString('utf8', at, (at += bytes.readUInt32LE(0)))) as typeof saved;
  } catch {
    return null;
  }
  const { fingerprint, ...model } = saved;
  if (fingerprint !== packedFingerprint()) return null;
  const [lexicon, xpansions] = [model.lexicon, model.xpansions] as unknown as [number, number];
  // Cut short (an interrupted build).
  if (bytes.length !== at + lexicon + xpansions) return null;
  model.lexicon = table(bytes.subarray(at, at + lexicon));
  model.xpansions = table(bytes.subarray(at + lexicon, at + lexicon + xpansions));
  return model;
}

/** The features a wink cache appends to: the lexemes and the extra features with a list (prefix, suffix, shape). */
function appendable(model: CoreModel): string[] {
  const names = ['lexeme'];
  for (const f in model.packing.layout) if (model.packing.layout[f]![3] === 0) names.push(f);
  return names;
}

/** Each value of the list at its index. */
function hashOf(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/** The rest of read-core-model.js and load-core-model.js over a model as read. */
function complete(model: CoreModel): CoreModel {
  const { packing, features, pos } = model;
  // read-core-model.js (each hash an instance's own object over the words as read, see above)
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = Object.create(hashOf(features[f]!.list)) as Record<string, number>;
  features.lexeme.hash = Object.create(hashOf(features.lexeme.list)) as Record<string, number>;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * A core model for one more instance: the appendable features as `model` read them (the first
 * `intrinsicSize` values of each list: an instance only appends), each with a hash of its own
 * over the words as read (the prototype of `model`'s hash, which no instance writes); the rest,
 * which wink only reads, shared.
 */
export function copyCoreModel(model: CoreModel): CoreModel {
  const features = { ...model.features };
  for (const f of appendable(model)) {
    const { list, hash, intrinsicSize, ...rest } = model.features[f]!;
    const own = list.slice(0, intrinsicSize);
    features[f] = {
      ...rest,
      list: own,
      hash: Object.create(Object.getPrototypeOf(hash) as object) as Record<string, number>,
      intrinsicSize,
      index: intrinsicSize,
    };
  }
  return { ...model, features: features as CoreModel['features'] };
}

/** The core model as read for the first instance (which appends to it), for the copies of later ones. */
let first: CoreModel | null = null;

/**
 * A core model as read for a first instance: from the package's JSON (`packed` false) or from
 * the compact file (`packed` true, or the file's path; null when it is missing or from another model).
 */
export function readCoreModel(packed: boolean | URL | string): CoreModel | null {
  const model = packed === false ? readPackageModel() : readPackedModel(packed === true ? PACKED : packed);
  return model && complete(model);
}

/** The core model for a new wink instance (package: load-core-model.js over read-core-model.js). */
export function loadCoreModel(): CoreModel {
  if (first) return copyCoreModel(first);
  first = readCoreModel(true) ?? readCoreModel(false)!;
  return first;
}

/** wink's annotations (a pipe's names), and the part of the model and the package's file that hold each one's automata. */
const AUTOMATA = {
  sbd: ['sbd', 'load-sbd-model'],
  pos: ['pos', 'load-pos-model'],
  ner: ['ner', 'load-ner-model'],
  negation: ['negation', 'load-negation-model'],
  sentiment: ['sa', 'load-sa-model'],
  cer: ['metaCER', 'load-cer-meta-model'],
} as const;
export type Annotation = keyof typeof AUTOMATA;

/** A part of the model with one automaton that recognises nothing (wink's empty model JSON), and nothing to set. */
const unread = () => ({ machines: [JSON.stringify([100, 0, { 0: {} }, {}, {}, {}])], transformers: [null], setter() {}, updater() {} });

/** Defines `key` of `target` as the package's part `name`, loaded when first read. */
function lazy(target: Record<string, unknown>, key: string, name: string): void {
  let value: unknown;
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => (value ??= part(name)) });
}

/**
 * The model object, assembled as the package's model.js does, each part loaded when wink first
 * reads it. wink builds the automata of every part at each instance, whatever its pipe, and runs
 * only the pipe's: with `pipe` given, a part no annotation of it runs is one that recognises
 * nothing (the named-entity and sentiment models are most of the model's files, and parsing them
 * a good part of an instance's start-up). (The package's custom-entity part also grows with each
 * instance that reads it: it writes its machines back as their own JSON string.)
 */
function assemble(pipe?: readonly Annotation[]): typeof packagedModel {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCoreModel;
  for (const [annotation, [key, name]] of Object.entries(AUTOMATA)) {
    if (!pipe || pipe.includes(annotation as Annotation)) lazy(model, key, name);
    else model[key] = unread;
  }
  model.featureFn = part('feature');
  // The add-ons (stemmer, lemmatizer and its word lists, readability) serve only its.stem,
  // its.lemma and its.readabilityStats, which extraction never asks for (wink reads them at that call).
  const addons = Object.create(null) as Record<string, unknown>;
  lazy(addons, 'stem', 'porter-stemmer');
  lazy(addons, 'lemmatize', 'lemmatize');
  lazy(addons, 'readabilityStats', 'readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as typeof packagedModel;
}

/** The package's model with every part. */
const model = assemble();
export default model;

/** The model for an instance with this pipe: the parts the pipe does not run are not read. */
export const modelFor = (pipe: readonly Annotation[]): typeof packagedModel => assemble(pipe);
