/**
 * The web UI's client for the HTTP API (documented at /api/openapi.json). Every type comes from
 * the API's zod schemas (src/server/wire.ts), imported type-only: nothing server-side is bundled.
 */
import type { Category, ReviewStatus, SourceType } from '../domain.js';
import type {
  AuditPage,
  AuditQuery,
  Claim,
  ClaimListQuery,
  ClaimPage,
  ClaimWithHistory,
  Crisis,
  CrisisList,
  CrisisRequest,
  CrisisTally,
  DocumentList,
  DocumentListQuery,
  ExportFormat,
  HeadlinePin,
  HeadlinePinRemoved,
  HeadlinePinRequest,
  IngestResult,
  IngestSummary,
  IngestTextRequest,
  IngestUrlRequest,
  PlaceList,
  PlaceQuery,
  ReviewQueue,
  ReviewQueueItem,
  ReviewQueueQuery,
  ReviewRequest,
  ServerInfo,
  SourceList,
  SourceMergeRequest,
  SourcePatch,
  SourceRecord,
  SourceSplitRequest,
  SourceSplitResult,
  StoredDocument,
  TallyQuery as TallyWireQuery,
  Me,
  Role,
  SessionUser,
  UserRecord,
  NewUserRequest,
  UserPatchRequest,
  ApiTokenRecord,
  NewApiToken,
  NewApiTokenRequest,
  CrisisPatch,
} from '../server/wire.js';

export type { AuditEntry, CategoryTally, CrisisSummary, DocumentSummary, HeadlineFigure, PlaceSummary, ReviewRecord, SourceTimeline } from '../server/wire.js';
export type { ApiTokenRecord, Me, NewApiToken, Role, SessionUser, UserRecord };
export type { Category, Crisis, ClaimPage, CrisisTally, IngestResult, IngestSummary, ReviewStatus, ServerInfo, SourceRecord, SourceType, StoredDocument };
/** A claim as the API sends it (with its document, review status and source grade). */
export type StoredClaim = Claim;
/** A review of a claim, as sent (ReviewRequest). */
export type ReviewChange = ReviewRequest;
export type ReviewQueuePage = ReviewQueue;
export type QueueItem = ReviewQueueItem;
/** The claims list's filters, sort and page (an export takes the same filters and sort). */
export type ClaimQuery = ClaimListQuery;
/** What the client may narrow a crisis's tally by (the server fills in the rest). */
export type TallyQuery = Partial<Omit<TallyWireQuery, 'crisis'>>;

/** What the dashboard asks for: enough for its table and chart, small enough for any crisis (per-place timelines are the map's). */
export const DASHBOARD_TALLY = { maxSources: 25, maxFigures: 60, maxEvents: 50, maxPlaces: 0 } as const;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function query(params: object): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Fired when the server answers 401 (not logged in, or the session ended): the app shows the login page. */
export const LOGIN_REQUIRED_EVENT = 'tally:login-required';

function loginRequired(status: number, path: string): void {
  // A refused login is a wrong password, not an ended session.
  if (status === 401 && path !== '/api/auth/login') window.dispatchEvent(new Event(LOGIN_REQUIRED_EVENT));
}

