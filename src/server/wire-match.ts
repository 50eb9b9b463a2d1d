/**
 * Compile-time checks that what the handlers send is what the schemas describe, in the one
 * direction the handlers' own typing leaves open. @hono/zod-openapi already refuses (in `tsc`)
 * an answer that lacks a schema field or gives one the wrong type; nothing refuses an answer
 * with a field the schema does not name, which the server would send undocumented and the
 * web client's types (wire.ts) would not know. Each line below fails `tsc` with the path of
 * such a field ('.items[].newField'). Imported by nobody: type-checking it is its whole job.
 */
import type { IngestSummary } from '../ingest/pipeline.js';
import type { createApiToken, listApiTokens } from '../store/accounts.js';
import type { listAudit } from '../store/audit.js';
import type { pinHeadline } from '../store/headline-pins.js';
import type { Store } from '../store/index.js';
import type { CrisisTally } from '../tally/index.js';
import type { documentPage } from './document-page.js';
import type * as w from './wire.js';

type Present<T> = Exclude<T, null | undefined>;
/** The keys a value of T always has (optional ones, which stored values leave out, are not). */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The paths of the fields A always has and B does not name, or never. */
type FieldsOnlyIn<A, B, Path extends string = ''> = [Present<A>] extends [readonly (infer ItemA)[]]
  ? [Present<B>] extends [readonly (infer ItemB)[]]
    ? FieldsOnlyIn<ItemA, ItemB, `${Path}[]`>
    : never
  : [Present<A>] extends [object]
    ? {
        [K in RequiredKeys<Present<A>> & string]: K extends keyof Present<B> ? FieldsOnlyIn<Present<A>[K], Present<B>[K], `${Path}.${K}`> : `${Path}.${K}`;
      }[RequiredKeys<Present<A>> & string]
    : never;
/** Resolves to the offending paths, so `tsc` names them when one appears. */
type NoFieldsOffTheWire<Sent, Wire, Extra = FieldsOnlyIn<Sent, Wire>> = [Extra] extends [never] ? true : Extra;
type Expect<T extends true> = T;
type Answer<M extends (...args: never[]) => unknown> = Awaited<ReturnType<M>>;

export type WireMatches = [
  Expect<NoFieldsOffTheWire<Answer<Store['counts']>, w.ServerInfo['counts']>>,
  Expect<NoFieldsOffTheWire<Answer<Store['listCrises']>, w.CrisisSummary[]>>,
  Expect<NoFieldsOffTheWire<Answer<Store['createCrisis']>, w.Crisis>>,
  Expect<NoFieldsOffTheWire<CrisisTally, w.CrisisTally>>,
  Expect<NoFieldsOffTheWire<Answer<typeof pinHeadline>, w.HeadlinePin>>,
  Expect<NoFieldsOffTheWire<Answer<typeof listAudit>, w.AuditPage>>,
  Expect<NoFieldsOffTheWire<Answer<Store['listDocuments']>, w.DocumentList>>,
  Expect<NoFieldsOffTheWire<Answer<Store['searchDocuments']>, w.DocumentList>>,
  Expect<NoFieldsOffTheWire<NonNullable<Answer<Store['getDocument']>>, w.StoredDocument>>,
  Expect<NoFieldsOffTheWire<ReturnType<typeof documentPage>, w.StoredDocument>>,
  Expect<NoFieldsOffTheWire<Answer<Store['listClaims']>, w.ClaimPage>>,
  Expect<NoFieldsOffTheWire<Answer<Store['reviewQueue']>, w.ReviewQueue>>,
  Expect<NoFieldsOffTheWire<NonNullable<Answer<Store['getClaim']>>, w.Claim>>,
  Expect<NoFieldsOffTheWire<Answer<Store['reviewClaim']>, w.Claim>>,
  Expect<NoFieldsOffTheWire<Answer<Store['claimHistory']>, w.ReviewRecord[]>>,
  Expect<NoFieldsOffTheWire<Answer<Store['listSources']>, w.SourceRecord[]>>,
  Expect<NoFieldsOffTheWire<Answer<Store['updateSource']>, w.SourceRecord>>,
  Expect<NoFieldsOffTheWire<Answer<Store['mergeSources']>, w.SourceRecord>>,
  Expect<NoFieldsOffTheWire<Answer<Store['splitSource']>, w.SourceSplitResult>>,
  Expect<NoFieldsOffTheWire<Answer<Store['listPlaces']>, w.PlaceSummary[]>>,
  Expect<NoFieldsOffTheWire<IngestSummary, w.IngestSummary>>,
  Expect<NoFieldsOffTheWire<Answer<typeof listApiTokens>, w.ApiTokenRecord[]>>,
  Expect<NoFieldsOffTheWire<Answer<typeof createApiToken>['record'], w.ApiTokenRecord>>,
];
