/**
 * Reviews: an analyst accepts, edits, rejects or resets a claim; each review is recorded with
 * the claim's values before and after (`claim_reviews`, and the audit log).
 */
import { isCalendarDay } from '../calendar.js';
import type { CountClaim, ReviewStatus } from '../domain.js';
import { guessSourceType } from '../sources/index.js';
import { recordAudit } from './audit.js';
import { CLAIM_EDITS, claimRecord, placeColumns, type StoredClaim } from './claim-columns.js';
import { getClaim } from './claims.js';
import { crisisOfDocument } from './crises.js';
import type { Db, Queryable } from './db.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { checkBounds, countProblem, geocodeReviewPlace } from './review-rules.js';
import { markChanged } from './revisions.js';
import { json, Params } from './sql.js';

export interface ReviewChange {
  status: 'accepted' | 'edited' | 'rejected' | 'unreviewed';
  reviewer: string;
  /** Edited fields (any of the claim's own fields). */
  changes?: Partial<
    Pick<CountClaim, 'category' | 'low' | 'high' | 'estimate' | 'qualifier' | 'hedged' | 'who' | 'asOf' | 'cumulative' | 'scope' | 'revision'>
  > & {
    source?: string | null;
    via?: string[];
    /** A name the gazetteer knows (the claim's place columns follow it), or null to clear the place. */
    placeName?: string | null;
  };
  note?: string;
  /** The claim's version the review was made on: refused (ConflictError) when the claim has changed since. */
  version?: number;
}

export interface ReviewRecord {
  id: number;
  at: string;
  reviewer: string;
  action: 'accept' | 'edit' | 'reject' | 'reset';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  note: string | null;
}

/** A claim's reviewable values, to tell whether a review changed any. */
const comparable = (c: StoredClaim) => JSON.stringify({ ...claimRecord(c), reviewStatus: null, placeId: c.place?.id ?? null });

/**
 * Accept, edit or reject a claim; the change is recorded with its before and after values.
 * Refused when the values are not a claim's (bounds out of order, a count that is not a whole
 * number of people, an impossible date, a place the gazetteer does not know, an edit that
 * changes nothing) or when `change.version` is not the claim's current version.
 */
export async function reviewClaim(db: Db, id: number, change: ReviewChange): Promise<StoredClaim> {
  if (!change.reviewer.trim()) throw new InvalidInputError("a review needs the reviewer's name");
  const ch = change.changes ?? {};
  for (const field of ['low', 'high', 'estimate'] as const) {
    const v = ch[field];
    if (v === undefined || (v === null && field !== 'estimate')) continue;
    const problem = countProblem(v);
    if (problem) throw new InvalidInputError(`${field} ${problem}`);
  }
  if (ch.asOf != null && !isCalendarDay(ch.asOf)) throw new InvalidInputError(`asOf "${ch.asOf}" is not a calendar date: give one like 2019-12-04, or none`);
  return db.transaction(async (tx) => {
    // Locked, so that two reviews of one claim are checked against each other's result.
    const { rows: current } = await tx.query<{ version: number; reviewer: string | null; reviewed_at: Date | string | null }>(
      'SELECT version, reviewer, reviewed_at FROM claims WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!current[0]) throw new NotFoundError(`claim ${id} does not exist`);
    if (change.version !== undefined && Number(current[0].version) !== change.version) {
      const { reviewer, reviewed_at: at } = current[0];
      const when = at ? `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'an unknown time';
      throw new ConflictError(`this claim was changed by ${reviewer ?? 'another reviewer'} at ${when}; reload it and apply your edit again`);
    }
    const before = (await getClaim(tx, id))!;
    const p = new Params();
    const sets: string[] = [];
    const set = (column: string, value: unknown) => sets.push(`${column} = ${p.add(value)}`);
    for (const { key, column } of CLAIM_EDITS) if (ch[key] !== undefined) set(column, ch[key]);
    if (ch.placeName !== undefined) {
      // A place is where the claim sits on the map, in the tally and in exports: the name
      // alone is not enough, so the new name is geocoded (or the place cleared).
      const name = ch.placeName?.trim();
      for (const [column, value] of placeColumns(name ? geocodeReviewPlace(name, before.place) : null)) set(column, value);
    }
    if (ch.source !== undefined) set('source_id', ch.source ? await sourceId(tx, ch.source) : null);
    // The estimate stays the conservative value unless set explicitly.
    const bounds = ch.low !== undefined || ch.high !== undefined || ch.estimate !== undefined;
    const low = ch.low !== undefined ? ch.low : before.low;
    const high = ch.high !== undefined ? ch.high : before.high;
    const estimate = ch.estimate ?? (ch.low !== undefined || ch.high !== undefined ? (low ?? high) : undefined);
    if (estimate === null) throw new InvalidInputError('a claim needs a low or a high bound');
    if (bounds) checkBounds(low, high, estimate ?? before.estimate);
    if (estimate !== undefined) set('estimate', estimate);
    const edited = sets.length > 0;
    let status: ReviewStatus = change.status === 'accepted' && edited ? 'edited' : change.status;
    set('review_status', status);
    set('reviewed_at', new Date().toISOString());
    set('reviewer', change.reviewer);
    await tx.query(`UPDATE claims SET ${sets.join(', ')}, version = version + 1 WHERE id = ${p.add(id)}`, p.values);
    const after = (await getClaim(tx, id))!;
    const changed = comparable(before) !== comparable(after);
    if (status === 'edited' && !changed) {
      if (change.status !== 'accepted') throw new InvalidInputError('this edit changes nothing: change at least one field, or accept the claim as it is');
      // An accept that restated the claim's own values is an accept.
      status = 'accepted';
      await tx.query(`UPDATE claims SET review_status = 'accepted' WHERE id = $1`, [id]);
      after.reviewStatus = 'accepted';
    }
    const action = status === 'rejected' ? 'reject' : status === 'unreviewed' ? 'reset' : changed ? 'edit' : 'accept';
    await tx.query('INSERT INTO claim_reviews (claim_id, reviewer, action, before, after, note) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      change.reviewer,
      action,
      JSON.stringify(claimRecord(before)),
      JSON.stringify(claimRecord(after)),
      change.note ?? null,
    ]);
    await recordAudit(tx, {
      actor: change.reviewer,
      action: `review.${action}`,
      targetType: 'claim',
      targetId: id,
      crisis: await crisisOfDocument(tx, before.documentId),
      before: claimRecord(before),
      after: claimRecord(after),
      note: change.note ?? null,
    });
    await markChanged(tx, { documents: [before.documentId] });
    return after;
  });
}

export async function claimHistory(db: Queryable, id: number): Promise<ReviewRecord[]> {
  const { rows } = await db.query<{
    id: number;
    at: Date | string;
    reviewer: string;
    action: ReviewRecord['action'];
    before: unknown;
    after: unknown;
    note: string | null;
  }>('SELECT id, at, reviewer, action, before, after, note FROM claim_reviews WHERE claim_id = $1 ORDER BY at, id', [id]);
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    reviewer: r.reviewer,
    action: r.action,
    before: json(r.before),
    after: json(r.after),
    note: r.note,
  }));
}

/** The source of a name a reviewer typed (created with the type its name suggests; a merged name leads to the source it joined). */
async function sourceId(tx: Queryable, name: string): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    'INSERT INTO sources (name, type) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING COALESCE(merged_into, id) AS id',
    [name, guessSourceType(name)],
  );
  return Number(rows[0]!.id);
}
