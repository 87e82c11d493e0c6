-- Index experiments behind the recommendations of README.md, on the bench database:
--   psql -h 127.0.0.1 -U postgres -d resacoop_bench -f tests/perf/experiments.sql
-- Each block runs the product's own statement (as `npm run bench -- --explain` prints it), warm.
-- What migration 1795709088280-stored-search-open-queue landed (a, b, c) is only checked: the plan
-- each question gets on the migrated schema. What did not land (e, duplicates) runs before and after
-- the candidate change, inside a transaction that is rolled back: nothing stays.
-- Every measured statement runs once unmeasured first (output discarded): a connection's first
-- execution pays for loading its catalog caches (about 25 ms here), which is not the query's cost.
\set ON_ERROR_STOP on
\pset pager off

\echo '=== (a) open requests of a site by due date (landed): Index Scan on IDX_requests_open_site_due, no sort'
\o /dev/null
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
SELECT COUNT(1) AS cnt FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon'
 ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(1) AS cnt FROM requests rec WHERE rec.status IN ('new', 'in_progress', 'waiting') AND rec.site = 'lyon';
\echo '    and an adviser''s ("mine"): IDX_requests_open_assignee_due'
\o /dev/null
SELECT * FROM requests rec WHERE rec.assignee_id = (SELECT min(assignee_id) FROM requests)
   AND rec.status IN ('new', 'in_progress', 'waiting') ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM requests rec WHERE rec.assignee_id = (SELECT min(assignee_id) FROM requests)
   AND rec.status IN ('new', 'in_progress', 'waiting') ORDER BY rec.due_at ASC, rec.id ASC LIMIT 25;

\echo '=== (b) organisations by name fragment (landed): the stored search_text, the trigram index on it'
\o /dev/null
SELECT * FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
SELECT COUNT(1) AS cnt FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%'
 ORDER BY rec.name ASC, rec.id ASC LIMIT 25;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(1) AS cnt FROM organisations rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
\echo '    the same fragment on the other three searches (IDX_contacts_search_text, IDX_cases_search_text, IDX_requests_search_text)'
\o /dev/null
SELECT count(*) FROM contacts rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
SELECT count(*) FROM cases rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
SELECT count(*) FROM requests rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM contacts rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM cases rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM requests rec WHERE rec.search_text LIKE '%' || f_unaccent(lower('solidarite')) || '%';

\echo '=== (c) a case''s timeline, newest first (landed): Index Scan Backward on IDX_interactions_case_timeline, no sort'
\o /dev/null
SELECT * FROM interactions rec WHERE rec.case_id = (SELECT read_case_id FROM bench_dataset)
 ORDER BY rec.occurred_at DESC, rec.id DESC LIMIT 50;
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM interactions rec WHERE rec.case_id = (SELECT read_case_id FROM bench_dataset)
 ORDER BY rec.occurred_at DESC, rec.id DESC LIMIT 50;

-- Not landed: measured 2026-11-26 (load average 3–4), each statement 2–2.5 times faster (interactions
-- 20.6 → 8.5 ms, the year's requests 54 → 26 ms, their grouping sets 66 → 45 ms), but the endpoint
-- (`--only=e`, runs alternated with and without the indexes) stayed at 128–140 ms either way: its
-- statements run side by side and the cases CTE is the longest. Not worth 68 MB of indexes.
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

-- Not landed: measured 2026-11-26, 97 → 43 ms and 104 → 47 ms warm (the rest is the trigram
-- similarity of the ~5,800 candidates the index returns). The imports (imports/*.ts) compare
-- `f_organisation_name_key(name)` through the expression index too: a stored key would have to
-- replace it there as well, or both indexes would be kept up to date on every write.
\echo '=== (duplicates) GET /api/organisations/:id/duplicates: the name key stored once, the trigram index on it'
BEGIN;
PREPARE duplicates(int, text) AS
  SELECT o.id, similarity(f_organisation_name_key(o.name), f_organisation_name_key($2)) AS similarity
    FROM organisations o
   WHERE o.id <> $1 AND f_organisation_name_key(o.name) % f_organisation_name_key($2)
   ORDER BY similarity DESC, o.id LIMIT 20;
\o /dev/null
EXECUTE duplicates(2222, 'ONG Solidarité Burkina Faso – Villeurbanne');
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE duplicates(2222, 'ONG Solidarité Burkina Faso – Villeurbanne');
ALTER TABLE organisations ADD COLUMN name_key text GENERATED ALWAYS AS (f_organisation_name_key(name)) STORED;
CREATE INDEX bench_organisations_name_key ON organisations USING gin (name_key gin_trgm_ops);
ANALYZE organisations;
PREPARE stored_duplicates(int, text) AS
  SELECT o.id, similarity(o.name_key, f_organisation_name_key($2)) AS similarity
    FROM organisations o
   WHERE o.id <> $1 AND o.name_key % f_organisation_name_key($2)
   ORDER BY similarity DESC, o.id LIMIT 20;
\o /dev/null
EXECUTE stored_duplicates(2222, 'ONG Solidarité Burkina Faso – Villeurbanne');
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE stored_duplicates(2222, 'ONG Solidarité Burkina Faso – Villeurbanne');
ROLLBACK;
