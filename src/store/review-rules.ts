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
  if (high !== null && estimate > high)
    throw new InvalidInputError(`estimate (${n(estimate)}) is above high (${n(high)}): the estimate lies between low and high`);
}

/**
 * The gazetteer's place for a name a reviewer typed (the lookup extraction uses), in the claim's
 * current country first. Moving a claim to a town in another country is said explicitly,
 * "Paris, France": a bare name found only abroad is refused with that suggestion, since the
 * gazetteer's only "Savar" is a Swedish village, not the Bangladeshi town a reviewer means.
 * Throws for a name the gazetteer does not know.
 */
export function geocodeReviewPlace(typed: string, current: { countryCode: string; countryName: string } | null): ResolvedPlace {
  const comma = typed.lastIndexOf(',');
  const name = (comma > 0 ? typed.slice(0, comma) : typed).trim();
  const unknown = (where = '') => new InvalidInputError(`no place called '${name}'${where} in the gazetteer; check the spelling or leave the place empty`);
  if (comma > 0) {
    const countryName = typed.slice(comma + 1).trim();
    const country = resolvePlace(countryName);
    if (!country || country.precision !== 'country')
      throw new InvalidInputError(`no country called '${countryName}' in the gazetteer; write the place as "town, country", or the town alone`);
    const place = resolvePlace(name, { countryCode: country.countryCode });
    if (!place || place.countryCode !== country.countryCode) throw unknown(` in ${country.name}`);
    return place;
  }
  const place = resolvePlace(name, { countryCode: current?.countryCode });
  if (!place) throw unknown();
  if (current && place.countryCode !== current.countryCode && place.precision !== 'country') {
    throw new InvalidInputError(
      `no place called '${name}' in ${current.countryName} in the gazetteer; it knows one in ${place.countryName}: write '${name}, ${place.countryName}' to move the claim there, or check the spelling`,
    );
  }
  return place;
}
