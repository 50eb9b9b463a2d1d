/**
 * The API's shapes, as zod schemas: the one wire contract. They validate requests, generate the
 * OpenAPI document, type the handlers' answers (routes.ts) and, inferred, give the web client its
 * types (wire.ts); the tests check every answer against them. A field the store or the tally
 * sends and no schema names fails `tsc` (wire-match.ts), and so does a schema field they lack.
 */
import { z } from '@hono/zod-openapi';
import { CATEGORIES, QUALIFIERS, RELIABILITIES, REVIEW_STATUSES, REVISIONS, SCOPES, SOURCE_KINDS, SOURCE_TYPES } from '../domain.js';
import { MAX_INPUT_CHARS } from '../extract/clean.js';
import { isHttpUrl } from '../urls.js';
import { CLAIM_SORTS } from '../store/index.js';
import { isCalendarDay } from '../calendar.js';
import { countProblem, MAX_COUNT } from '../store/review-rules.js';

/** The longest text a document holds (extract refuses more). */
const MAX_TEXT_CHARS = MAX_INPUT_CHARS;

/** A calendar day: the shape, then the date itself (2019-02-31 and 2019-13-45 are not days). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2019-12-04')
  .refine(isCalendarDay, {
    error: (iss) => `${String(iss.input)} is not a day of the calendar: give a date like 2019-12-04, with a month from 01 to 12 and a day that month has`,
  });

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
export const Revision = z.enum(REVISIONS).openapi('Revision', {
  description:
    "the figure revises its source's earlier one: down (lowered), up (raised), correction (no direction stated); a source's downward revision or correction supersedes its own earlier, higher totals",
});
export const SourceType = z.enum(SOURCE_TYPES).openapi('SourceType');
export const SourceKind = z.enum(SOURCE_KINDS).openapi('SourceKind');
export const Reliability = z.enum(RELIABILITIES).openapi('Reliability', {
  description: 'Admiralty scale: A completely reliable, B usually, C fairly, D not usually reliable, E unreliable, F cannot be judged',
});
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
    revision: Revision.nullable(),
    span: Span,
    reviewStatus: ReviewStatus,
    sourceType: SourceType.nullable(),
    version: z.number().int().openapi({ description: "counts the claim's reviews; send it with a review (ReviewRequest.version) so a stale edit is refused" }),
    sourceReliability: Reliability.nullable(),
    timePrecision: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .nullable()
      .openapi({ description: "ACLED's time precision of the as-of date: 1 a day, 2 a week, 3 a month" }),
  })
  .openapi('Claim');

export const ClaimPage = z
  .object({
    items: z.array(Claim),
    total: z.number().int(),
    totalIsExact: z.boolean().openapi({ description: 'false when total is a lower bound (counting stops at 1,000)' }),
  })
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

/** A count of people in a review: a whole number from 0 to MAX_COUNT (the store's own rule). */
const count = z
  .number({ error: 'give a number of people' })
  .refine((v) => countProblem(v) === null, { error: (i) => countProblem(i.input) ?? 'not a count' })
  .openapi({ type: 'integer', minimum: 0, maximum: MAX_COUNT });
/** A real calendar day ("2019-02-31" is refused). */
const calendarDay = isoDay.refine(isCalendarDay, { error: (i) => `"${String(i.input)}" is not a calendar date: give one like 2019-12-04` });

