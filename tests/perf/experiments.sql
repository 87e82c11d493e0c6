-- Index experiments behind the recommendations of README.md, on the bench database:
--   psql -h 127.0.0.1 -U postgres -d resacoop_bench -f tests/perf/experiments.sql
-- Each block runs the product's own statement (as `npm run bench -- --explain` prints it) before
-- and after a candidate schema change, inside a transaction that is rolled back: nothing stays.
-- Every measured statement runs once unmeasured first (output discarded): a connection's first
-- execution pays for loading its catalog caches (about 25 ms here), which is not the query's cost.
\set ON_ERROR_STOP on
\pset pager off

\echo '=== (a) open requests of a site by due date: a partial index on the open ones'
BEGIN;
\o /dev/null
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
CREATE INDEX bench_requests_open_site_due ON requests (site, due_at, id) WHERE status IN ('new', 'in_progress', 'waiting');
ANALYZE requests;
\o /dev/null
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
\o /dev/null
SELECT COUNT(1) AS cnt FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(1) AS cnt FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon';
ROLLBACK;

\echo '=== (b) organisations by name fragment: the unaccented text stored once, the trigram index on it'
BEGIN;
\o /dev/null
SELECT * FROM organisations rec
 WHERE f_unaccent(lower(rec.name || ' ' || coalesce(rec.acronym, '') || ' ' || coalesce(rec.city, ''))) LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM organisations rec
 WHERE f_unaccent(lower(rec.name || ' ' || coalesce(rec.acronym, '') || ' ' || coalesce(rec.city, ''))) LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
\o /dev/null
SELECT COUNT(1) AS cnt FROM organisations rec
 WHERE f_unaccent(lower(rec.name || ' ' || coalesce(rec.acronym, '') || ' ' || coalesce(rec.city, ''))) LIKE '%' || f_unaccent(lower('solidarite')) || '%';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(1) AS cnt FROM organisations rec
 WHERE f_unaccent(lower(rec.name || ' ' || coalesce(rec.acronym, '') || ' ' || coalesce(rec.city, ''))) LIKE '%' || f_unaccent(lower('solidarite')) || '%';
ALTER TABLE organisations
  ADD COLUMN search_text text GENERATED ALWAYS AS (f_unaccent(lower(name || ' ' || coalesce(acronym, '') || ' ' || coalesce(city, '')))) STORED;
CREATE INDEX bench_organisations_search_text ON organisations USING gin (search_text gin_trgm_ops);
ANALYZE organisations;
\o /dev/null
SELECT * FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
\o /dev/null
SELECT COUNT(1) AS cnt FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(1) AS cnt FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
ROLLBACK;

\echo '=== (e) key figures: the year of requests and of case time read from covering indexes'
BEGIN;
\o /dev/null
SELECT count(*), sum(minutes_spent) FROM requests
 WHERE received_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris' AND received_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*), sum(minutes_spent) FROM requests
 WHERE received_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris' AND received_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
CREATE INDEX bench_requests_received_covering ON requests (received_at)
  INCLUDE (site, channel, topic, first_response_at, answered_at, due_at, minutes_spent);
CREATE INDEX bench_interactions_case_time ON interactions (occurred_at) INCLUDE (minutes_spent) WHERE case_id IS NOT NULL;
ANALYZE requests;
ANALYZE interactions;
\o /dev/null
SELECT count(*), sum(minutes_spent) FROM requests
 WHERE received_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris' AND received_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*), sum(minutes_spent) FROM requests
 WHERE received_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris' AND received_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
\o /dev/null
SELECT coalesce(sum(minutes_spent), 0)::int AS minutes FROM interactions
 WHERE case_id IS NOT NULL AND occurred_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris'
   AND occurred_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT coalesce(sum(minutes_spent), 0)::int AS minutes FROM interactions
 WHERE case_id IS NOT NULL AND occurred_at >= ('2024-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris'
   AND occurred_at < ('2025-01-01'::date)::timestamp AT TIME ZONE 'Europe/Paris';
ROLLBACK;
