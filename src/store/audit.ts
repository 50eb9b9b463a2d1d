/**
 * One audit log of every write (table `audit_log`, migration 11): who, when, what, on which
 * target, with the values before and after. Each write records itself here inside its own
 * transaction, so a write that fails leaves no entry and an entry never outlives its write.
 *
 * The actor is the logged-in user on a server that needs a login (server/auth.ts); else the
 * name the write already carries (the reviewer of a review, the editor of a source edit, the
 * analyst of a pin), for the CLI the account of TALLY_TOKEN or the operating-system user, or
 * "web" when nothing names one. Logins, failed logins (the name tried, never a password),
 * logouts, account changes and exports are recorded too (accounts.ts, server/auth.ts).
 */
import type { Queryable } from './db.js';
import { InvalidInputError } from './errors.js';
import { markChanged } from './revisions.js';
import { Params } from './sql.js';

export type AuditAction =
  | 'review.accept'
  | 'review.edit'
  | 'review.reject'
  | 'review.reset'
  | 'source.set'
  | 'source.merge'
  | 'source.split'
  | 'crisis.create'
  | 'crisis.update'
  | 'ingest'
  | 'pin'
  | 'unpin'
  | 'crisis.access'
  | 'export'
  | 'login'
  | 'login.failed'
  | 'logout'
  | 'user.add'
  | 'user.role'
  | 'user.disable'
  | 'user.enable'
  | 'user.password'
  | 'token.create'
  | 'token.revoke';

export type AuditTarget = 'claim' | 'source' | 'crisis' | 'document' | 'pin' | 'user' | 'export';

export interface AuditEntryInput {
  actor: string;
  action: AuditAction;
  targetType: AuditTarget;
  targetId?: string | number | null;
  crisis?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

export interface AuditEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  crisis: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  crisis?: string;
  /** ISO date or timestamp: entries at or after. */
  since?: string;
  /** ISO date or timestamp: entries before (a bare date counts the whole day). */
  until?: string;
  /** Crises the reader may not see (private ones, src/store/visibility.ts): their entries are left out. */
  hiddenCrises?: string[];
}

export const AUDIT_MAX_PAGE = 500;

/** When nothing names who made a write (a browser without a name, an API call without one). */
export const UNNAMED_ACTOR = 'web';

export const actorOf = (name: string | null | undefined): string => name?.trim() || UNNAMED_ACTOR;

/**
 * Records one write, inside the caller's transaction. Marks the store changed too (see
 * revisions.ts), so that kept API answers (the audit page among them) are renewed by every
 * audited write.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntryInput): Promise<void> {
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  await tx.query('INSERT INTO audit_log (actor, action, target_type, target_id, crisis, before, after, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    actorOf(entry.actor),
    entry.action,
    entry.targetType,
    entry.targetId == null ? null : String(entry.targetId),
    entry.crisis ?? null,
    json(entry.before),
    json(entry.after),
    entry.note ?? null,
  ]);
  await markChanged(tx);
}

interface AuditRow {
  id: number | string;
  at: Date | string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string | null;
  crisis: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  total?: number | string;
}

const parsed = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** A bare calendar day as `until` means up to the end of that day. */
function untilBound(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString() : until;
}

function checkTime(name: string, v: string): void {
  if (Number.isNaN(Date.parse(v))) throw new InvalidInputError(`${name} "${v}" is not a date: give one like 2026-11-30 or 2026-11-30T14:00:00Z`);
}

/** Entries newest first, filtered; `total` counts every match. */
export async function listAudit(
  db: Queryable,
  filter: AuditFilter = {},
  page: { limit?: number; offset?: number } = {},
): Promise<{ items: AuditEntry[]; total: number }> {
  const where: string[] = [];
  const p = new Params();
  if (filter.actor) where.push(`lower(actor) = lower(${p.add(filter.actor.trim())})`);
  // An action filter names one action ("review.edit") or a family ("review").
  if (filter.action) where.push(`(action = ${p.add(filter.action.trim())} OR action LIKE ${p.add(`${filter.action.trim()}.%`)})`);
  if (filter.crisis) where.push(`lower(crisis) = lower(${p.add(filter.crisis.trim())})`);
  if (filter.hiddenCrises?.length)
    where.push(`(crisis IS NULL OR NOT (lower(crisis) = ANY (${p.add(filter.hiddenCrises.map((c) => c.toLowerCase()))}::text[])))`);
  if (filter.since) {
    checkTime('since', filter.since);
    where.push(`at >= ${p.add(filter.since)}::timestamptz`);
  }
  if (filter.until) {
    checkTime('until', filter.until);
    where.push(`at < ${p.add(untilBound(filter.until))}::timestamptz`);
  }
  const limit = Math.min(Math.max(1, Math.floor(page.limit ?? 50)), AUDIT_MAX_PAGE);
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { rows } = await db.query<AuditRow>(
    `SELECT id, at, actor, action, target_type, target_id, crisis, before, after, note, count(*) OVER () AS total
     FROM audit_log ${clause} ORDER BY at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
    p.values,
  );
  let total = Number(rows[0]?.total ?? 0);
  if (!rows.length && offset > 0) {
    const { rows: n } = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM audit_log ${clause}`, p.values);
    total = Number(n[0]?.n ?? 0);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      crisis: r.crisis,
      before: parsed(r.before) ?? null,
      after: parsed(r.after) ?? null,
      note: r.note,
    })),
  };
}
