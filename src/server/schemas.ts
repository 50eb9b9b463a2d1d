/**
 * The API's shapes, as zod schemas: they validate requests, generate the OpenAPI document and
 * (in the tests) check every answer. They mirror the domain types (src/domain.ts, the store
 * and the tally); a field added there must be added here, or the contract test fails.
 */
import { z } from '@hono/zod-openapi';
import { CATEGORIES, QUALIFIERS, REVIEW_STATUSES, SCOPES, SOURCE_TYPES } from '../domain.js';
import { MAX_INPUT_CHARS } from '../extract/clean.js';
import { isHttpUrl } from '../ingest/urls.js';
import { CLAIM_SORTS } from '../store/index.js';

/** The longest text a document holds (extract refuses more). */
const MAX_TEXT_CHARS = MAX_INPUT_CHARS;

function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar day: the shape, then the date itself (2019-02-31 and 2019-13-45 are not days). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2019-12-04')
  .refine(isCalendarDay, { error: (iss) => `${String(iss.input)} is not a day of the calendar: give a date like 2019-12-04, with a month from 01 to 12 and a day that month has` });

/** An http(s) address: the server fetches nothing else, and stores nothing else as a document's URL. */
const httpUrl = (description: string) =>
  z
    .string()
    .max(2000)
    .refine(isHttpUrl, 'give an http:// or https:// address (other schemes and file paths are refused; files are uploaded with POST /api/ingest/files)')
    .openapi({ format: 'uri', description });

export const Category = z.enum(CATEGORIES).openapi('Category');
export const Qualifier = z.enum(QUALIFIERS).openapi('Qualifier');
export const Scope = z.enum(SCOPES).openapi('Scope');
export const SourceType = z.enum(SOURCE_TYPES).openapi('SourceType');
export const ReviewStatus = z.enum(REVIEW_STATUSES).openapi('ReviewStatus');
const Precision = z.enum(['city', 'region', 'country']);

export const ErrorBody = z.object({ error: z.string().openapi({ example: 'no crisis named "Iran 2019" (see GET /api/crises)' }) }).openapi('Error');

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi('Span');

export const ResolvedPlace = z
  .object({
    id: z.string(),
    name: z.string(),
    precision: Precision,
    countryCode: z.string(),
    countryName: z.string(),
    admin1: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
  })
  .openapi('ResolvedPlace');

export const Source = z.object({ name: z.string(), via: z.array(z.string()) }).openapi('Source');

export const Claim = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    documentTitle: z.string().nullable(),
    documentUrl: z.string().nullable(),
    published: z.string().nullable(),
    category: Category,
    low: z.number().nullable(),
    high: z.number().nullable(),
    estimate: z.number(),
    qualifier: Qualifier,
    hedged: z.boolean(),
    who: z.string(),
    source: Source.nullable(),
    place: ResolvedPlace.nullable(),
    asOf: z.string().nullable(),
    cumulative: z.boolean(),
    scope: Scope,
    span: Span,
    reviewStatus: ReviewStatus,
    sourceType: SourceType.nullable(),
  })
  .openapi('Claim');

export const ClaimPage = z
  .object({ items: z.array(Claim), total: z.number().int(), totalIsExact: z.boolean().openapi({ description: 'false when total is a lower bound (counting stops at 1,000)' }) })
  .openapi('ClaimPage');

export const ReviewRecord = z
  .object({
    id: z.number().int(),
    at: z.string(),
    reviewer: z.string(),
    action: z.enum(['accept', 'edit', 'reject', 'reset']),
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
    note: z.string().nullable(),
  })
  .openapi('ReviewRecord');

export const ClaimWithHistory = z.object({ claim: Claim, history: z.array(ReviewRecord) }).openapi('ClaimWithHistory');

export const ReviewRequest = z
  .object({
    status: z.enum(['accepted', 'edited', 'rejected', 'unreviewed']),
    reviewer: z.string().trim().min(1, 'give the reviewer\'s name').max(200),
    changes: z
      .object({
        category: Category,
        low: z.number().nonnegative().nullable(),
        high: z.number().nonnegative().nullable(),
        estimate: z.number().nonnegative(),
        qualifier: Qualifier,
        hedged: z.boolean(),
        who: z.string().max(500),
        asOf: isoDay.nullable(),
        cumulative: z.boolean(),
        scope: Scope,
        source: z.string().max(500).nullable(),
        via: z.array(z.string().max(500)).max(20),
        placeName: z.string().max(500).nullable(),
      })
      .partial()
      .strict()
      .optional(),
    note: z.string().max(5000).optional(),
  })
  .strict()
  .openapi('ReviewRequest');

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    retrieved: z.string(),
    format: z.string(),
    origin: z.string().nullable(),
    claimCount: z.number().int(),
    excerpt: z.string().optional().openapi({ description: 'search results only: plain text around the matching words' }),
  })
  .openapi('DocumentSummary');

