/**
 * Packed forms of the gazetteer's string columns and name index, for its snapshot.
 *
 * Restoring 140k places as JavaScript strings, arrays and a 130k-entry Map cost a `tally
 * extract` about 120 ms of CPU and the garbage collector more. Packed, each column is one
 * long string with the end offset of every value, and the index is the sorted names in the
 * same form, searched by bisection: the snapshot reads back as a few large strings and typed
 * arrays, and a value becomes a string of its own only when a lookup reads it.
 */

/** Values by place number: a built array, or its packed form. */
export interface Column<T> {
  at(index: number): T | undefined;
}

/** Folded name -> place number, or the place numbers when several places share it. */
export interface NameIndex {
  get(name: string): number | number[] | undefined;
  has(name: string): boolean;
}

/** The places of each country, in place-number order. */
export interface CountryIndex {
  get(country: string): Iterable<number> | undefined;
}

/** Strings stored end to end in one string, with the end offset of each. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((v, i) => (ends[i] = end += v.length));
  return { text: values.join(''), ends };
}

export class StringColumn implements Column<string> {
  constructor(private readonly packed: PackedStrings) {}

  at(index: number): string | undefined {
    const { text, ends } = this.packed;
    if (index < 0 || index >= ends.length) return undefined;
    return text.slice(index ? ends[index - 1] : 0, ends[index]);
  }
}

/** A column of few distinct values (country and admin codes): the values once, a number per place. */
export interface PackedCodes {
  values: Array<string | null>;
  codes: Uint32Array;
}

export function packCodes(column: ReadonlyArray<string | null>): PackedCodes {
  const numbers = new Map<string | null, number>();
  const codes = Uint32Array.from(column, (v) => {
    let n = numbers.get(v);
    if (n === undefined) numbers.set(v, (n = numbers.size));
    return n;
  });
  return { values: [...numbers.keys()], codes };
}

export class CodeColumn<T extends string | null> implements Column<T> {
  constructor(private readonly packed: PackedCodes) {}

  at(index: number): T | undefined {
    const code = this.packed.codes[index];
    return code === undefined ? undefined : (this.packed.values[code] as T);
  }
}

/** The names sorted (by UTF-16 code units, as `<` compares) and packed, each with its run in `places`. */
export interface PackedNames {
  names: PackedStrings;
  /** End offset in `places` of each name's place numbers. */
  placeEnds: Uint32Array;
  places: Uint32Array;
}

export function packNames(index: ReadonlyMap<string, number | readonly number[]>): PackedNames {
  const names = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const placeEnds = new Uint32Array(names.length);
  const places: number[] = [];
  names.forEach((name, i) => {
    const found = index.get(name)!;
    if (typeof found === 'number') places.push(found);
    else places.push(...found);
    placeEnds[i] = places.length;
  });
  return { names: packStrings(names), placeEnds, places: Uint32Array.from(places) };
}

export class SortedNames implements NameIndex {
  constructor(private readonly packed: PackedNames) {}

  get(name: string): number | number[] | undefined {
    const i = this.find(name);
    if (i < 0) return undefined;
    const { placeEnds, places } = this.packed;
    const from = i ? placeEnds[i - 1]! : 0;
    const to = placeEnds[i]!;
    return to - from === 1 ? places[from]! : Array.from(places.subarray(from, to));
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  /** The name's position, or -1: bisection, comparing in place rather than slicing each probe. */
  private find(name: string): number {
    const { text, ends } = this.packed.names;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid ? ends[mid - 1]! : 0;
      const length = ends[mid]! - start;
      const shared = Math.min(length, name.length);
      let d = 0;
      for (let k = 0; k < shared && d === 0; k++) d = text.charCodeAt(start + k) - name.charCodeAt(k);
      if (d === 0) d = length - name.length;
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Each country's places as one typed array (their lists are the bulk of the index). */
export function packCountries(index: ReadonlyMap<string, readonly number[]>): Map<string, Uint32Array> {
  return new Map([...index].map(([country, places]) => [country, Uint32Array.from(places)]));
}