export const ReviewRequest = z
  .object({
    status: z.enum(['accepted', 'edited', 'rejected', 'unreviewed']),
    reviewer: z.string().trim().min(1, "give the reviewer's name").max(200),
    changes: z
      .object({
        category: Category,
        low: count.nullable(),
        high: count.nullable(),
        estimate: count,
        qualifier: Qualifier,
        hedged: z.boolean(),
        who: z.string().max(500),
        asOf: calendarDay.nullable(),
        cumulative: z.boolean(),
        scope: Scope,
        revision: Revision.nullable(),
        source: z.string().max(500).nullable(),
        via: z.array(z.string().max(500)).max(20),
        placeName: z
          .string()
          .max(500)
          .nullable()
          .openapi({ description: "a place the gazetteer knows (geocoded; the claim's country first), or null to clear the place" }),
      })
      .partial()
      .strict()
      .optional(),
    note: z.string().max(5000).optional(),
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: "the claim's version the review was made on (Claim.version); a review of an older version is refused with 409" }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const ch = r.changes ?? {};
    if (r.status === 'edited' && !Object.keys(ch).length) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes'],
        message: 'an edit needs at least one changed field (or send status "accepted" to accept the claim as it is)',
      });
    }
    const { low, high, estimate } = ch;
    if (typeof low === 'number' && typeof high === 'number' && low > high) {
      ctx.addIssue({ code: 'custom', path: ['changes', 'low'], message: `${low} is above high (${high}): make low the smaller bound` });
    }
    if (typeof estimate === 'number' && typeof low === 'number' && estimate < low) {
      ctx.addIssue({ code: 'custom', path: ['changes', 'estimate'], message: `${estimate} is below low (${low}): the estimate lies between low and high` });
    }
    if (typeof estimate === 'number' && typeof high === 'number' && estimate > high) {
      ctx.addIssue({ code: 'custom', path: ['changes', 'estimate'], message: `${estimate} is above high (${high}): the estimate lies between low and high` });
    }
  })
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
  removed: z.array(
    z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), reason: z.enum(['ad_slot', 'duplicate_line', 'byline', 'widget', 'markup']) }),
  ),
  claims: z.array(Claim),
  quotes: z.array(z.object({ speaker: z.string().nullable(), role: z.string().nullable(), span: Span })),
  places: z.array(z.object({ name: z.string(), place: ResolvedPlace, span: Span })),
  dates: z.array(
    z.object({ date: z.string(), end: z.string(), kind: z.enum(['absolute', 'relative', 'crisis_day']), crisisStart: z.string().optional(), span: Span }),
  ),
  crises: z.array(z.string()),
  page: z
    .object({ offset: z.number().int(), length: z.number().int(), totalLength: z.number().int() })
    .optional()
    .openapi({ description: 'only when a window was asked for: where the text sent lies in the whole clean text (spans keep whole-text offsets)' }),
}).openapi('Document');

/** A window on a document's text (large documents open in pages). */
export const DocumentPageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(MAX_TEXT_CHARS).optional().openapi({ description: 'first character of the window (default 0)' }),
  length: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_TEXT_CHARS)
    .optional()
    .openapi({ description: 'characters in the window (default: to the end); spans inside it come with it' }),
});

export const SourceRecord = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: SourceType,
    kind: SourceKind,
    country: z.string().nullable(),
    reliability: Reliability,
    reliabilitySet: z.boolean().openapi({ description: "false: the default grade of the source's type" }),
    aliases: z.array(z.string()),
    separate: z.array(z.string()).openapi({ description: 'names split off this source, never grouped with it' }),
    claimCount: z.number().int(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('SourceRecord');

const editor = z.string().trim().min(1).max(200).openapi({ description: 'who makes the change (recorded with the time)' });

export const SourcePatch = z
  .object({
    type: SourceType.optional(),
    kind: SourceKind.optional(),
    reliability: Reliability.nullable().optional().openapi({ description: "null: back to the type's default" }),
    aliases: z.array(z.string().max(300)).max(100).optional(),
    merge: z.boolean().optional().openapi({ description: 'confirm that an alias naming another source merges it into this one (else 409)' }),
    editor: editor.optional(),
  })
  .strict()
  .refine(
    (p) => p.type !== undefined || p.kind !== undefined || p.reliability !== undefined || p.aliases !== undefined,
    'give "type", "kind", "reliability" or "aliases"',
  )
  .openapi('SourcePatch');

export const SourceMergeRequest = z
  .object({
    from: z.string().min(1).max(300).openapi({ description: 'the source that goes (name or alias)' }),
    into: z.string().min(1).max(300).openapi({ description: 'the source that stays' }),
    editor: editor.optional(),
  })
  .strict()
  .openapi('SourceMergeRequest');

export const SourceSplitRequest = z
  .object({ alias: z.string().min(1).max(300).openapi({ description: 'the alias (or merged name) to make a source of its own' }), editor: editor.optional() })
  .strict()
  .openapi('SourceSplitRequest');

export const SourceSplitResult = z.object({ source: SourceRecord, split: SourceRecord }).openapi('SourceSplitResult');

export const Crisis = z
  .object({
    id: z.number().int(),
    name: z.string(),
    startDate: z.string().nullable(),
    region: z.string().nullable(),
    private: z.boolean().openapi({ description: 'seen only by its members and admins' }),
    members: z.array(z.string()).openapi({ description: 'the users who see a private crisis (besides admins)' }),
  })
  .openapi('Crisis');
export const CrisisSummary = Crisis.extend({ documents: z.number().int() }).openapi('CrisisSummary');
const crisisAccess = {
  private: z.boolean().optional().openapi({ description: 'true: only its members and admins see the crisis and everything in it' }),
  members: z.array(z.string().trim().min(1).max(64)).max(500).optional().openapi({ description: 'user names (replaces the list)' }),
};
export const CrisisRequest = z
  .object({
    name: z.string().trim().min(1, 'give the crisis a name').max(200),
    startDate: isoDay.nullable().optional(),
    region: z.string().max(200).nullable().optional(),
    ...crisisAccess,
  })
  .strict()
  .openapi('CrisisRequest');
export const CrisisPatch = z
  .object({ startDate: isoDay.nullable().optional(), region: z.string().max(200).nullable().optional(), ...crisisAccess })
  .strict()
  .refine(
    (p) => p.startDate !== undefined || p.region !== undefined || p.private !== undefined || p.members !== undefined,
    'give "startDate", "region", "private" or "members"',
  )
  .openapi('CrisisPatch');
export const CrisisNameParam = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'Iran 2019' }),
});

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

