/**
 * The store's sources: listing, analyst edits (type, kind, reliability, aliases), merges and
 * splits, each recorded with who made it and when (`source_edits`).
 *
 * A merge moves the merged source's claims to the other source, adds its names to the other's
 * aliases and keeps its row pointing there (`merged_into`), so that its name keeps resolving
 * to the source it joined at the next ingest. A split takes an alias (or a merged name) out of
 * a source into a source of its own, moves the claims written under that name, and records the
 * two names as separate, so that the tally never groups them again.
 */
import type { Reliability, SourceKind, SourceType } from '../domain.js';
import { defaultReliability, guessSourceKind, guessSourceType } from '../sources/index.js';
import type { Db, Queryable } from './db.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { recordAudit } from './audit.js';
import { markChanged } from './revisions.js';
import { Params } from './sql.js';
import { visibleDocumentSql } from './visibility.js';

export interface SourceRecord {
  id: number;
  name: string;
  type: SourceType;
  /** Stored kind, else guessed from the name. */
  kind: SourceKind;
  country: string | null;
  /** The analyst's grade, else the default of the type (see DEFAULT_RELIABILITY). */
  reliability: Reliability;
  /** Whether an analyst set the grade (false: the type's default). */
  reliabilitySet: boolean;
  aliases: string[];
  /** Names split off this source: never grouped with it. */
  separate: string[];
  claimCount: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** What the tally needs of every source (cheap at any size). */
export interface SourceDirectoryEntry {
  id: number;
  name: string;
  type: SourceType;
  aliases: string[];
  reliability: Reliability | null;
  separate: string[];
  /** The source this one was merged into. */
  mergedInto: number | null;
}

export interface SourcePatch {
  type?: SourceType;
  kind?: SourceKind;
  /** null: back to the type's default. */
  reliability?: Reliability | null;
  aliases?: string[];
  /** An alias that is another source's name merges that source into this one only when true. */
  merge?: boolean;
  /** Who made the change (the reviewer's name; the operating-system user for the CLI). */
  editor?: string;
}

interface SourceRow {
  id: number | string;
  name: string;
  type: SourceType;
  kind: SourceKind | null;
  country: string | null;
  reliability: Reliability | null;
  aliases: string[] | null;
  separate: string[] | null;
  merged_into: number | string | null;
  updated_by: string | null;
  updated_at: Date | string | null;
  n?: number | string;
}

const COLUMNS = 's.id, s.name, s.type, s.kind, s.country, s.reliability, s.aliases, s.separate, s.merged_into, s.updated_by, s.updated_at';

function toRecord(r: SourceRow): SourceRecord {
  return {
    id: Number(r.id),
    name: r.name,
    type: r.type,
    kind: r.kind ?? guessSourceKind(r.name),
    country: r.country,
    reliability: r.reliability ?? defaultReliability(r.type),
    reliabilitySet: r.reliability !== null,
    aliases: r.aliases ?? [],
    separate: r.separate ?? [],
    claimCount: Number(r.n ?? 0),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
  };
}

/** Sources (merged ones left out), most claims first. */
/**
 * Every source that is not merged into another, most claims first. With hidden crises (a
 * reader's private crises they are no member of, visibility.ts) claims of their documents are
 * not counted, and a source known only from them is left out: its name is part of the crisis.
 */
export async function listSources(db: Queryable, hiddenCrisisIds: number[] = []): Promise<SourceRecord[]> {
  if (!hiddenCrisisIds.length) {
    const { rows } = await db.query<SourceRow>(
      `SELECT ${COLUMNS}, (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS n FROM sources s WHERE s.merged_into IS NULL ORDER BY n DESC, s.name`,
    );
    return rows.map(toRecord);
  }
  const { rows } = await db.query<SourceRow>(
    `SELECT * FROM (
       SELECT ${COLUMNS},
         (SELECT count(*) FROM claims c WHERE c.source_id = s.id AND ${visibleDocumentSql('c.document_id', '$1')}) AS n,
         EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id) AS has_claims
       FROM sources s WHERE s.merged_into IS NULL) x
     WHERE x.n > 0 OR NOT x.has_claims ORDER BY x.n DESC, x.name`,
    [hiddenCrisisIds],
  );
  return rows.map(toRecord);
}

export async function getSource(db: Queryable, id: number): Promise<SourceRecord> {
  const { rows } = await db.query<SourceRow>(
    `SELECT ${COLUMNS}, (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS n FROM sources s WHERE s.id = $1`,
    [id],
  );
  if (!rows[0]) throw new NotFoundError(`source ${id} does not exist (see "tally sources list")`);
  return toRecord(rows[0]);
}

/** A source by name or alias, case-insensitive (merged names lead to the source they joined). */
export async function findSource(db: Queryable, name: string): Promise<SourceRecord | null> {
  const { rows } = await db.query<{ id: number | string; merged_into: number | string | null; alias: boolean }>(
    `SELECT id, merged_into, false AS alias FROM sources WHERE lower(name) = lower($1)
     UNION ALL SELECT id, merged_into, true FROM sources WHERE merged_into IS NULL AND lower($1) = ANY (SELECT lower(a) FROM unnest(aliases) a)`,
    [name.trim()],
  );
  const hit = rows.find((r) => !r.alias) ?? rows[0];
  if (!hit) return null;
  return getSource(db, Number(hit.merged_into ?? hit.id));
}

export async function sourceDirectory(db: Queryable): Promise<SourceDirectoryEntry[]> {
  const { rows } = await db.query<SourceRow>(`SELECT ${COLUMNS} FROM sources s`);
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    type: r.type,
    aliases: r.aliases ?? [],
    reliability: r.reliability,
    separate: r.separate ?? [],
    mergedInto: r.merged_into === null ? null : Number(r.merged_into),
  }));
}

