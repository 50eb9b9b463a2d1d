/**
 * Private crises (migration 12): a crisis marked private is seen only by its members and by
 * admins. What a reader may not see is worked out once per request as a `Visibility` (the
 * private crises they are not a member of); the store's filters take it: claims, places and
 * exports (ClaimFilter.hiddenCrisisIds), documents, the audit log (AuditFilter.hiddenCrises),
 * and single crises, documents and claims by `crisisHidden` and `documentHidden`. A document
 * in a hidden crisis is hidden, whatever other crises it is in.
 */
import { roleAtLeast, type Role } from './accounts.js';
import { recordAudit } from './audit.js';
import type { Db, Queryable } from './db.js';
import { InvalidInputError, NotFoundError } from './errors.js';

export interface Reader {
  name: string;
  role: Role;
}

export interface Visibility {
  /** Private crises the reader is not a member of. */
  hiddenCrisisIds: number[];
  hiddenCrisisNames: string[];
}

/** Admins, and the local user of a login-free server, see everything. */
export const SEES_ALL: Visibility = Object.freeze({ hiddenCrisisIds: [], hiddenCrisisNames: [] }) as Visibility;

export async function visibilityFor(db: Queryable, reader: Reader | null): Promise<Visibility> {
  if (!reader || roleAtLeast(reader.role, 'admin')) return SEES_ALL;
  const { rows } = await db.query<{ id: number | string; name: string }>(
    `SELECT k.id, k.name FROM crises k WHERE k.private AND NOT EXISTS (
       SELECT 1 FROM crisis_members m JOIN users u ON u.id = m.user_id WHERE m.crisis_id = k.id AND lower(u.name) = lower($1))`,
    [reader.name],
  );
  return { hiddenCrisisIds: rows.map((r) => Number(r.id)), hiddenCrisisNames: rows.map((r) => r.name) };
}

/** SQL: the document id in `column` is in none of the hidden crises (`param`: a bigint[] parameter). */
export const visibleDocumentSql = (column: string, param: string): string =>
  `${column} NOT IN (SELECT document_id FROM crisis_documents WHERE crisis_id = ANY (${param}::bigint[]))`;

export const crisisHidden = (vis: Visibility, name: string): boolean => {
  const n = name.trim().toLowerCase();
  return vis.hiddenCrisisNames.some((h) => h.toLowerCase() === n);
};

export async function documentHidden(db: Queryable, vis: Visibility, documentId: number): Promise<boolean> {
  if (!vis.hiddenCrisisIds.length) return false;
  const { rows } = await db.query('SELECT 1 FROM crisis_documents WHERE document_id = $1 AND crisis_id = ANY ($2::bigint[]) LIMIT 1', [
    documentId,
    vis.hiddenCrisisIds,
  ]);
  return rows.length > 0;
}

export interface CrisisAccess {
  private: boolean;
  members: string[];
}

/** Whether each crisis is private and who its members are, by crisis id. */
export async function crisisAccess(db: Queryable, ids?: number[]): Promise<Map<number, CrisisAccess>> {
  const { rows } = await db.query<{ id: number | string; private: boolean; members: string[] | null }>(
    `SELECT k.id, k.private, array_remove(array_agg(u.name ORDER BY lower(u.name)), NULL) AS members
     FROM crises k LEFT JOIN crisis_members m ON m.crisis_id = k.id LEFT JOIN users u ON u.id = m.user_id
     ${ids ? 'WHERE k.id = ANY ($1::bigint[])' : ''} GROUP BY k.id`,
    ids ? [ids] : [],
  );
  return new Map(rows.map((r) => [Number(r.id), { private: Boolean(r.private), members: Array.isArray(r.members) ? r.members : [] }]));
}

/** A crisis with its access fields, for the API. */
export async function withAccess<C extends { id: number }>(db: Queryable, crises: C[]): Promise<Array<C & CrisisAccess>> {
  const access = await crisisAccess(
    db,
    crises.map((c) => c.id),
  );
  return crises.map((c) => ({ ...c, ...(access.get(c.id) ?? { private: false, members: [] }) }));
}

/**
 * Makes a crisis private or public and sets its members (user names, replacing the list).
 * Unknown names are refused with the list of them.
 */
export async function setCrisisAccess(db: Db, crisisName: string, change: { private?: boolean; members?: string[] }, actor: string): Promise<CrisisAccess> {
  return db.transaction(async (tx) => {
    const { rows: found } = await tx.query<{ id: number | string; name: string }>('SELECT id, name FROM crises WHERE lower(name) = lower($1) FOR UPDATE', [
      crisisName.trim(),
    ]);
    const crisis = found[0];
    if (!crisis) throw new NotFoundError(`no crisis called "${crisisName}" (see GET /api/crises)`);
    const id = Number(crisis.id);
    const before = (await crisisAccess(tx, [id])).get(id)!;
    if (change.private !== undefined) await tx.query('UPDATE crises SET private = $2, revision = revision + 1 WHERE id = $1', [id, change.private]);
    if (change.members !== undefined) {
      const names = [...new Set(change.members.map((m) => m.trim()).filter(Boolean))];
      const { rows: users } = await tx.query<{ id: number | string; name: string }>('SELECT id, name FROM users WHERE lower(name) = ANY ($1::text[])', [
        names.map((n) => n.toLowerCase()),
      ]);
      const known = new Set(users.map((u) => u.name.toLowerCase()));
      const unknown = names.filter((n) => !known.has(n.toLowerCase()));
      if (unknown.length) throw new InvalidInputError(`members: no user called ${unknown.map((n) => `"${n}"`).join(', ')} (see the list of users)`);
      await tx.query('DELETE FROM crisis_members WHERE crisis_id = $1', [id]);
      for (const u of users) await tx.query('INSERT INTO crisis_members (crisis_id, user_id) VALUES ($1, $2)', [id, u.id]);
    }
    const after = (await crisisAccess(tx, [id])).get(id)!;
    await recordAudit(tx, { actor, action: 'crisis.access', targetType: 'crisis', targetId: id, crisis: crisis.name, before, after });
    return after;
  });
}
