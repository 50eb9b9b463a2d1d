/**
 * Crises: named sets of documents with a start date ("day N" reports count from it) and a region.
 * A document joins a crisis at ingest or later; joining changes the crisis's tally.
 */
import type { Crisis } from '../domain.js';
import { recordAudit } from './audit.js';
import type { Db, Queryable } from './db.js';
import { InvalidInputError } from './errors.js';
import type { KnownIds, Learned } from './known-ids.js';
import { markChanged } from './revisions.js';
import { day } from './sql.js';

interface CrisisRow {
  id: number;
  name: string;
  start_date: string | Date | null;
  region: string | null;
}
const toCrisis = (r: CrisisRow): Crisis => ({ id: Number(r.id), name: r.name, startDate: day(r.start_date), region: r.region });

/** Creates a crisis, or updates its start date and region when it exists; `actor`: who (audit log). */
export async function createCrisis(db: Db, input: { name: string; startDate?: string | null; region?: string | null; actor?: string }): Promise<Crisis> {
  const name = input.name.trim();
  if (!name) throw new InvalidInputError('a crisis needs a name');
  return db.transaction(async (tx) => {
    const { rows: was } = await tx.query<CrisisRow>('SELECT id, name, start_date, region FROM crises WHERE name = $1', [name]);
    const { rows } = await tx.query<CrisisRow>(
      `INSERT INTO crises (name, start_date, region) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET start_date = COALESCE(EXCLUDED.start_date, crises.start_date), region = COALESCE(EXCLUDED.region, crises.region)
       RETURNING id, name, start_date, region`,
      [name, input.startDate ?? null, input.region ?? null],
    );
    const crisis = toCrisis(rows[0]!);
    const values = (c: Crisis) => ({ name: c.name, startDate: c.startDate, region: c.region });
    await recordAudit(tx, {
      actor: input.actor ?? '',
      action: was[0] ? 'crisis.update' : 'crisis.create',
      targetType: 'crisis',
      targetId: crisis.id,
      crisis: name,
      before: was[0] ? values(toCrisis(was[0])) : null,
      after: values(crisis),
    });
    await markChanged(tx, { crises: [crisis.id] });
    return crisis;
  });
}

export async function listCrises(db: Queryable): Promise<Array<Crisis & { documents: number }>> {
  const { rows } = await db.query<CrisisRow & { n: number }>(
    'SELECT k.id, k.name, k.start_date, k.region, (SELECT count(*) FROM crisis_documents cd WHERE cd.crisis_id = k.id) AS n FROM crises k ORDER BY k.start_date DESC NULLS LAST, k.name',
  );
  return rows.map((r) => ({ ...toCrisis(r), documents: Number(r.n) }));
}

export async function getCrisis(db: Queryable, name: string): Promise<Crisis | null> {
  const { rows } = await db.query<CrisisRow>('SELECT id, name, start_date, region FROM crises WHERE lower(name) = lower($1)', [name.trim()]);
  return rows[0] ? toCrisis(rows[0]) : null;
}

/**
 * Adds documents to a crisis (created if missing); the id of the crisis when any document joined
 * it (the caller marks it changed, last in its transaction), else null.
 */
export async function joinCrisis(tx: Queryable, known: KnownIds, learned: Learned, name: string, documentIds: number[]): Promise<number | null> {
  const key = name.trim();
  let crisisId = known.crises.get(key);
  if (crisisId === undefined) {
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO crises (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id',
      [key],
    );
    learned.crises.set(key, (crisisId = Number(rows[0]!.id)));
  }
  let added = 0;
  for (const id of documentIds) {
    added += (
      await tx.query('INSERT INTO crisis_documents (crisis_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING document_id', [crisisId, id])
    ).rows.length;
  }
  return added ? crisisId : null;
}

/** Adds stored documents to a crisis (created if missing). */
export async function addToCrisis(db: Db, known: KnownIds, name: string, documentIds: number[]): Promise<void> {
  await known.learning(db, async (tx, learned) => {
    const changed = await joinCrisis(tx, known, learned, name, documentIds);
    if (changed !== null) await markChanged(tx, { crises: [changed] });
  });
}

/** The crisis a document belongs to (the first, when several), for the audit log. */
export async function crisisOfDocument(tx: Queryable, documentId: number): Promise<string | null> {
  const { rows } = await tx.query<{ name: string }>(
    'SELECT c.name FROM crisis_documents cd JOIN crises c ON c.id = cd.crisis_id WHERE cd.document_id = $1 ORDER BY c.id LIMIT 1',
    [documentId],
  );
  return rows[0]?.name ?? null;
}
