/**
 * The web UI's client for the HTTP API (documented at /api/openapi.json). Types come from the
 * server-side modules (type-only imports: nothing server-side is bundled).
 */
import type { Category, Crisis, ReviewStatus, SourceType } from '../domain.js';
import type { AuditEntry, ClaimFilter, ClaimPage, DocumentSummary, QueueItem, ReviewChange, ReviewQueuePage, ReviewRecord, SourcePatch, SourceRecord, StoredClaim, StoredDocument } from '../store/index.js';
import type { CrisisTally } from '../tally/index.js';

export type { AuditEntry, Category, Crisis, ReviewStatus, SourceType, ClaimFilter, ClaimPage, DocumentSummary, QueueItem, ReviewChange, ReviewQueuePage, ReviewRecord, SourceRecord, StoredClaim, StoredDocument, CrisisTally };

export interface CrisisSummary extends Crisis {
  documents: number;
}

export interface PlaceSummary {
  placeId: string;
  name: string;
  precision: 'city' | 'region' | 'country';
  countryCode: string;
  countryName: string;
  admin1: string | null;
  lat: number;
  lon: number;
  /** Non-rejected claims about the place (after filters). */
  claims: number;
  /** The largest conservative estimate among them. */
  maxEstimate: number;
  categories: Category[];
}

export interface IngestResult {
  origin: string;
  status: 'ingested' | 'unchanged' | 'failed';
  documentId?: number;
  claims?: number;
  reason?: string;
  warning?: string;
}

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: number;
  claims: number;
  results: IngestResult[];
}

export interface ServerInfo {
  name: string;
  version: string;
  store: 'pglite' | 'postgres';
  counts: { documents: number; claims: number; sources: number; crises: number };
  /** Optional raster tile URL template ("https://tile.example/{z}/{x}/{y}.png"); null: offline basemap only. */
  tileUrl: string | null;
  tileAttribution: string | null;
}

export interface ClaimQuery extends Omit<ClaimFilter, 'includeRejected'> {
  sort?: 'asOf' | 'estimate' | 'category' | 'source' | 'place' | 'published' | 'id';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface TallyQuery {
  category?: Category;
  since?: string;
  until?: string;
  sourceTypes?: SourceType[];
  maxSources?: number;
  maxFigures?: number;
  maxEvents?: number;
  place?: string;
  maxPlaces?: number;
}

/** What the dashboard asks for: enough for its table and chart, small enough for any crisis. */
export const DASHBOARD_TALLY = { maxSources: 25, maxFigures: 60, maxEvents: 50 } as const;

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

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : `${res.status} ${res.statusText}`);
  return body as T;
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  info: () => call<ServerInfo>('/api/info'),
  crises: () => call<{ items: CrisisSummary[] }>('/api/crises'),
  createCrisis: (c: { name: string; startDate?: string | null; region?: string | null }) => call<Crisis>('/api/crises', json('POST', c)),
  tally: (crisis: string, f: TallyQuery = {}) => call<CrisisTally>(`/api/tally${query({ crisis, ...f, sourceTypes: f.sourceTypes?.join(',') })}`),
  documents: (p: { crisis?: string; q?: string; limit?: number; offset?: number } = {}) => call<{ items: DocumentSummary[]; total: number }>(`/api/documents${query(p)}`),
  document: (id: number) => call<StoredDocument>(`/api/documents/${id}`),
  claims: (q: ClaimQuery = {}) => call<ClaimPage>(`/api/claims${query(q)}`),
  claim: (id: number) => call<{ claim: StoredClaim; history: ReviewRecord[] }>(`/api/claims/${id}`),
  reviewQueue: (q: { crisis: string; category?: Category; offset?: number }) => call<ReviewQueuePage>(`/api/review-queue${query(q)}`),
  review: (id: number, change: ReviewChange) => call<{ claim: StoredClaim; history: ReviewRecord[] }>(`/api/claims/${id}/review`, json('POST', change)),
  pinHeadline: (p: { crisis: string; category: Category; claimId: number; by: string; note?: string }) =>
    call<{ crisisId: number; category: Category; claimId: number; note: string; pinnedBy: string; pinnedAt: string }>('/api/tally/pins', json('POST', p)),
  unpinHeadline: (crisis: string, category: Category, by?: string) => call<{ removed: boolean }>(`/api/tally/pins${query({ crisis, category, by })}`, { method: 'DELETE' }),
  sources: () => call<{ items: SourceRecord[] }>('/api/sources'),
  updateSource: (id: number, patch: SourcePatch) => call<SourceRecord>(`/api/sources/${id}`, json('PATCH', patch)),
  mergeSources: (from: string, into: string, editor?: string) => call<SourceRecord>('/api/sources/merge', json('POST', { from, into, editor })),
  splitSource: (id: number, alias: string, editor?: string) => call<{ source: SourceRecord; split: SourceRecord }>(`/api/sources/${id}/split`, json('POST', { alias, editor })),
  places: (p: { crisis?: string; category?: Category; since?: string; until?: string } = {}) => call<{ items: PlaceSummary[] }>(`/api/places${query(p)}`),
  ingestText: (b: { text: string; title?: string; url?: string; published?: string; crisis?: string }) => call<IngestResult>('/api/ingest/text', json('POST', b)),
  ingestUrl: (b: { url: string; crisis?: string }) => call<IngestSummary>('/api/ingest/url', json('POST', b)),
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
        if (xhr.status >= 200 && xhr.status < 300) resolve(body as IngestSummary);
        else reject(new ApiError(xhr.status, typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : `${xhr.status} ${xhr.statusText}`));
      };
      xhr.send(form);
    }),
  /** URL of an export of the claims matching a query (download link). */
  exportUrl: (format: 'csv' | 'json' | 'geojson', q: ClaimQuery = {}) => `/api/export${query({ ...q, format, limit: undefined, offset: undefined })}`,
  audit: (q: { actor?: string; action?: string; crisis?: string; since?: string; until?: string; limit?: number; offset?: number }) =>
    call<{ items: AuditEntry[]; total: number }>(`/api/audit${query(q)}`),
  basemapUrl: (layer: 'countries' | 'admin1') => `/basemap/${layer}.json`,
};
