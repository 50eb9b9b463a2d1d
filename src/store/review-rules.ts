/**
 * What a review may store, checked in the store itself: the API's schema checks the request,
 * but the CLI and scripts call the store directly, and a claim must never be left with bounds
 * out of order, a count the database cannot hold, an impossible date or a place the map cannot draw.
 */
import type { ResolvedPlace } from '../domain.js';
import { resolvePlace } from '../places/gazetteer.js';
import { InvalidInputError } from './errors.js';

/**
 * The largest count a claim may hold: above any crisis's figure (the world holds 8e9 people) and
 * well inside what the database's bigint and JSON numbers keep exact.
 */
export const MAX_COUNT = 10_000_000_000;

/** A real calendar day written YYYY-MM-DD ("2019-02-31" is not one). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Why a value is not a count a claim can hold, or null when it is one. */
export function countProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number of people';
  if (!Number.isInteger(value)) return `must be a whole number of people, not ${value}`;
  if (value < 0) return `must be 0 or more, not ${value}`;
  if (value > MAX_COUNT) return `must be at most ${MAX_COUNT.toLocaleString('en-US')}; check the figure`;
  return null;
}

/** Throws when a claim's bounds and estimate are out of order: low <= estimate <= high. */
export function checkBounds(low: number | null, high: number | null, estimate: number): void {
  const n = (v: number) => v.toLocaleString('en-US');
  if (low !== null && high !== null && low > high) throw new InvalidInputError(`low (${n(low)}) is above high (${n(high)}): make low the smaller bound`);
  if (low !== null && estimate < low) throw new InvalidInputError(`estimate (${n(estimate)}) is below low (${n(low)}): the estimate lies between low and high`);
  if (high !== null && estimate > high) throw new InvalidInputError(`estimate (${n(estimate)}) is above high (${n(high)}): the estimate lies between low and high`);
}

/**
 * The gazetteer's place for a name a reviewer typed, preferring the claim's current country
 * when the name is ambiguous (the same lookup extraction uses). Throws for an unknown name.
 */
export function geocodeReviewPlace(name: string, currentCountry: string | null): ResolvedPlace {
  const place = resolvePlace(name, { countryCode: currentCountry });
  if (!place) throw new InvalidInputError(`no place called '${name}' in the gazetteer; check the spelling or leave the place empty`);
  return place;
}
