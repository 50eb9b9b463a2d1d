/**
 * Versioned schema migrations, applied in order on open. Each runs in its own transaction
 * and is recorded in `schema_migrations`; SQL stays PostgreSQL-15 compatible (the Debian
 * server) though PGlite is PostgreSQL 18.
 */
import type { Db } from './db.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, sources, claims, reviews, quotes, places, dates, crises',
    sql: `
CREATE TABLE documents (
  id            BIGSERIAL PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,
  origin        TEXT,
  url           TEXT,
  title         TEXT,
  publisher     TEXT,
  published     DATE,
  retrieved     TIMESTAMPTZ NOT NULL DEFAULT now(),
  language      TEXT NOT NULL DEFAULT 'en',
  format        TEXT NOT NULL,
  raw           TEXT NOT NULL,
  clean_text    TEXT NOT NULL,
  removed       JSONB NOT NULL DEFAULT '[]',
  search        TSVECTOR GENERATED ALWAYS AS (
                  setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', clean_text)) STORED
);
CREATE INDEX documents_search ON documents USING GIN (search);
CREATE INDEX documents_published ON documents (published DESC, id DESC);

CREATE TABLE sources (
  id       BIGSERIAL PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  type     TEXT NOT NULL DEFAULT 'unknown' CHECK (type IN ('official', 'independent', 'media', 'opposition', 'unknown')),
  aliases  TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX sources_lower_name ON sources (lower(name));

CREATE TABLE claims (
  id               BIGSERIAL PRIMARY KEY,
  document_id      BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal          INT NOT NULL,
  category         TEXT NOT NULL,
  low              BIGINT,
  high             BIGINT,
  estimate         BIGINT NOT NULL,
  qualifier        TEXT NOT NULL,
  hedged           BOOLEAN NOT NULL,
  who              TEXT NOT NULL,
  source_id        BIGINT REFERENCES sources (id),
  source_via       TEXT[] NOT NULL DEFAULT '{}',
  place_id         TEXT,
  place_name       TEXT,
  place_precision  TEXT,
  country_code     TEXT,
  country_name     TEXT,
  admin1           TEXT,
  lat              DOUBLE PRECISION,
  lon              DOUBLE PRECISION,
  as_of            DATE,
  cumulative       BOOLEAN NOT NULL,
  span_start       INT NOT NULL,
  span_end         INT NOT NULL,
  span_text        TEXT NOT NULL,
  extracted        JSONB NOT NULL,
  review_status    TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review_status IN ('unreviewed', 'accepted', 'edited', 'rejected')),
  reviewed_at      TIMESTAMPTZ,
  reviewer         TEXT,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_category_date ON claims (category, as_of DESC NULLS LAST, id DESC);
CREATE INDEX claims_date ON claims (as_of DESC NULLS LAST, id DESC);
CREATE INDEX claims_source ON claims (source_id, as_of DESC NULLS LAST, id DESC);
CREATE INDEX claims_country ON claims (country_code, as_of DESC NULLS LAST, id DESC);

CREATE TABLE claim_reviews (
  id         BIGSERIAL PRIMARY KEY,
  claim_id   BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  reviewer   TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject', 'reset')),
  before     JSONB NOT NULL,
  after      JSONB NOT NULL,
  note       TEXT
);
CREATE INDEX claim_reviews_claim ON claim_reviews (claim_id, at);

CREATE TABLE quotes (
  id           BIGSERIAL PRIMARY KEY,
  document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  speaker      TEXT,
  role         TEXT,
  span_start   INT NOT NULL,
  span_end     INT NOT NULL,
  span_text    TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes (document_id);

CREATE TABLE place_mentions (
  id            BIGSERIAL PRIMARY KEY,
  document_id   BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  place_id      TEXT NOT NULL,
  place_name    TEXT NOT NULL,
  precision     TEXT NOT NULL,
  country_code  TEXT NOT NULL,
  country_name  TEXT NOT NULL,
  admin1        TEXT,
  lat           DOUBLE PRECISION NOT NULL,
  lon           DOUBLE PRECISION NOT NULL,
  span_start    INT NOT NULL,
  span_end      INT NOT NULL,
  span_text     TEXT NOT NULL
);
CREATE INDEX place_mentions_document ON place_mentions (document_id);
CREATE INDEX place_mentions_place ON place_mentions (place_id);

CREATE TABLE date_mentions (
  id            BIGSERIAL PRIMARY KEY,
  document_id   BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  date          DATE NOT NULL,
  end_date      DATE NOT NULL,
  kind          TEXT NOT NULL,
  crisis_start  DATE,
  span_start    INT NOT NULL,
  span_end      INT NOT NULL,
  span_text     TEXT NOT NULL
);
CREATE INDEX date_mentions_document ON date_mentions (document_id);

CREATE TABLE crises (
  id          BIGSERIAL PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  start_date  DATE,
  region      TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE crisis_documents (
  crisis_id    BIGINT NOT NULL REFERENCES crises (id) ON DELETE CASCADE,
  document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (crisis_id, document_id)
);
CREATE INDEX crisis_documents_document ON crisis_documents (document_id);
`,
  },
  {
    version: 2,
    name: 'indexes for the place and source-and-category filters of claims queries; claims_document is the prefix of the (document_id, ordinal) key',
    // The place filter matches a city, an admin-1 region or a country by name, case-folded;
    // "one source's figures of one category" is the reviewer's most common question.
    sql: `
CREATE INDEX claims_source_category ON claims (source_id, category, as_of DESC NULLS LAST, id DESC);
DROP INDEX claims_document;
CREATE INDEX claims_place_name ON claims (lower(place_name));
CREATE INDEX claims_admin1 ON claims (lower(admin1));
CREATE INDEX claims_country_name ON claims (lower(country_name));
`,
  },
  {
    version: 3,
    name: 'document signatures for near-duplicate detection',
    // MinHash of the clean text's shingles (src/fingerprint.ts), filled at ingest;
    // rows from before this migration are filled when the store opens.
    sql: `
ALTER TABLE documents ADD COLUMN signature INT[];
`,
  },
  {
    version: 4,
    name: 'crisis revisions',
    // Bumped by every write that can change a crisis's tally (new documents, reviews, source
    // edits, a new start date): a computed tally stays valid while its revision does, in any
    // process sharing the database.
    sql: `
ALTER TABLE crises ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
`,
  },
  {
    version: 5,
    name: 'store revision',
    // Bumped by every write: answers computed from the whole store (counts, sources, places)
    // stay valid while it holds.
    sql: `
CREATE TABLE store_state (
  id        INT PRIMARY KEY CHECK (id = 1),
  revision  BIGINT NOT NULL
);
INSERT INTO store_state (id, revision) VALUES (1, 0);
`,
  },
  {
    version: 6,
    name: 'claims versions of crisis documents',
    // Bumped with every change to a document's claims (a review): with the row's own version
    // it tells the tally which documents' claims to read again (src/tally/crisis-claims.ts).
    sql: `
ALTER TABLE crisis_documents ADD COLUMN claims_version INT NOT NULL DEFAULT 0;
`,
  },
  {
    version: 7,
    name: 'claim scope',
    // What a figure counts (ANNOTATION.md): only 'total' figures can head a tally. Claims
    // stored before scope existed read as running totals when they were marked cumulative.
    sql: `
ALTER TABLE claims ADD COLUMN scope TEXT NOT NULL DEFAULT 'total' CHECK (scope IN ('total', 'local', 'part', 'new'));
UPDATE claims SET scope = 'new' WHERE NOT cumulative;
`,
  },
  {
    version: 8,
    name: 'claim versions for reviews',
    // Counts a claim's reviews: a review sent with the version it was made on is refused when
    // another review came first (optimistic concurrency; no reviewer's edit is silently lost).
    sql: `
ALTER TABLE claims ADD COLUMN version INT NOT NULL DEFAULT 1;
`,
  },
  {
    version: 9,
    name: 'headline pins',
    // An analyst's choice of a crisis category's headline, with who pinned it, when and why
    // (src/store/headline-pins.ts); the tally shows it in place of the rule's choice.
    sql: `
CREATE TABLE headline_pins (
  crisis_id  BIGINT NOT NULL REFERENCES crises (id) ON DELETE CASCADE,
  category   TEXT NOT NULL,
  claim_id   BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  note       TEXT NOT NULL DEFAULT '',
  pinned_by  TEXT NOT NULL,
  pinned_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (crisis_id, category)
);
`,
  },
  {
    version: 10,
    name: 'source identity: kind, country, reliability, merges, splits and their editors; outlets as sources',
    // kind and reliability NULL: guessed from the name / defaulted from the type when read, so
    // that a type set later moves the default grade with it. A merged source's row stays (its
    // name keeps resolving, to the source it joined); separate lists names split off it.
    sql: `
ALTER TABLE sources ADD COLUMN kind TEXT CHECK (kind IN ('person', 'organisation', 'office', 'group', 'document', 'outlet'));
ALTER TABLE sources ADD COLUMN country TEXT;
ALTER TABLE sources ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE sources ADD COLUMN separate TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE sources ADD COLUMN merged_into BIGINT REFERENCES sources (id);
ALTER TABLE sources ADD COLUMN updated_by TEXT;
ALTER TABLE sources ADD COLUMN updated_at TIMESTAMPTZ;
CREATE TABLE source_edits (
  id         BIGSERIAL PRIMARY KEY,
  at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  editor     TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('set', 'merge', 'split')),
  source_id  BIGINT NOT NULL REFERENCES sources (id),
  detail     JSONB NOT NULL
);
CREATE INDEX source_edits_source ON source_edits (source_id, at);
INSERT INTO sources (name, type, kind)
  SELECT DISTINCT o, 'media', 'outlet' FROM (
    SELECT COALESCE(NULLIF(publisher, ''), substring(url from '^[A-Za-z][A-Za-z0-9+.-]*://(?:www[.])?([^/:?#]+)')) AS o FROM documents) d
  WHERE o IS NOT NULL
  ON CONFLICT (name) DO UPDATE SET kind = COALESCE(sources.kind, 'outlet')
`,
  },
  {
    version: 11,
    name: 'one audit log of every write',
    // target_id is text: targets are claims, documents and sources (numbers) but also
    // crisis/category pins; crisis names the crisis a write concerns, when one does.
    sql: `
CREATE TABLE audit_log (
  id           BIGSERIAL PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  target_type  TEXT NOT NULL,
  target_id    TEXT,
  crisis       TEXT,
  before       JSONB,
  after        JSONB,
  note         TEXT
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, at DESC)
`,
  },
  {
    version: 12,
    name: 'accounts: users, sessions, API tokens; private crises and their members',
    // Passwords, session and API tokens are stored only as hashes (src/store/accounts.ts);
    // a private crisis is seen only by its members and admins (src/store/visibility.ts).
    sql: `
CREATE TABLE users (
  id               BIGSERIAL PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  password_hash    TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  disabled         BOOLEAN NOT NULL DEFAULT false,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_login_at    TIMESTAMPTZ,
  failed_attempts  INT NOT NULL DEFAULT 0,
  first_failed_at  TIMESTAMPTZ,
  locked_until     TIMESTAMPTZ
);
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_tokens (
  id            BIGSERIAL PRIMARY KEY,
  token_hash    TEXT NOT NULL UNIQUE,
  label         TEXT NOT NULL DEFAULT '',
  user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_used_at  TIMESTAMPTZ
);
ALTER TABLE crises ADD COLUMN private BOOLEAN NOT NULL DEFAULT false;
CREATE TABLE crisis_members (
  crisis_id  BIGINT NOT NULL REFERENCES crises (id) ON DELETE CASCADE,
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (crisis_id, user_id)
)
`,
  },
  {
    version: 13,
    name: 'failed logins per client address',
    // In the database, not in a server's memory: every process serving one database counts
    // the same failures (src/store/accounts.ts, login).
    sql: `
CREATE TABLE login_addresses (
  address          TEXT PRIMARY KEY,
  failed_attempts  INT NOT NULL DEFAULT 0,
  first_failed_at  TIMESTAMPTZ NOT NULL,
  locked_until     TIMESTAMPTZ
);
CREATE INDEX login_addresses_first_failed ON login_addresses (first_failed_at)
`,
  },
  {
    version: 14,
    name: 'claim revision',
    // Whether a figure revises its source's earlier one (src/extract/revision.ts): a source's
    // downward revision or correction supersedes its own earlier, higher totals in the tally.
    // Claims stored before read as ordinary figures.
    sql: `
ALTER TABLE claims ADD COLUMN revision TEXT CHECK (revision IN ('down', 'up', 'correction'))
`,
  },
  {
    version: 15,
    name: 'claim source role',
    // The role written beside a person's name ("police spokesman"): a spokesperson's figures
    // count in the timeline of the body they speak for (src/tally/reconcile.ts). Claims stored
    // before carry none and stay the person's.
    sql: `
ALTER TABLE claims ADD COLUMN source_role TEXT
`,
  },
];

export async function migrate(db: Db): Promise<number> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  let count = 0;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    });
    count++;
  }
  return count;
}

/** Migration SQL holds no semicolons inside literals or bodies, so splitting on ";\n" is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