/** The edit in the source's own history and in the audit log (before and after values). */
async function record(
  tx: Queryable,
  editor: string,
  action: 'set' | 'merge' | 'split',
  sourceId: number,
  detail: unknown,
  change: { before: unknown; after: unknown },
): Promise<void> {
  await tx.query('UPDATE sources SET updated_by = $1, updated_at = now() WHERE id = $2', [editor, sourceId]);
  await tx.query('INSERT INTO source_edits (editor, action, source_id, detail) VALUES ($1, $2, $3, $4)', [editor, action, sourceId, JSON.stringify(detail)]);
  await recordAudit(tx, { actor: editor, action: `source.${action}`, targetType: 'source', targetId: sourceId, before: change.before, after: change.after });
}

/** Documents with claims of a source (claims moving between sources change their documents' claims). */
async function documentsOf(tx: Queryable, where: string, params: unknown[]): Promise<number[]> {
  const { rows } = await tx.query<{ document_id: number | string }>(`SELECT DISTINCT document_id FROM claims c WHERE ${where}`, params);
  return rows.map((r) => Number(r.document_id));
}

/** A change of a source's names or type changes every crisis's tally, and the documents whose claims moved. */
const sourcesChanged = (tx: Queryable, documents: number[]) => markChanged(tx, { documents, crises: 'all' });

const editorOf = (e: string | undefined) => e?.trim() || 'unknown';

