/**
 * The one revision protocol: every write marks what it changed with `markChanged`, inside its
 * own transaction, and the caches compare the counters it moves.
 *
 *   store_state.revision              moves with every write: the server's kept GET answers
 *                                     (server/answer-cache.ts), the audit page among them
 *   crises.revision                   moves when anything a crisis's tally depends on does (its
 *                                     documents, their claims, a source's names or type, its start
 *                                     date): the tally's kept claims (tally/crisis-claims.ts) then
 *                                     compare document versions
 *   crisis_documents.claims_version   moves when a document's claims do (a review, claims moving
 *                                     between sources): the tally reads only those documents again
 *                                     (the row's `xmin`, see `crisisDocuments`)
 *
 * Headline pins move only the store's revision: the tally reads them on every request. Marks are
 * taken at the end of a write: concurrent ingests then hold the crisis and store rows briefly.
 */
import type { Queryable } from './db.js';

export interface Changed {
  /** Documents whose claims changed; the crises they are in change with them. */
  documents?: number[];
  /** Crises whose tally inputs changed, or all of them (a source's names or type). */
  crises?: number[] | 'all';
}

export async function markChanged(tx: Queryable, what: Changed = {}): Promise<void> {
  const documents = what.documents ?? [];
  if (documents.length) await tx.query('UPDATE crisis_documents SET claims_version = claims_version + 1 WHERE document_id = ANY ($1::bigint[])', [documents]);
  if (what.crises === 'all') {
    await tx.query('UPDATE crises SET revision = revision + 1');
  } else if (documents.length || what.crises?.length) {
    await tx.query(
      'UPDATE crises SET revision = revision + 1 WHERE id = ANY ($1::bigint[]) OR id IN (SELECT crisis_id FROM crisis_documents WHERE document_id = ANY ($2::bigint[]))',
      [what.crises ?? [], documents],
    );
  }
  await tx.query('UPDATE store_state SET revision = revision + 1 WHERE id = 1');
}

/** The store's revision: it changes with every write. */
export async function storeRevision(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ revision: number | string }>('SELECT revision FROM store_state WHERE id = 1');
  return Number(rows[0]?.revision ?? 0);
}

/** The crisis's revision (-1 for no such crisis): it changes whenever something its tally depends on does. */
export async function crisisRevision(db: Queryable, crisisId: number): Promise<number> {
  const { rows } = await db.query<{ revision: number | string }>('SELECT revision FROM crises WHERE id = $1', [crisisId]);
  return rows[0] ? Number(rows[0].revision) : -1;
}
