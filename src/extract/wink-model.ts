/**
 * wink-eng-lite-web-model as winkNLP takes it, with a quicker loader of its core model.
 *
 * The package's loader parses the 3 MB core model, copies it whole (stringify and parse
 * again) and decodes its two binary tables from base64 one character at a time: several tens
 * of milliseconds of every `tally extract` and of each wink instance. Here the file is parsed
 * once (a fresh object, as the copy gives) and the tables are decoded by Buffer; the rest is
 * the package's read-core-model.js and load-core-model.js step for step, and every other part
 * of the model is the package's own. test/extract/wink-model.test.ts holds the two equal.
 */
import { readFileSync } from 'node:fs';
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

/** A base64 table as the package decodes it: 32-bit words over an ArrayBuffer of exactly its bytes. */
function words(base64: string | Uint32Array): Uint32Array {
  const bytes = Buffer.from(base64 as string, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The core model (package: load-core-model.js over read-core-model.js). */
export function loadCoreModel(): CoreModel {
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  // read-core-model.js
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] === 0) {
      const feature = features[f]!;
      feature.hash = Object.create(null) as Record<string, number>;
      for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k] as string] = k;
    }
  }
  features.lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < features.lexeme.list.length; k += 1) features.lexeme.hash[features.lexeme.list[k] as string] = k;
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

/** The model object, assembled as the package's model.js does. */
function assemble(): typeof packagedModel {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCoreModel;
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  // The add-ons (stemmer, lemmatizer and its word lists, readability) serve only its.stem,
  // its.lemma and its.readabilityStats, which extraction never asks for: each is loaded when
  // first read (wink reads them at that call), not at start-up.
  const addons = Object.create(null) as Record<string, unknown>;
  const lazy = (key: string, name: string) => {
    let value: unknown;
    Object.defineProperty(addons, key, { enumerable: true, configurable: true, get: () => (value ??= part(name)) });
  };
  lazy('stem', 'porter-stemmer');
  lazy('lemmatize', 'lemmatize');
  lazy('readabilityStats', 'readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as typeof packagedModel;
}

const model = assemble();
export default model;