export async function updateSource(db: Db, id: number, patch: SourcePatch): Promise<SourceRecord> {
  const editor = editorOf(patch.editor);
  await db.transaction(async (tx) => {
    const before = await getSource(tx, id);
    const aliases = patch.aliases
      ? [...new Set(patch.aliases.map((a) => a.trim()).filter((a) => a && a.toLowerCase() !== before.name.toLowerCase()))]
      : undefined;
    // An alias that names another source is a merge: said so, and done only when confirmed.
    const others: SourceRecord[] = [];
    for (const a of aliases ?? []) {
      if (before.aliases.some((x) => x.toLowerCase() === a.toLowerCase())) continue;
      const { rows } = await tx.query<{ id: number | string }>('SELECT id FROM sources WHERE lower(name) = lower($1) AND merged_into IS NULL AND id <> $2', [
        a,
        id,
      ]);
      if (rows[0]) others.push(await getSource(tx, Number(rows[0].id)));
    }
    if (others.length && !patch.merge) {
      const list = others.map((o) => `"${o.name}" (${o.claimCount} claims)`).join(', ');
      throw new ConflictError(
        `${list} ${others.length > 1 ? 'are other sources' : 'is another source'}: making ${others.length > 1 ? 'them aliases' : 'it an alias'} of "${before.name}" merges ${others.length > 1 ? 'them' : 'it'} into it. Confirm the merge (merge: true, or "tally sources merge"), or leave ${others.length > 1 ? 'those names' : 'that name'} out.`,
      );
    }
    const p = new Params();
    const sets: string[] = [];
    const set = (column: string, value: unknown) => sets.push(`${column} = ${p.add(value)}`);
    if (patch.type) set('type', patch.type);
    if (patch.kind) set('kind', patch.kind);
    if (patch.reliability !== undefined) set('reliability', patch.reliability);
    if (aliases) set('aliases', aliases);
    if (sets.length) {
      await tx.query(`UPDATE sources SET ${sets.join(', ')} WHERE id = ${p.add(id)}`, p.values);
      const detail = { before: pick(before), after: { type: patch.type, kind: patch.kind, reliability: patch.reliability, aliases } };
      await record(tx, editor, 'set', id, detail, { before: detail.before, after: pick(await getSource(tx, id)) });
    }
    const moved: number[] = [];
    for (const o of others) moved.push(...(await mergeIn(tx, o, before, editor)));
    if (sets.length || others.length) await sourcesChanged(tx, moved);
  });
  return getSource(db, id);
}

const pick = (s: SourceRecord) => ({ name: s.name, type: s.type, kind: s.kind, reliability: s.reliabilitySet ? s.reliability : null, aliases: s.aliases });

/** Merges `from` into `into`; the documents whose claims moved. */
async function mergeIn(tx: Queryable, from: SourceRecord, into: SourceRecord, editor: string): Promise<number[]> {
  const moved = await documentsOf(tx, 'c.source_id = $1', [from.id]);
  await tx.query('UPDATE claims SET source_id = $1 WHERE source_id = $2', [into.id, from.id]);
  const names = [from.name, ...from.aliases].filter((n) => n.toLowerCase() !== into.name.toLowerCase());
  await tx.query(
    `UPDATE sources SET aliases = ARRAY(SELECT DISTINCT x FROM unnest(aliases || $1::text[]) x),
       separate = ARRAY(SELECT x FROM unnest(separate) x WHERE lower(x) <> ALL (SELECT lower(n) FROM unnest($1::text[]) n)) WHERE id = $2`,
    [names, into.id],
  );
  await tx.query('UPDATE sources SET merged_into = $1 WHERE merged_into = $2', [into.id, from.id]);
  await tx.query("UPDATE sources SET merged_into = $1, aliases = '{}' WHERE id = $2", [into.id, from.id]);
  await record(
    tx,
    editor,
    'merge',
    into.id,
    { merged: pick(from), into: into.name, claims: from.claimCount },
    {
      before: { merged: pick(from), into: pick(into) },
      after: { into: pick(await getSource(tx, into.id)), claims: from.claimCount },
    },
  );
  return moved;
}

/** Merges the source named `from` into the one named `into` (names or aliases). */
export async function mergeSources(db: Db, from: string, into: string, editor?: string): Promise<SourceRecord> {
  const target = await db.transaction(async (tx) => {
    const a = await findSource(tx, from);
    const b = await findSource(tx, into);
    if (!a) throw new NotFoundError(`no source named "${from}" (see "tally sources list")`);
    if (!b) throw new NotFoundError(`no source named "${into}" (see "tally sources list")`);
    if (a.id === b.id) throw new InvalidInputError(`"${from}" and "${into}" are already one source ("${b.name}")`);
    await sourcesChanged(tx, await mergeIn(tx, a, b, editorOf(editor)));
    return b.id;
  });
  return getSource(db, target);
}