const errorText = (body: unknown, status: number, statusText: string): string =>
  typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : `${status} ${statusText}`;

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    loginRequired(res.status, path);
    throw new ApiError(res.status, errorText(body, res.status, res.statusText));
  }
  return body as T;
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  me: () => call<Me>('/api/auth/me'),
  login: (name: string, password: string) => call<{ user: SessionUser }>('/api/auth/login', json('POST', { name, password })),
  logout: () => call<{ ok: true }>('/api/auth/logout', { method: 'POST' }),
  users: () => call<{ users: UserRecord[] }>('/api/users'),
  addUser: (u: NewUserRequest) => call<UserRecord>('/api/users', json('POST', u)),
  updateUser: (name: string, patch: UserPatchRequest) => call<UserRecord>(`/api/users/${encodeURIComponent(name)}`, json('PATCH', patch)),
  tokens: () => call<{ tokens: ApiTokenRecord[] }>('/api/tokens'),
  createToken: (t: NewApiTokenRequest) => call<NewApiToken>('/api/tokens', json('POST', t)),
  revokeToken: (id: number) => call<ApiTokenRecord>(`/api/tokens/${id}`, { method: 'DELETE' }),
  updateCrisis: (name: string, patch: CrisisPatch) => call<Crisis>(`/api/crises/${encodeURIComponent(name)}`, json('PATCH', patch)),
  info: () => call<ServerInfo>('/api/info'),
  crises: () => call<CrisisList>('/api/crises'),
  createCrisis: (c: CrisisRequest) => call<Crisis>('/api/crises', json('POST', c)),
  tally: (crisis: string, f: TallyQuery = {}) => call<CrisisTally>(`/api/tally${query({ crisis, ...f, sourceTypes: f.sourceTypes?.join(',') })}`),
  documents: (p: DocumentListQuery = {}) => call<DocumentList>(`/api/documents${query(p)}`),
  document: (id: number) => call<StoredDocument>(`/api/documents/${id}`),
  claims: (q: ClaimQuery = {}) => call<ClaimPage>(`/api/claims${query(q)}`),
  claim: (id: number) => call<ClaimWithHistory>(`/api/claims/${id}`),
  reviewQueue: (q: ReviewQueueQuery) => call<ReviewQueue>(`/api/review-queue${query(q)}`),
  review: (id: number, change: ReviewRequest) => call<ClaimWithHistory>(`/api/claims/${id}/review`, json('POST', change)),
  pinHeadline: (p: HeadlinePinRequest) => call<HeadlinePin>('/api/tally/pins', json('POST', p)),
  unpinHeadline: (crisis: string, category: Category, by?: string) =>
    call<HeadlinePinRemoved>(`/api/tally/pins${query({ crisis, category, by })}`, { method: 'DELETE' }),
  sources: () => call<SourceList>('/api/sources'),
  updateSource: (id: number, patch: SourcePatch) => call<SourceRecord>(`/api/sources/${id}`, json('PATCH', patch)),
  mergeSources: (from: string, into: string, editor?: string) =>
    call<SourceRecord>('/api/sources/merge', json('POST', { from, into, editor } satisfies SourceMergeRequest)),
  splitSource: (id: number, alias: string, editor?: string) =>
    call<SourceSplitResult>(`/api/sources/${id}/split`, json('POST', { alias, editor } satisfies SourceSplitRequest)),
  places: (p: PlaceQuery = {}) => call<PlaceList>(`/api/places${query(p)}`),
  ingestText: (b: IngestTextRequest) => call<IngestResult>('/api/ingest/text', json('POST', b)),
  ingestUrl: (b: IngestUrlRequest) => call<IngestSummary>('/api/ingest/url', json('POST', b)),
  /** One multipart upload ("files" parts, optional "crisis"). */
  ingestFiles: (files: File[], crisis?: string) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    if (crisis) form.set('crisis', crisis);
    return call<IngestSummary>('/api/ingest/files', { method: 'POST', body: form });
  },
  /** One file as a multipart upload, reporting upload progress (0..1) as it goes. */
  ingestFile: (file: File, crisis: string | undefined, onProgress: (fraction: number) => void) =>
    new Promise<IngestSummary>((resolve, reject) => {
      const form = new FormData();
      form.append('files', file, file.name);
      if (crisis) form.set('crisis', crisis);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/ingest/files');
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onerror = () => reject(new ApiError(0, 'the server could not be reached; is "tally serve" still running?'));
      xhr.onload = () => {
        let body: unknown = xhr.responseText;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // Not JSON: keep the text for the message.
        }
        if (xhr.status >= 200 && xhr.status < 300) return resolve(body as IngestSummary);
        loginRequired(xhr.status, '/api/ingest/files');
        reject(new ApiError(xhr.status, errorText(body, xhr.status, xhr.statusText)));
      };
      xhr.send(form);
    }),
  /** URL of an export of the claims matching a query (download link). */
  exportUrl: (format: ExportFormat, q: ClaimQuery = {}) => `/api/export${query({ ...q, format, limit: undefined, offset: undefined })}`,
  audit: (q: AuditQuery) => call<AuditPage>(`/api/audit${query(q)}`),
  basemapUrl: (layer: 'countries' | 'admin1') => `/basemap/${layer}.json`,
};
