/**
 * Exports of stored claims: CSV with ACLED-like columns, JSON, and GeoJSON points for claims
 * with a place. Pure functions of the claims, shared by the CLI and the web API.
 */
import { stringify } from 'csv-stringify/sync';
import { httpUrlOrNull } from '../ingest/urls.js';
import type { StoredClaim } from './index.js';

export const CSV_COLUMNS = [
  'event_date', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'category', 'low', 'high', 'estimate',
  'qualifier', 'hedged', 'source', 'via', 'notes', 'document_url', 'document_id', 'claim_id', 'review_status',
] as const;

/** ACLED's geo_precision: 1 = the town itself, 2 = a region, 3 = only the country. */
const GEO_PRECISION = { city: 1, region: 2, country: 3 } as const;

export function claimRow(c: StoredClaim): Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> {
  return {
    event_date: c.asOf ?? c.published,
    country: c.place?.countryName ?? null,
    admin1: c.place?.admin1 ?? null,
    location: c.place?.name ?? null,
    latitude: c.place?.lat ?? null,
    longitude: c.place?.lon ?? null,
    geo_precision: c.place ? GEO_PRECISION[c.place.precision] : null,
    category: c.category,
    low: c.low,
    high: c.high,
    estimate: c.estimate,
    qualifier: c.qualifier,
    hedged: c.hedged,
    source: c.source?.name ?? null,
    via: c.source?.via.join('; ') ?? null,
    notes: c.span.text,
    // http(s) or nothing: an old record's "javascript:" link never leaves in an export.
    document_url: httpUrlOrNull(c.documentUrl),
    document_id: c.documentId,
    claim_id: c.id,
    review_status: c.reviewStatus,
  };
}

export function claimsCsv(claims: StoredClaim[], header = true): string {
  return stringify(claims.map(claimRow), { header, columns: [...CSV_COLUMNS], cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The CSV header line alone (an export streamed in pages writes it first). */
export const csvHeader = (): string => stringify([Object.fromEntries(CSV_COLUMNS.map((c) => [c, c]))], { columns: [...CSV_COLUMNS] });

/** A claim as exported in JSON: as stored, with its document URL http(s) or nothing. */
export const claimJson = (c: StoredClaim): StoredClaim => ({ ...c, documentUrl: httpUrlOrNull(c.documentUrl) });

/** A GeoJSON point for a claim with a place, else null. */
export function claimFeature(c: StoredClaim) {
  if (!c.place) return null;
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [c.place.lon, c.place.lat] },
    properties: { ...claimRow(c), place_id: c.place.id },
  };
}

export function claimsGeoJson(claims: StoredClaim[]) {
  return { type: 'FeatureCollection' as const, features: claims.map(claimFeature).filter((f) => f !== null) };
}