/**
 * Takes `alias` out of the source named `name` into a source of its own (the merged row, if
 * that name was a merged source), with the claims written under that name.
 */
export async function splitSource(db: Db, name: string, alias: string, editor?: string): Promise<{ source: SourceRecord; split: SourceRecord }> {
  const ids = await db.transaction(async (tx) => {
    const from = await findSource(tx, name);
    if (!from) throw new NotFoundError(`no source named "${name}" (see "tally sources list")`);
    const key = alias.trim().toLowerCase();
    if (!key) throw new InvalidInputError('give the name to split off (--alias)');
    if (key === from.name.toLowerCase())
      throw new InvalidInputError(`"${alias}" is the source's own name: split off one of its aliases (${from.aliases.join(', ') || 'it has none'})`);
    const { rows: merged } = await tx.query<{ id: number | string; name: string }>('SELECT id, name FROM sources WHERE lower(name) = $1 AND merged_into = $2', [
      key,
      from.id,
    ]);
    const hasAlias = from.aliases.some((a) => a.toLowerCase() === key);
    if (!hasAlias && !merged[0]) {
      throw new InvalidInputError(`"${alias}" is not an alias of "${from.name}" (its aliases: ${from.aliases.join(', ') || 'none'})`);
    }
    let splitId: number;
    if (merged[0]) {
      splitId = Number(merged[0].id);
      await tx.query('UPDATE sources SET merged_into = NULL WHERE id = $1', [splitId]);
    } else {
      const { rows } = await tx.query<{ id: number | string }>(
        'INSERT INTO sources (name, type) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET merged_into = NULL RETURNING id',
        [alias.trim(), guessSourceType(alias)],
      );
      splitId = Number(rows[0]!.id);
    }
    const splitName = merged[0]?.name ?? alias.trim();
    await tx.query(
      `UPDATE sources SET aliases = ARRAY(SELECT x FROM unnest(aliases) x WHERE lower(x) <> $1),
         separate = ARRAY(SELECT DISTINCT x FROM unnest(separate || ARRAY[$2::text]) x) WHERE id = $3`,
      [key, splitName, from.id],
    );
    await tx.query('UPDATE sources SET separate = ARRAY(SELECT DISTINCT x FROM unnest(separate || ARRAY[$1::text]) x) WHERE id = $2', [from.name, splitId]);
    // The claims written under that name (as extracted, or as a review set it).
    const written = `c.source_id = $1 AND lower(c.extracted->'source'->>'name') = $2`;
    const moved = await documentsOf(tx, written, [from.id, key]);
    await tx.query(`UPDATE claims c SET source_id = $3 WHERE ${written}`, [from.id, key, splitId]);
    await record(
      tx,
      editorOf(editor),
      'split',
      from.id,
      { alias: splitName, into: splitId },
      {
        before: pick(from),
        after: { source: pick(await getSource(tx, from.id)), split: pick(await getSource(tx, splitId)) },
      },
    );
    await sourcesChanged(tx, moved);
    return { from: from.id, split: splitId };
  });
  return { source: await getSource(db, ids.from), split: await getSource(db, ids.split) };
}

/** The recorded edits of a source, oldest first. */
export async function sourceEdits(db: Queryable, id: number): Promise<Array<{ at: string; editor: string; action: string; detail: unknown }>> {
  const { rows } = await db.query<{ at: Date | string; editor: string; action: string; detail: unknown }>(
    'SELECT at, editor, action, detail FROM source_edits WHERE source_id = $1 ORDER BY at, id',
    [id],
  );
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    editor: r.editor,
    action: r.action,
    detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
  }));
}