export const DocumentList = z.object({ items: z.array(DocumentSummary), total: z.number().int() }).openapi('DocumentList');

export const StoredDocument = DocumentSummary.extend({
  text: z.string().openapi({ description: 'the clean text every span points into' }),
  removed: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), reason: z.enum(['ad_slot', 'duplicate_line', 'byline', 'widget', 'markup']) })),
  claims: z.array(Claim),
  quotes: z.array(z.object({ speaker: z.string().nullable(), role: z.string().nullable(), span: Span })),
  places: z.array(z.object({ name: z.string(), place: ResolvedPlace, span: Span })),
  dates: z.array(z.object({ date: z.string(), end: z.string(), kind: z.enum(['absolute', 'relative', 'crisis_day']), crisisStart: z.string().optional(), span: Span })),
  crises: z.array(z.string()),
  page: z
    .object({ offset: z.number().int(), length: z.number().int(), totalLength: z.number().int() })
    .optional()
    .openapi({ description: 'only when a window was asked for: where the text sent lies in the whole clean text (spans keep whole-text offsets)' }),
}).openapi('Document');

/** A window on a document's text (large documents open in pages). */
export const DocumentPageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(MAX_TEXT_CHARS).optional().openapi({ description: 'first character of the window (default 0)' }),
  length: z.coerce.number().int().min(1).max(MAX_TEXT_CHARS).optional().openapi({ description: 'characters in the window (default: to the end); spans inside it come with it' }),
});

export const SourceRecord = z
  .object({ id: z.number().int(), name: z.string(), type: SourceType, aliases: z.array(z.string()), claimCount: z.number().int() })
  .openapi('SourceRecord');

export const SourcePatch = z
  .object({ type: SourceType.optional(), aliases: z.array(z.string().max(300)).max(100).optional() })
  .strict()
  .refine((p) => p.type !== undefined || p.aliases !== undefined, 'give "type", "aliases" or both')
  .openapi('SourcePatch');

export const Crisis = z
  .object({ id: z.number().int(), name: z.string(), startDate: z.string().nullable(), region: z.string().nullable() })
  .openapi('Crisis');
export const CrisisSummary = Crisis.extend({ documents: z.number().int() }).openapi('CrisisSummary');
export const CrisisRequest = z
  .object({ name: z.string().trim().min(1, 'give the crisis a name').max(200), startDate: isoDay.nullable().optional(), region: z.string().max(200).nullable().optional() })
  .strict()
  .openapi('CrisisRequest');

export const PlaceSummary = z
  .object({
    placeId: z.string(),
    name: z.string(),
    precision: Precision,
    countryCode: z.string(),
    countryName: z.string(),
    admin1: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    claims: z.number().int(),
    maxEstimate: z.number(),
    categories: z.array(Category),
  })
  .openapi('PlaceSummary');

const TallyFigure = z
  .object({
    claimId: z.number().int(),
    documentId: z.number().int(),
    documentUrl: z.string().nullable(),
    documentTitle: z.string().nullable(),
    asOf: z.string().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    estimate: z.number(),
    qualifier: Qualifier,
    hedged: z.boolean(),
    cumulative: z.boolean(),
    place: z.string().nullable(),
    namedAs: z.string(),
    via: z.array(z.string()),
    span: Span,
    alsoPublishedIn: z.array(z.number().int()),
  })
  .openapi('TallyFigure');
const TallyFlag = z.object({ kind: z.enum(['decreasing', 'hedged', 'outlier']), message: z.string(), claimId: z.number().int() }).openapi('TallyFlag');
const ConservativeFigure = z.object({ estimate: z.number(), source: z.string(), asOf: z.string().nullable(), claimId: z.number().int() }).openapi('ConservativeFigure');
const SourceTimeline = z
  .object({
    source: z.string(),
    names: z.array(z.string()),
    type: SourceType,
    outlet: z.boolean(),
    figures: z.array(TallyFigure),
    latest: TallyFigure,
    reports: z.number().int(),
    firstReport: z.string().nullable(),
    lastReport: z.string().nullable(),
    flags: z.array(TallyFlag),
  })
  .openapi('SourceTimeline');
const TallyEvent = z
  .object({
    place: z.string(),
    day: z.string().nullable(),
    estimate: z.number(),
    figures: z.array(z.object({ source: z.string(), estimate: z.number(), qualifier: Qualifier, claimId: z.number().int() })),
  })
  .openapi('TallyEvent');