export const TallyFigure = z
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
    scope: Scope,
    revision: Revision.nullable(),
    place: z.string().nullable(),
    namedAs: z.string(),
    via: z.array(z.string()),
    span: Span,
    alsoPublishedIn: z.array(z.number().int()),
  })
  .openapi('TallyFigure');
export const TallyFlag = z
  .object({ kind: z.enum(['decreasing', 'hedged', 'outlier', 'disagreement']), message: z.string(), claimId: z.number().int() })
  .openapi('TallyFlag');
export const HeadlineFigure = z
  .object({ estimate: z.number(), source: z.string(), type: SourceType, asOf: z.string().nullable(), claimId: z.number().int() })
  .openapi('HeadlineFigure');
export const Headline = HeadlineFigure.extend({
  reason: z.string().openapi({ description: 'why this figure heads, in words' }),
  disagreement: z.string().nullable().openapi({ description: 'set when it falls below an earlier total of another source' }),
  pinned: z.object({ by: z.string(), at: z.string(), note: z.string() }).nullable(),
  computed: HeadlineFigure.nullable().openapi({ description: "the rule's choice (differs from the headline when a claim is pinned)" }),
}).openapi('Headline');
const HEADLINE_STATUSES = ['heads', 'current', 'not firm', 'superseded', 'stale', 'outlier', 'disputed'] as const;
export const SourceTimeline = z
  .object({
    source: z.string(),
    names: z.array(z.string()),
    type: SourceType,
    reliability: Reliability,
    outlet: z.boolean(),
    figures: z.array(TallyFigure),
    latest: TallyFigure,
    reports: z.number().int(),
    firstReport: z.string().nullable(),
    lastReport: z.string().nullable(),
    flags: z.array(TallyFlag),
    headline: z.object({ status: z.enum(HEADLINE_STATUSES), note: z.string() }),
  })
  .openapi('SourceTimeline');
export const TallyEvent = z
  .object({
    place: z.string().nullable(),
    day: z.string().nullable(),
    estimate: z.number(),
    figures: z.array(z.object({ source: z.string(), estimate: z.number(), qualifier: Qualifier, scope: Scope, claimId: z.number().int() })),
  })
  .openapi('TallyEvent');
const PlaceSourceTimeline = z
  .object({ source: z.string(), type: SourceType, figures: z.array(TallyFigure), latest: TallyFigure })
  .openapi('PlaceSourceTimeline');
const PlaceTimelines = z
  .object({
    placeId: z.string().openapi({ description: "the gazetteer place id (a map place's placeId)" }),
    place: z.string(),
    sources: z.array(PlaceSourceTimeline).openapi({ description: 'per source, its figures for this place in time order; highest latest figure first' }),
  })
  .openapi('PlaceTimelines');
export const TallyPart = z
  .object({
    source: z.string(),
    estimate: z.number(),
    qualifier: Qualifier,
    who: z.string(),
    asOf: z.string().nullable(),
    claimId: z.number().int(),
    documentId: z.number().int(),
    ofClaimId: z.number().int().nullable(),
  })
  .openapi('TallyPart');
