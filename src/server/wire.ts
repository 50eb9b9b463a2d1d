/**
 * The API's wire types, inferred from the zod schemas (schemas.ts) and the route declarations
 * (routes.ts): what each answer holds and what each request may send. The schemas are the one
 * description of the wire; these names are how the web client and the tests spell it.
 *
 * Types only: the web imports this module with `import type`, so neither zod nor any server
 * code reaches the browser bundle (scripts/check-imports.ts refuses any other import of it).
 */
import type { z } from '@hono/zod-openapi';
import type * as a from './account-routes.js';
import type * as r from './routes.js';
import type * as s from './schemas.js';

/** What a route answers with status 200 (its JSON body). */
type Ok<R extends { responses: { 200: { content: { 'application/json': { schema: z.ZodType } } } } }> = z.output<
  R['responses'][200]['content']['application/json']['schema']
>;
/** A route's query parameters, as the server reads them once validated. */
type Query<R extends { request: { query: z.ZodType } }> = z.output<R['request']['query']>;

export type Crisis = z.output<typeof s.Crisis>;
export type CrisisSummary = z.output<typeof s.CrisisSummary>;
export type CrisisRequest = z.input<typeof s.CrisisRequest>;
export type CrisisList = Ok<typeof r.listCrisesRoute>;

export type Claim = z.output<typeof s.Claim>;
export type ClaimPage = z.output<typeof s.ClaimPage>;
export type ClaimWithHistory = z.output<typeof s.ClaimWithHistory>;
/** Filters and page of the claims list (also what an export is asked with, less the page). */
export type ClaimListQuery = z.output<typeof s.ClaimListQuery>;
export type ReviewRecord = z.output<typeof s.ReviewRecord>;
export type ReviewRequest = z.input<typeof s.ReviewRequest>;
export type ReviewQueue = z.output<typeof s.ReviewQueue>;
export type ReviewQueueItem = ReviewQueue['items'][number];
export type ReviewQueueQuery = Query<typeof r.reviewQueueRoute>;

/** The formats of GET /api/export. */
export type ExportFormat = Query<typeof r.exportRoute>['format'];

export type DocumentSummary = z.output<typeof s.DocumentSummary>;
export type DocumentList = z.output<typeof s.DocumentList>;
export type DocumentListQuery = Query<typeof r.listDocumentsRoute>;
/** A document with its text, claims, quotes, places and dates (OpenAPI: Document). */
export type StoredDocument = z.output<typeof s.StoredDocument>;

export type SourceRecord = z.output<typeof s.SourceRecord>;
export type SourceList = Ok<typeof r.listSourcesRoute>;
export type SourcePatch = z.input<typeof s.SourcePatch>;
export type SourceMergeRequest = z.input<typeof s.SourceMergeRequest>;
export type SourceSplitRequest = z.input<typeof s.SourceSplitRequest>;
export type SourceSplitResult = z.output<typeof s.SourceSplitResult>;

export type PlaceSummary = z.output<typeof s.PlaceSummary>;
export type PlaceList = Ok<typeof r.listPlacesRoute>;
export type PlaceQuery = Query<typeof r.listPlacesRoute>;

export type CrisisTally = z.output<typeof s.CrisisTally>;
export type CategoryTally = z.output<typeof s.CategoryTally>;
export type SourceTimeline = z.output<typeof s.SourceTimeline>;
export type TallyFigure = z.output<typeof s.TallyFigure>;
export type HeadlineFigure = z.output<typeof s.HeadlineFigure>;
export type Headline = z.output<typeof s.Headline>;
/** The tally's narrowing as the server reads it (the defaults filled in). */
export type TallyQuery = z.output<typeof s.TallyQuery>;
export type HeadlinePin = z.output<typeof s.HeadlinePin>;
export type HeadlinePinRequest = z.input<typeof s.HeadlinePinRequest>;
export type HeadlinePinRemoved = Ok<typeof r.unpinHeadlineRoute>;

export type IngestResult = z.output<typeof s.IngestResult>;
export type IngestSummary = z.output<typeof s.IngestSummary>;
export type IngestTextRequest = z.input<typeof s.IngestTextRequest>;
export type IngestUrlRequest = z.input<typeof s.IngestUrlRequest>;

export type AuditEntry = z.output<typeof s.AuditEntry>;
export type AuditPage = z.output<typeof s.AuditPage>;
export type AuditQuery = Query<typeof r.auditRoute>;

export type ServerInfo = z.output<typeof s.ServerInfo>;
export type ErrorBody = z.output<typeof s.ErrorBody>;

// Accounts (account-routes.ts).
export type Role = z.output<typeof a.Role>;
export type SessionUser = z.output<typeof a.SessionUser>;
export type UserRecord = z.output<typeof a.UserRecord>;
/** Who is logged in, and whether this server lets anyone in without a login. */
export type Me = Ok<typeof a.meRoute>;
export type NewUserRequest = z.input<typeof a.NewUserRequest>;
export type UserPatchRequest = z.input<typeof a.UserPatchRequest>;
export type ApiTokenRecord = z.output<typeof a.ApiTokenRecord>;
export type NewApiTokenRequest = z.input<typeof a.NewApiTokenRequest>;
export type NewApiToken = z.output<typeof a.NewApiToken>;
export type CrisisPatch = z.input<typeof s.CrisisPatch>;
