/**
 * Every API route, declared once: method, path, request and response schemas. The handlers
 * (app.ts) implement them; the OpenAPI document is generated from them.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ACCOUNT_ROUTES } from './account-routes.js';
import {
  AuditPage,
  AuditQuery,
  ClaimFilterQuery,
  ClaimListQuery,
  ClaimPage,
  ClaimWithHistory,
  CrisisRequest,
  Crisis,
  CrisisSummary,
  CrisisTally,
  TallyQuery,
  DocumentList,
  HeadlinePin,
  HeadlinePinQuery,
  HeadlinePinRequest,
  DocumentPageQuery,
  ErrorBody,
  IdParam,
  IngestSummary,
  IngestTextRequest,
  IngestUrlRequest,
  IngestResult,
  PlaceSummary,
  ReviewQueue,
  ReviewQueueQuery,
  ReviewRequest,
  ServerInfo,
  SourceMergeRequest,
  SourcePatch,
  SourceRecord,
  SourceSplitRequest,
  SourceSplitResult,
  StoredDocument,
} from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const error = (description: string) => json(ErrorBody, description);
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const infoRoute = createRoute({
  method: 'get',
  path: '/api/info',
  tags: ['server'],
  summary: 'Server version, storage kind, counts and map configuration',
  responses: { 200: json(ServerInfo, 'server information') },
});

export const listCrisesRoute = createRoute({
  method: 'get',
  path: '/api/crises',
  tags: ['crises'],
  summary: 'Crises (named collections of documents)',
  responses: { 200: json(z.object({ items: z.array(CrisisSummary) }), 'every crisis with its document count') },
});

export const createCrisisRoute = createRoute({
  method: 'post',
  path: '/api/crises',
  tags: ['crises'],
  summary: 'Create a crisis, or update the start date and region of an existing one; private and members as PATCH /api/crises/{name} takes them',
  request: body(CrisisRequest),
  responses: { 200: json(Crisis, 'the crisis'), 400: error('invalid request'), 403: error('not a member of the private crisis') },
});

export const tallyRoute = createRoute({
  method: 'get',
  path: '/api/tally',
  tags: ['tally'],
  summary: 'The tally of a crisis: per category, per-source timelines, conservative figure, range, events, flags',
  request: { query: TallyQuery },
  responses: { 200: json(CrisisTally, 'the reconciled tally (reviewed values)'), 400: error('invalid request'), 404: error('no such crisis') },
});

export const pinHeadlineRoute = createRoute({
  method: 'post',
  path: '/api/tally/pins',
  tags: ['tally'],
  summary: "Pin a claim as the headline of a crisis's category, with a note (replaces an earlier pin)",
  request: body(HeadlinePinRequest),
  responses: { 200: json(HeadlinePin, 'the pin, with who pinned it and when'), 400: error('invalid pin'), 404: error('no such crisis or claim') },
});

export const unpinHeadlineRoute = createRoute({
  method: 'delete',
  path: '/api/tally/pins',
  tags: ['tally'],
  summary: "Remove the pin of a crisis's category: the rule chooses the headline again",
  request: { query: HeadlinePinQuery },
  responses: { 200: json(z.object({ removed: z.boolean() }), 'whether a pin was removed'), 400: error('invalid request'), 404: error('no such crisis') },
});

export const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Documents, newest first, or full-text search results with excerpts',
  request: {
    query: z.object({
      crisis: z.string().max(200).optional(),
      q: z.string().max(500).optional().openapi({ description: 'words to search for (quotes for a phrase, -word to exclude)' }),
      limit: z.coerce.number().int().min(1).max(500).optional(),
      offset: z.coerce.number().int().min(0).optional(),
    }),
  },
  responses: { 200: json(DocumentList, 'a page of documents'), 400: error('invalid request') },
});

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'A document: clean text with every claim, quote, place and date and their spans; with offset or length, one window of a large text',
  request: { params: IdParam, query: DocumentPageQuery },
  responses: { 200: json(StoredDocument, 'the document'), 400: error('invalid id'), 404: error('no such document') },
});

export const listClaimsRoute = createRoute({
  method: 'get',
  path: '/api/claims',
  tags: ['claims'],
  summary: 'Claims matching filters, sorted and paginated',
  request: { query: ClaimListQuery },
  responses: { 200: json(ClaimPage, 'a page of claims'), 400: error('invalid filter') },
});

export const getClaimRoute = createRoute({
  method: 'get',
  path: '/api/claims/{id}',
  tags: ['claims'],
  summary: 'A claim and its review history',
  request: { params: IdParam },
  responses: { 200: json(ClaimWithHistory, 'the claim'), 400: error('invalid id'), 404: error('no such claim') },
});

export const reviewQueueRoute = createRoute({
  method: 'get',
  path: '/api/review-queue',
  tags: ['claims'],
  summary: "A crisis's unreviewed claims in order of impact (behind a headline, each source's latest figure, then by size), with progress",
  request: { query: ReviewQueueQuery },
  responses: { 200: json(ReviewQueue, 'the next claims to review'), 400: error('invalid request'), 404: error('no such crisis') },
});

export const reviewClaimRoute = createRoute({
  method: 'post',
  path: '/api/claims/{id}/review',
  tags: ['claims'],
  summary: 'Accept, edit, reject or reset a claim; the change is kept in its history',
  request: { params: IdParam, ...body(ReviewRequest) },
  responses: {
    200: json(ClaimWithHistory, 'the claim after review'),
    400: error('invalid review'),
    404: error('no such claim'),
    409: error('the claim changed since the version the review was made on: reload it and apply the edit again'),
  },
});

export const listSourcesRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['sources'],
  summary: 'Sources (organisations and people) with their type, aliases and claim count',
  responses: { 200: json(z.object({ items: z.array(SourceRecord) }), 'every source') },
});

export const updateSourceRoute = createRoute({
  method: 'patch',
  path: '/api/sources/{id}',
  tags: ['sources'],
  summary: "Set a source's type, kind, reliability (Admiralty A–F) and aliases; an alias naming another source is a merge, refused (409) unless merge is true",
  request: { params: IdParam, ...body(SourcePatch) },
  responses: {
    200: json(SourceRecord, 'the source'),
    400: error('invalid change'),
    404: error('no such source'),
    409: error('an alias names another source: confirm the merge'),
  },
});

export const mergeSourcesRoute = createRoute({
  method: 'post',
  path: '/api/sources/merge',
  tags: ['sources'],
  summary: "Merge one source into another: its claims and names become the other's",
  request: body(SourceMergeRequest),
  responses: { 200: json(SourceRecord, 'the source that stays'), 400: error('invalid merge'), 404: error('no such source') },
});

export const splitSourceRoute = createRoute({
  method: 'post',
  path: '/api/sources/{id}/split',
  tags: ['sources'],
  summary: 'Take an alias out of a source into a source of its own, with the claims written under it',
  request: { params: IdParam, ...body(SourceSplitRequest) },
  responses: { 200: json(SourceSplitResult, 'both sources'), 400: error('invalid split'), 404: error('no such source') },
});

export const listPlacesRoute = createRoute({
  method: 'get',
  path: '/api/places',
  tags: ['places'],
  summary: 'Geocoded places with the number and largest figure of their claims (for the map)',
  request: { query: ClaimFilterQuery },
  responses: { 200: json(z.object({ items: z.array(PlaceSummary) }), 'places with claims'), 400: error('invalid filter') },
});

export const ingestTextRoute = createRoute({
  method: 'post',
  path: '/api/ingest/text',
  tags: ['ingest'],
  summary: 'Ingest pasted text or HTML',
  request: body(IngestTextRequest),
  responses: { 200: json(IngestResult, 'what happened to the document'), 400: error('invalid request'), 413: error('too large') },
});

export const ingestUrlRoute = createRoute({
  method: 'post',
  path: '/api/ingest/url',
  tags: ['ingest'],
  summary: 'Fetch and ingest a page or feed (private and loopback addresses refused unless the server allows them)',
  request: body(IngestUrlRequest),
  responses: { 200: json(IngestSummary, 'per-document results'), 400: error('invalid request') },
});

export const ingestFilesRoute = createRoute({
  method: 'post',
  path: '/api/ingest/files',
  tags: ['ingest'],
  summary: 'Upload files (text, HTML, Markdown, PDF, JSONL, RSS/Atom) as multipart/form-data "files" parts',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            files: z.union([z.instanceof(File), z.array(z.instanceof(File))]).openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
            crisis: z.string().max(200).optional(),
          }),
        },
      },
    },
  },
  responses: { 200: json(IngestSummary, 'per-file results'), 400: error('invalid upload'), 413: error('too large') },
});

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/export',
  tags: ['claims'],
  summary: 'Export the claims matching filters as CSV (ACLED-like columns), JSON or GeoJSON (analysts; recorded in the audit log)',
  'x-role': 'analyst',
  request: {
    query: ClaimFilterQuery.extend({
      format: z.enum(['csv', 'json', 'geojson']),
      hxl: z.enum(['0', '1']).optional().openapi({ description: 'CSV: 1 adds the HXL hashtag row under the header (HDX)' }),
    }),
  },
  responses: {
    200: {
      description: 'the export, as a download',
      content: {
        'text/csv': { schema: z.string() },
        'application/json': { schema: z.array(z.unknown()) },
        'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }) },
      },
    },
    400: error('invalid filter'),
  },
});

export const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['audit'],
  summary:
    'The audit log: every review, source edit, crisis edit, ingest, pin, export, login and account change, with who, when, before and after; newest first (admins)',
  'x-role': 'admin',
  request: { query: AuditQuery },
  responses: { 200: json(AuditPage, 'a page of entries and how many match'), 400: error('invalid filter') },
});

export const ROUTES = [
  infoRoute,
  listCrisesRoute,
  createCrisisRoute,
  tallyRoute,
  pinHeadlineRoute,
  unpinHeadlineRoute,
  listDocumentsRoute,
  getDocumentRoute,
  listClaimsRoute,
  getClaimRoute,
  reviewQueueRoute,
  reviewClaimRoute,
  listSourcesRoute,
  updateSourceRoute,
  mergeSourcesRoute,
  splitSourceRoute,
  listPlacesRoute,
  ingestTextRoute,
  ingestUrlRoute,
  ingestFilesRoute,
  exportRoute,
  auditRoute,
  ...ACCOUNT_ROUTES,
] as const;