export const CategoryTally = z
  .object({
    category: Category,
    conservative: Headline.nullable().openapi({ description: 'the headline figure and its reason' }),
    range: z.object({ min: z.number(), max: z.number() }).nullable().openapi({ description: 'the range of current credible totals' }),
    byType: z.object({
      official: HeadlineFigure.nullable(),
      independent: HeadlineFigure.nullable(),
      media: HeadlineFigure.nullable(),
      opposition: HeadlineFigure.nullable(),
      unknown: HeadlineFigure.nullable(),
    }),
    sourceCount: z.number().int(),
    eventCount: z.number().int(),
    sources: z.array(SourceTimeline),
    events: z.array(TallyEvent),
    parts: z.array(TallyPart),
    placeCount: z.number().int(),
    places: z.array(PlaceTimelines).openapi({ description: 'per-place timelines of local figures, highest latest figure first (placeCount has them all)' }),
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

export const HeadlinePinRequest = z
  .object({
    crisis: z.string().trim().min(1, 'give the crisis name').max(200),
    category: Category,
    claimId: z.number().int().positive(),
    by: z.string().trim().min(1, 'give the name of the analyst who pins it').max(200),
    note: z.string().max(2000).optional().openapi({ description: 'why this figure heads (shown on the card)' }),
  })
  .strict()
  .openapi('HeadlinePinRequest');
export const HeadlinePin = z
  .object({ crisisId: z.number().int(), category: Category, claimId: z.number().int(), note: z.string(), pinnedBy: z.string(), pinnedAt: z.string() })
  .openapi('HeadlinePin');
export const HeadlinePinQuery = z.object({
  crisis: z.string().min(1, 'give the crisis name').max(200),
  category: Category,
  by: z.string().max(200).optional().openapi({ description: 'who removes the pin (audit log)' }),
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
      const types = s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      for (const t of types)
        if (!(SOURCE_TYPES as readonly string[]).includes(t))
          ctx.addIssue({ code: 'custom', message: `unknown source type "${t}" (use ${SOURCE_TYPES.join(', ')})` });
      return types as z.infer<typeof SourceType>[];
    })
    .openapi({ type: 'string', description: `comma-separated source types (${SOURCE_TYPES.join(', ')})`, example: 'official,independent' }),
  maxSources: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(50)
    .openapi({ description: 'source timelines sent per category, highest latest figure first (sourceCount has them all)' }),
  maxFigures: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(100)
    .openapi({ description: "latest figures sent per source timeline (the source's reports count has them all)" }),
  maxEvents: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(100)
    .openapi({ description: 'local events sent per category, latest first (eventCount has them all)' }),
  place: z.string().max(300).optional().openapi({ description: "only this place's timelines (a place id, as GET /api/places gives it)" }),
  maxPlaces: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(100)
    .openapi({ description: 'places whose timelines are sent per category, highest latest figure first (placeCount has them all)' }),
});

export const ClaimListQuery = ClaimFilterQuery.extend({
  sort: z.enum(CLAIM_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

/** The review queue: unreviewed claims of a crisis in order of impact (src/store reviewQueue). */
export const ReviewQueueQuery = z.object({
  crisis: z.string().min(1, 'give the crisis name').max(200),
  category: Category.optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().openapi({ description: 'claims passed over (skipped) so far' }),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const ReviewQueue = z
  .object({
    crisis: z.string(),
    total: z.number().int(),
    reviewed: z.number().int(),
    remaining: z.number().int(),
    items: z.array(
      z.object({
        claim: Claim,
        reason: z.enum(['headline', 'latest', 'figure']).openapi({ description: "behind a headline, a source's latest figure, or by figure size" }),
        paragraph: z
          .object({ start: z.number().int(), text: z.string() })
          .openapi({ description: "the paragraph of the claim's span; start is its offset in the clean text" }),
      }),
    ),
  })
  .openapi('ReviewQueue');

/** The audit log (src/store/audit.ts): filters and a page, newest first. */
export const AuditQuery = z.object({
  actor: z.string().trim().max(200).optional().openapi({ description: 'who made the writes (a reviewer, an editor, an operating-system user, or "web")' }),
  action: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'one action (review.edit, source.merge, ingest, pin...) or a family (review, source, crisis)', example: 'review' }),
  crisis: z.string().max(200).optional(),
  since: isoDay.optional().openapi({ description: 'entries on or after this day' }),
  until: isoDay.optional().openapi({ description: 'entries up to and including this day' }),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ description: 'ISO timestamp' }),
    actor: z.string(),
    action: z.string(),
    targetType: z.string().openapi({ description: 'claim, source, crisis, document or pin' }),
    targetId: z.string().nullable(),
    crisis: z.string().nullable(),
    before: z.unknown().openapi({ description: 'the values before the write (null for a creation)' }),
    after: z.unknown().openapi({ description: 'the values after the write (null for a removal)' }),
    note: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int() }).openapi('AuditPage');