const CategoryTally = z
  .object({
    category: Category,
    conservative: ConservativeFigure.nullable(),
    range: z.object({ min: z.number(), max: z.number() }).nullable(),
    byType: z.object({ official: ConservativeFigure.nullable(), independent: ConservativeFigure.nullable() }),
    sourceCount: z.number().int(),
    eventCount: z.number().int(),
    sources: z.array(SourceTimeline),
    events: z.array(TallyEvent),
    flags: z.array(TallyFlag),
  })
  .openapi('CategoryTally');
export const CrisisTally = z
  .object({
    crisis: Crisis,
    documents: z.number().int(),
    duplicates: z.array(z.object({ documentId: z.number().int(), originalId: z.number().int() })),
    categories: z.array(CategoryTally),
  })
  .openapi('CrisisTally');

export const IngestResult = z
  .object({
    origin: z.string(),
    status: z.enum(['ingested', 'unchanged', 'failed']),
    documentId: z.number().int().optional(),
    claims: z.number().int().optional(),
    reason: z.string().optional(),
    warning: z.string().optional(),
  })
  .openapi('IngestResult');
export const IngestSummary = z
  .object({ ingested: z.number().int(), unchanged: z.number().int(), failed: z.number().int(), claims: z.number().int(), results: z.array(IngestResult) })
  .openapi('IngestSummary');

export const IngestTextRequest = z
  .object({
    text: z.string().min(1, 'paste the text of a report'),
    title: z.string().max(1000).optional(),
    url: httpUrl('the page the text comes from').optional(),
    published: isoDay.optional(),
    crisis: z.string().max(200).optional(),
  })
  .strict()
  .openapi('IngestTextRequest');
export const IngestUrlRequest = z
  .object({ url: httpUrl('the page or feed to fetch; files on your computer go through POST /api/ingest/files'), crisis: z.string().max(200).optional() })
  .strict()
  .openapi('IngestUrlRequest');

export const ServerInfo = z
  .object({
    name: z.string(),
    version: z.string(),
    store: z.enum(['pglite', 'postgres']),
    counts: z.object({ documents: z.number().int(), claims: z.number().int(), sources: z.number().int(), crises: z.number().int() }),
    tileUrl: z.string().nullable(),
    tileAttribution: z.string().nullable(),
  })
  .openapi('ServerInfo');

/** Claim filters as query parameters (shared by the claims list, places and exports). */
export const ClaimFilterQuery = z.object({
  category: Category.optional(),
  source: z.string().max(300).optional().openapi({ description: 'source name or alias' }),
  place: z.string().max(300).optional().openapi({ description: 'place, admin-1 region or country name, or country code' }),
  crisis: z.string().max(200).optional(),
  documentId: z.coerce.number().int().positive().optional(),
  since: isoDay.optional().openapi({ description: 'as-of date on or after' }),
  until: isoDay.optional().openapi({ description: 'as-of date on or before' }),
  status: ReviewStatus.optional().openapi({ description: 'review status; rejected claims are left out unless asked for' }),
});

/** Tally narrowing: crisis (required), category, as-of window, source types (comma-separated). */
export const TallyQuery = z.object({
  crisis: z.string().min(1, 'give the crisis name').max(200),
  category: Category.optional(),
  since: isoDay.optional().openapi({ description: 'figures holding on or after this date' }),
  until: isoDay.optional().openapi({ description: 'figures holding on or before this date' }),
  sourceTypes: z
    .string()
    .max(200)
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const types = s.split(',').map((t) => t.trim()).filter(Boolean);
      for (const t of types) if (!(SOURCE_TYPES as readonly string[]).includes(t)) ctx.addIssue({ code: 'custom', message: `unknown source type "${t}" (use ${SOURCE_TYPES.join(', ')})` });
      return types as z.infer<typeof SourceType>[];
    })
    .openapi({ type: 'string', description: `comma-separated source types (${SOURCE_TYPES.join(', ')})`, example: 'official,independent' }),
  maxSources: z.coerce.number().int().min(1).max(100_000).default(50).openapi({ description: 'source timelines sent per category, highest latest figure first (sourceCount has them all)' }),
  maxFigures: z.coerce.number().int().min(1).max(1_000_000).default(100).openapi({ description: "latest figures sent per source timeline (the source's reports count has them all)" }),
  maxEvents: z.coerce.number().int().min(0).max(100_000).default(100).openapi({ description: 'local events sent per category, latest first (eventCount has them all)' }),
});

export const ClaimListQuery = ClaimFilterQuery.extend({
  sort: z.enum(CLAIM_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
