/**
 * Bench data at scale: copies of the stored documents (new content hashes, dates shifted back
 * by up to `spreadDays`) with all their claims and crisis memberships, made in SQL. Copies get
 * random signatures, so the tally treats them as distinct reports (the heavy case) rather than
 * as near-duplicates of their originals.
 */
import pg from 'pg';
import { Store } from '../src/store/index.js';

export async function replicate(
  store: Store,
  opts: { documents?: number; claims?: number; spreadDays?: number },
): Promise<{ documents: number; claims: number }> {
  const { rows } = await store.db.query<{ d: number; c: number }>('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM claims) AS c');
  const base = { documents: Number(rows[0]!.d), claims: Number(rows[0]!.c) };
  const rounds = opts.claims ? Math.ceil(opts.claims / base.claims) - 1 : Math.ceil((opts.documents ?? base.documents) / base.documents) - 1;
  const spread = opts.spreadDays ?? 900;
  if (rounds > 0) {
    await store.db.exec(`
      CREATE TEMP TABLE replica_map AS
        SELECT d.id AS old_id, g AS round, nextval(pg_get_serial_sequence('documents', 'id')) AS new_id
        FROM documents d, generate_series(1, ${rounds}) g;
      INSERT INTO documents (id, content_hash, origin, url, title, publisher, published, format, raw, clean_text, removed, signature)
        SELECT m.new_id, md5(d.content_hash || ':' || m.round), d.origin, d.url, d.title, d.publisher, d.published - (m.round % ${spread}), d.format, '',
          d.clean_text, d.removed, ARRAY(SELECT (random() * 4e9 - 2e9)::int + 0 * m.new_id FROM generate_series(1, 64))
        FROM replica_map m JOIN documents d ON d.id = m.old_id;
      INSERT INTO claims (document_id, ordinal, category, low, high, estimate, qualifier, hedged, who, source_id, source_via, place_id, place_name,
          place_precision, country_code, country_name, admin1, lat, lon, as_of, cumulative, scope, span_start, span_end, span_text, extracted)
        SELECT m.new_id, c.ordinal, c.category, c.low, c.high, c.estimate, c.qualifier, c.hedged, c.who, c.source_id, c.source_via, c.place_id, c.place_name,
          c.place_precision, c.country_code, c.country_name, c.admin1, c.lat, c.lon, c.as_of - (m.round % ${spread}), c.cumulative, c.scope, c.span_start, c.span_end, c.span_text, c.extracted
        FROM replica_map m JOIN claims c ON c.document_id = m.old_id;
      INSERT INTO crisis_documents (crisis_id, document_id)
        SELECT cd.crisis_id, m.new_id FROM replica_map m JOIN crisis_documents cd ON cd.document_id = m.old_id;
      DROP TABLE replica_map;
      UPDATE crises SET revision = revision + 1;
      UPDATE store_state SET revision = revision + 1;`);
  }
  await store.analyze();
  const after = await store.db.query<{ d: number; c: number }>('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM claims) AS c');
  return { documents: Number(after.rows[0]!.d), claims: Number(after.rows[0]!.c) };
}

/** A store in a schema of its own on the PostgreSQL server at `url`, dropped afterwards. */
export async function withBenchSchema<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const schema = `tally_bench_${process.pid}_${Date.now()}`;
  const store = await Store.open({ databaseUrl: url, schema });
  try {
    return await fn(store);
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}
