/**
 * Exports of stored claims: CSV with ACLED-like columns, JSON, and GeoJSON points for claims
 * with a place. Pure functions of the claims, shared by the CLI and the web API.
 *
 * The CSV can carry an HXL hashtag row under its header (https://hxlstandard.org), so that
 * humanitarian tools (HDX, HXL Proxy) read its columns without a mapping: see HXL_TAGS.
 */
import { stringify } from 'csv-stringify/sync';
import { httpUrlOrNull } from '../urls.js';
import type { StoredClaim } from './claim-columns.js';

export const CSV_COLUMNS = [
  'event_date',
  'time_precision',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'category',
  'low',
  'high',
  'estimate',
  'qualifier',
  'hedged',
  'scope',
  'revision',
  'source',
  'source_type',
  'reliability',
  'via',
  'notes',
  'document_url',
  'document_id',
  'claim_id',
  'review_status',
] as const;

/**
 * HXL hashtags of the CSV columns: core hashtags (#date, #country, #adm1, #loc, #geo,
 * #affected, #org, #description, #status, #meta) with attributes saying which value each
 * holds. A row counts one category of people (#affected+type says which: killed, injured...),
 * its bounds +min / +max and its conservative figure #affected+num.
 */
export const HXL_TAGS: Record<(typeof CSV_COLUMNS)[number], string> = {
  event_date: '#date+occurred',
  time_precision: '#date+precision',
  country: '#country+name',
  admin1: '#adm1+name',
  location: '#loc+name',
  latitude: '#geo+lat',
  longitude: '#geo+lon',
  geo_precision: '#geo+precision',
  category: '#affected+type',
  low: '#affected+num+min',
  high: '#affected+num+max',
  estimate: '#affected+num',
  qualifier: '#meta+qualifier',
  hedged: '#meta+hedged',
  scope: '#meta+scope',
  revision: '#meta+revision',
  source: '#org+source+name',
  source_type: '#org+source+type',
  reliability: '#org+source+reliability',
  via: '#org+via+name',
  notes: '#description',
  document_url: '#meta+url',
  document_id: '#meta+document+id',
  claim_id: '#meta+claim+id',
  review_status: '#status+review',
};

/** ACLED's geo_precision: 1 = the town itself, 2 = a region, 3 = only the country. */
const GEO_PRECISION = { city: 1, region: 2, country: 3 } as const;

export function claimRow(c: StoredClaim): Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> {
  return {
    event_date: c.asOf ?? c.published,
    time_precision: c.timePrecision,
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
    scope: c.scope,
    revision: c.revision,
    source: c.source?.name ?? null,
    source_type: c.sourceType,
    reliability: c.sourceReliability,
    via: c.source?.via.join('; ') ?? null,
    notes: c.span.text,
    // http(s) or nothing: an old record's "javascript:" link never leaves in an export.
    document_url: httpUrlOrNull(c.documentUrl),
    document_id: c.documentId,
    claim_id: c.id,
    review_status: c.reviewStatus,
  };
}

/** The claims as CSV: `header` false for a page after the first, `hxl` adds the HXL hashtag row under the header. */
export function claimsCsv(claims: StoredClaim[], opts: { header?: boolean; hxl?: boolean } = {}): string {
  const header = opts.header ?? true;
  const rows: Array<Record<string, unknown>> = claims.map(claimRow);
  if (header && opts.hxl) rows.unshift(HXL_TAGS);
  return stringify(rows, { header, columns: [...CSV_COLUMNS], cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The CSV header line alone, with the HXL row when asked (an export streamed in pages writes it first). */
export const csvHeader = (hxl = false): string =>
  stringify([Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])), ...(hxl ? [HXL_TAGS] : [])], { columns: [...CSV_COLUMNS] });

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
