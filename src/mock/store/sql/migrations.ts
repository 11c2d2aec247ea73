/**
 * The SQL schema, as numbered migrations applied in order inside one transaction
 * under an advisory lock (several server processes may start at once). Never edit
 * a migration that shipped: add the next one.
 *
 * The ledger invariants are constraints, so no bug in the server can break them
 * silently: balances and block remainders never negative, one idempotency record
 * per account, operation and key, one row per provider event id, one invoice per
 * billing number. Billing numbers are gap-free because the counter row is updated
 * inside the issuing transaction: a rollback takes its number back with it.
 *
 * Timestamps are ISO 8601 UTC text (`2026-11-23T09:00:00.000Z`), which sorts as
 * time does and comes back exactly as written. Records the server never queries
 * into are `json` (stored as written, no re-encoding).
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the ledger and its records */ `
CREATE TABLE accounts (
  id text PRIMARY KEY,
  position bigint GENERATED ALWAYS AS IDENTITY,
  token text NOT NULL UNIQUE,
  preset text NOT NULL,
  state json NOT NULL,
  balance bigint NOT NULL CHECK (balance >= 0),
  held bigint NOT NULL CHECK (held >= 0),
  next_seq bigint NOT NULL CHECK (next_seq >= 1),
  updated_at text NOT NULL
);

CREATE TABLE credit_blocks (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  remaining bigint NOT NULL CHECK (remaining > 0),
  expires_at text,
  source text NOT NULL CHECK (source IN ('paid', 'granted', 'plan')),
  created_at text NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE ledger_entries (
  account_id text NOT NULL REFERENCES accounts (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  id text NOT NULL,
  created_at text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  status text NOT NULL CHECK (status IN ('completed', 'pending', 'failed')),
  amount bigint NOT NULL CHECK (amount >= 0),
  balance_after bigint NOT NULL CHECK (balance_after >= 0),
  data json NOT NULL,
  PRIMARY KEY (account_id, seq),
  UNIQUE (account_id, id)
);
CREATE INDEX ledger_entries_by_time ON ledger_entries (account_id, created_at, seq);

CREATE TABLE top_ups (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  data json NOT NULL,
  meta json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE credit_requests (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE holds (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  status text NOT NULL CHECK (status IN ('held', 'captured', 'released')),
  amount bigint NOT NULL CHECK (amount >= 0),
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE invoices (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  billing_number text NOT NULL UNIQUE,
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE payable_items (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE payments (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE idempotency_records (
  account_id text NOT NULL REFERENCES accounts (id),
  operation text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  created_at bigint NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (account_id, operation, key)
);
CREATE INDEX idempotency_records_by_age ON idempotency_records (created_at);

CREATE TABLE counters (
  series text PRIMARY KEY,
  value bigint NOT NULL CHECK (value >= 1)
);

CREATE TABLE provider_events (
  provider text NOT NULL,
  event_id text NOT NULL,
  account_id text NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (provider, event_id)
);

CREATE TABLE portal_sessions (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  expires_at bigint NOT NULL
);
CREATE INDEX portal_sessions_by_account ON portal_sessions (account_id, expires_at);

CREATE TABLE buckets (
  account_id text NOT NULL REFERENCES accounts (id),
  metric text NOT NULL,
  period text NOT NULL,
  amount bigint NOT NULL,
  PRIMARY KEY (account_id, metric, period)
);
`,
  /* 2: usage sums per day, kind and member; the history of every credit block */ `
CREATE TABLE usage_buckets (
  account_id text NOT NULL REFERENCES accounts (id),
  dimension text NOT NULL CHECK (dimension IN ('kind', 'member', 'flow')),
  day text NOT NULL,
  key text NOT NULL,
  amount bigint NOT NULL CHECK (amount >= 0),
  entries bigint NOT NULL CHECK (entries >= 0),
  PRIMARY KEY (account_id, dimension, day, key)
);

CREATE TABLE credit_block_records (
  account_id text NOT NULL REFERENCES accounts (id),
  id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'used_up', 'expired')),
  closed_at text,
  amount bigint NOT NULL CHECK (amount >= 0),
  remaining bigint NOT NULL CHECK (remaining >= 0),
  data json NOT NULL,
  PRIMARY KEY (account_id, id)
);
CREATE INDEX credit_block_records_closed ON credit_block_records (account_id, closed_at) WHERE status <> 'active';

-- Databases from before: the sums from the ledger once, and the live blocks as they stand.
INSERT INTO usage_buckets (account_id, dimension, day, key, amount, entries)
SELECT account_id, dimension, day, key, sum(amount), count(*) FROM (
  SELECT account_id, amount, substr(created_at, 1, 10) AS day, data->>'kind' AS kind,
         coalesce(data->>'category', data->>'kind') AS category, coalesce(data->>'member', '') AS member
  FROM ledger_entries WHERE direction = 'out' AND status = 'completed' AND amount > 0
) e CROSS JOIN LATERAL (VALUES
  (CASE WHEN kind IN ('expiry', 'refund') THEN 'flow' ELSE 'kind' END,
   CASE kind WHEN 'expiry' THEN 'expired' WHEN 'refund' THEN 'refunded' ELSE category END),
  (CASE WHEN kind IN ('expiry', 'refund') THEN NULL ELSE 'member' END, member)
) AS d (dimension, key)
WHERE dimension IS NOT NULL
GROUP BY account_id, dimension, day, key;

INSERT INTO credit_block_records (account_id, id, status, closed_at, amount, remaining, data)
SELECT account_id, id, 'active', NULL, remaining, remaining, json_build_object(
  'id', id, 'source', source,
  'kind', CASE source WHEN 'paid' THEN 'purchase' WHEN 'granted' THEN 'grant' ELSE 'plan' END,
  'description', '', 'amount', remaining, 'remaining', remaining, 'grantedAt', created_at,
  'expiresAt', expires_at, 'status', 'active', 'closedAt', NULL)
FROM credit_blocks;
`,
];
