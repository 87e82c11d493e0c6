import { CASE_OUTCOMES, zonesOfCountries, type CaseOutcome, type Stage } from '@resacoop/domain';
import type { Client } from 'pg';
import { SqlBuilder, weighted } from './sql-builder';
import {
  ANSWERS,
  ASSOCIATION_PREFIXES,
  CHANNEL_WEIGHTS,
  COMPANY_WORDS,
  DECLINE_REASONS,
  FIRST_NAMES,
  FUNCTIONS,
  FUNDERS,
  INTERACTION_BODIES,
  LAST_NAMES,
  ORGANISATION_TYPE_WEIGHTS,
  PARTNER_COUNTRIES,
  PERSON_NAMES,
  PLACES,
  PROJECT_KINDS,
  QUESTIONS,
  SUBJECTS,
  TAGS,
  THEMES,
} from './vocabulary';

/**
 * The large dataset, one set-based INSERT … SELECT FROM generate_series per table: PostgreSQL
 * makes every row, Node only sends the statements and the word lists as parameters.
 * Rows are inserted in time order, so ids grow with dates as they do in a live system.
 */

/** The ids a statement inserted: contiguous, since nothing else writes to the bench database meanwhile. */
export interface IdRange {
  first: number;
  count: number;
}

export interface Staff {
  lyon: number[];
  clermont: number[];
}

const TEN_YEARS_DAYS = 3650;

/** The i-th of n instants spread evenly over the last ten years, on a working day between 08:30 and 18:00 in Paris. */
function workingInstant(i: string, n: number): string {
  const day = `(current_date - ${TEN_YEARS_DAYS} + ((${i} - 1) * ${TEN_YEARS_DAYS} / ${n})::int)`;
  const weekday = `(${day} - CASE extract(isodow FROM ${day}) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END)`;
  return `least((${weekday} + time '08:30' + random() * interval '9 hours 30 minutes') AT TIME ZONE 'Europe/Paris', now() - interval '1 minute')`;
}

/**
 * The yearly reference (AC-2024-0042), numbered after the counter's last number in time order.
 * At least four digits, more past 9999 (lpad alone would cut them and collide).
 */
function reference(prefix: 'AC' | 'DI'): string {
  const number = `(coalesce(counter.last, 0) + row_number() OVER (PARTITION BY ref_year ORDER BY i))::text`;
  return `'${prefix}-' || ref_year || '-' || lpad(${number}, greatest(4, length(${number})), '0')`;
}

/** A random id of the range, older rows (lower ids) chosen more often, as long-standing partners are. */
function skewedId(range: IdRange, power = 1.5): string {
  return `(${range.first} + floor(${range.count} * power(random(), ${power}))::int)`;
}

function uniformId(range: IdRange): string {
  return `(${range.first} + floor(${range.count} * random())::int)`;
}

/** An accent-free, lower-case slug for e-mail addresses and web sites. */
function slug(expression: string): string {
  return `trim(both '-' from regexp_replace(f_unaccent(lower(${expression})), '[^a-z0-9]+', '-', 'g'))`;
}

/** A staff member of the row's site, a few people taking most of the work. */
function staffOfSite(sql: SqlBuilder, staff: Staff, siteColumn: string): string {
  const skew = (ids: number[]) => weighted(ids.map((id, index) => [id, Math.max(1, 6 - index)] as const));
  return `CASE ${siteColumn} WHEN 'lyon' THEN ${sql.pick(skew(staff.lyon), 'int[]')} ELSE ${sql.pick(skew(staff.clermont), 'int[]')} END`;
}

async function insertedRange(client: Client, table: string, before: number): Promise<IdRange> {
  const { rows } = await client.query<{ first: number; last: number; count: number }>(
    `SELECT min(id)::int AS first, max(id)::int AS last, count(*)::int AS count FROM ${table} WHERE id > $1`,
    [before],
  );
  const [{ first, last, count }] = rows;
  if (last - first + 1 !== count) throw new Error(`${table}: inserted ids are not contiguous (${first}..${last}, ${count} rows)`);
  return { first, count };
}

async function maxId(client: Client, table: string): Promise<number> {
  const { rows } = await client.query<{ max: number }>(`SELECT coalesce(max(id), 0)::int AS max FROM ${table}`);
  return rows[0].max;
}

/** Runs one INSERT and returns the range of ids it created. */
async function insertInto(client: Client, table: string, sql: SqlBuilder, statement: string): Promise<IdRange> {
  const before = await maxId(client, table);
  await client.query(statement, sql.values);
  return insertedRange(client, table, before);
}

/** The team: the demo's advisers plus the bench's, all with the demo password (its hash is copied). */
export async function insertStaff(client: Client, people: readonly { email: string; fullName: string; site: string }[]): Promise<Staff> {
  await client.query(
    `INSERT INTO users (version, email, full_name, role, site, password_hash)
     SELECT 1, email, full_name, 'staff', site, (SELECT password_hash FROM users WHERE email = 'lyon@resacoop.test')
       FROM unnest($1::text[], $2::text[], $3::text[]) AS person(email, full_name, site)
     ON CONFLICT (email) DO NOTHING`,
    [people.map((person) => person.email), people.map((person) => person.fullName), people.map((person) => person.site)],
  );
  const { rows } = await client.query<{ id: number; site: 'lyon' | 'clermont' }>(
    `SELECT id, site FROM users WHERE role = 'staff' AND active ORDER BY id`,
  );
  return {
    lyon: rows.filter((row) => row.site === 'lyon').map((row) => row.id),
    clermont: rows.filter((row) => row.site === 'clermont').map((row) => row.id),
  };
}

export function insertOrganisations(client: Client, count: number): Promise<IdRange> {
  const sql = new SqlBuilder();
  const place = sql.pick(weighted(PLACES.map((item, index) => [index + 1, item.weight] as const)), 'int[]');
  const country = sql.pick(weighted(PARTNER_COUNTRIES.map((item, index) => [index + 1, item.weight] as const)), 'int[]');
  const cities = sql.param(
    PLACES.map((item) => item.city),
    'text[]',
  );
  const postcodes = sql.param(
    PLACES.map((item) => item.postcode),
    'text[]',
  );
  const departements = sql.param(
    PLACES.map((item) => item.departement),
    'text[]',
  );
  const countryNames = sql.param(
    PARTNER_COUNTRIES.map((item) => item.name),
    'text[]',
  );
  const countryZones = sql.param(
    PARTNER_COUNTRIES.map((item) => zonesOfCountries([item.code])[0]),
    'text[]',
  );
  return insertInto(
    client,
    'organisations',
    sql,
    `INSERT INTO organisations (version, created_at, updated_at, name, acronym, type, siret, rna, departement, postcode, city,
                                website, email, phone, membership, zones, tags)
     SELECT 1, created, created, name, acronym, type, siret, rna, departement, postcode, city,
            CASE WHEN r_web < 0.3 THEN 'https://www.' || left(${slug('name')}, 40) || '.example.org' END,
            CASE WHEN r_mail < 0.6 THEN 'contact@' || left(${slug('name')}, 40) || '.example.org' END,
            CASE WHEN r_phone < 0.7 THEN '04 ' || to_char(floor(random() * 1e8)::int, 'FM00 00 00 00') END,
            membership, zones, tags
       FROM (
         SELECT picked.*,
                CASE type
                  WHEN 'association' THEN prefix || ' ' || theme || ' ' || country_name || CASE WHEN r_city < 0.6 THEN ' – ' || city ELSE '' END
                  WHEN 'local_authority' THEN ${sql.pick(['Commune de ', 'Ville de ', 'Communauté de communes de '])} || city
                  WHEN 'company' THEN ${sql.pick(['SARL ', 'SAS ', 'SCOP '])} || last_name || ' ' || ${sql.pick(COMPANY_WORDS)}
                  WHEN 'school' THEN ${sql.pick(['Lycée ', 'Collège ', 'École '])} || ${sql.pick(PERSON_NAMES)} || ' – ' || city
                  WHEN 'university' THEN ${sql.pick(['Université de ', 'IUT de ', 'École supérieure de '])} || city
                  WHEN 'hospital' THEN 'Centre hospitalier de ' || city
                  WHEN 'youth_education' THEN ${sql.pick(['MJC de ', 'Centre social de ', 'Foyer des jeunes de '])} || city
                  ELSE ${sql.pick(['Maison des ', 'Centre ', 'Fondation '])} || theme || ' – ' || city
                END AS name,
                CASE WHEN type = 'association' AND r_acronym < 0.2 THEN upper(left(prefix, 1) || left(${slug('theme')}, 1) || left(${slug('country_name')}, 1)) END AS acronym,
                CASE WHEN type = 'company' OR r_siret < 0.2 THEN pg_temp.siret() END AS siret,
                CASE WHEN type = 'association' AND r_rna < 0.6 THEN 'W' || lpad(floor(random() * 1e9)::bigint::text, 9, '0') END AS rna,
                CASE WHEN type = 'association' AND zone <> 'france' THEN
                  CASE WHEN r_france < 0.3 THEN ARRAY['france', zone] ELSE ARRAY[zone] END
                  ELSE ARRAY['france'] END AS zones,
                CASE WHEN r_tag < 0.3 THEN ARRAY[${sql.pick(TAGS)}] ELSE '{}' END AS tags
           FROM (
             SELECT i, ${workingInstant('i', count)} AS created,
                    ${sql.pick(weighted(ORGANISATION_TYPE_WEIGHTS))} AS type,
                    ${sql.pick(
                      weighted([
                        ['none', 80],
                        ['adherent', 15],
                        ['associate', 4],
                        ['gip_member', 1],
                      ]),
                    )} AS membership,
                    ${sql.pick(ASSOCIATION_PREFIXES)} AS prefix, ${sql.pick(THEMES)} AS theme, ${sql.pick(LAST_NAMES)} AS last_name,
                    (${cities})[k_place] AS city, (${postcodes})[k_place] AS postcode, (${departements})[k_place] AS departement,
                    (${countryNames})[k_country] AS country_name, (${countryZones})[k_country] AS zone,
                    random() AS r_web, random() AS r_mail, random() AS r_phone, random() AS r_city, random() AS r_acronym,
                    random() AS r_siret, random() AS r_rna, random() AS r_france, random() AS r_tag
               FROM (SELECT i, ${place} AS k_place, ${country} AS k_country FROM generate_series(1, ${count}) AS i) AS indexes
           ) AS picked
       ) AS named
      ORDER BY i`,
  );
}

export function insertContacts(client: Client, count: number, organisations: IdRange): Promise<IdRange> {
  const sql = new SqlBuilder();
  return insertInto(
    client,
    'contacts',
    sql,
    `INSERT INTO contacts (version, created_at, updated_at, organisation_id, first_name, last_name, email, phone, function, newsletter_consent_at)
     SELECT 1, created, created, organisation_id, first_name, last_name,
            ${slug('first_name')} || '.' || ${slug('last_name')} || '.' || i || '@example.org',
            CASE WHEN r_phone < 0.6 THEN '06 ' || to_char(floor(random() * 1e8)::int, 'FM00 00 00 00') END,
            CASE WHEN r_function < 0.8 THEN ${sql.pick(FUNCTIONS)} END,
            CASE WHEN r_consent < 0.4 THEN created + random() * interval '30 days' END
       FROM (
         SELECT i, ${workingInstant('i', count)} AS created,
                CASE WHEN random() < 0.9 THEN ${skewedId(organisations, 1.3)} END AS organisation_id,
                ${sql.pick(FIRST_NAMES)} AS first_name, ${sql.pick(LAST_NAMES)} AS last_name,
                random() AS r_phone, random() AS r_function, random() AS r_consent
           FROM generate_series(1, ${count}) AS i
       ) AS picked
      ORDER BY i`,
  );
}

const OPEN_STAGES: [Stage, number][] = [
  ['design', 25],
  ['funding_search', 25],
  ['partner_search', 15],
  ['implementation', 20],
  ['reporting', 10],
  ['communication', 5],
];
const CLOSED_STAGES: [Stage, number][] = [
  ['design', 5],
  ['funding_search', 10],
  ['partner_search', 5],
  ['implementation', 25],
  ['reporting', 30],
  ['communication', 25],
];
const OUTCOMES: [CaseOutcome, number][] = [
  ['completed', 40],
  ['funded', 30],
  ['redirected', 15],
  ['abandoned', 15],
];

/**
 * Support cases over ten years: most closed with an outcome; about 14 % open (recent ones more
 * often), their next follow-up mostly in the coming weeks and one in ten already late.
 */
export function insertCases(client: Client, count: number, organisations: IdRange, staff: Staff): Promise<IdRange> {
  if (OUTCOMES.some(([outcome]) => !CASE_OUTCOMES.includes(outcome))) throw new Error('unknown case outcome');
  const sql = new SqlBuilder();
  const country = sql.pick(weighted(PARTNER_COUNTRIES.map((item, index) => [index + 1, item.weight] as const)), 'int[]');
  const countryNames = sql.param(
    PARTNER_COUNTRIES.map((item) => item.name),
    'text[]',
  );
  const countryCodes = sql.param(
    PARTNER_COUNTRIES.map((item) => item.code),
    'text[]',
  );
  const countryZones = sql.param(
    PARTNER_COUNTRIES.map((item) => zonesOfCountries([item.code])[0]),
    'text[]',
  );
  return insertInto(
    client,
    'cases',
    sql,
    `INSERT INTO cases (version, created_at, updated_at, reference, organisation_id, project_title, project_summary, countries, zones, sdgs,
                        adviser_id, site, stage, status, outcome, next_follow_up_at, funding_sought_eur, funding_obtained_eur, funders,
                        opened_at, closed_at)
     SELECT 1, opened_at, coalesce(closed_at, opened_at),
            ${reference('AC')},
            organisation_id, kind || ' – ' || country_name, 'Projet porté avec les partenaires locaux : ' || lower(kind) || '.',
            CASE WHEN code = 'FR' THEN ARRAY['FR'] WHEN r_two < 0.25 THEN ARRAY['FR', code] ELSE ARRAY[code] END,
            CASE WHEN zone = 'france' THEN ARRAY['france'] WHEN r_two < 0.25 THEN ARRAY['france', zone] ELSE ARRAY[zone] END,
            CASE WHEN r_sdg < 0.5 THEN ARRAY[sdg] ELSE ARRAY[sdg, ((sdg + floor(random() * 16)::int) % 17) + 1] END,
            adviser_id, site,
            CASE WHEN status = 'closed' THEN ${sql.pick(weighted(CLOSED_STAGES))} ELSE ${sql.pick(weighted(OPEN_STAGES))} END,
            status, outcome,
            CASE WHEN status = 'open' THEN current_date + (floor(r_follow * 100) - 10)::int END,
            sought, CASE WHEN outcome = 'funded' THEN round(sought * (0.3 + 0.7 * random()))::int ELSE 0 END,
            CASE WHEN sought > 0 THEN ARRAY[${sql.pick(FUNDERS)}] ELSE '{}' END,
            opened_at, closed_at
       FROM (
         SELECT aged.*,
                CASE WHEN status = 'closed' THEN greatest(opened_at, least(opened_at + (20 + r_close * 700) * interval '1 day', now() - interval '1 hour')) END AS closed_at,
                CASE WHEN status = 'closed' THEN ${sql.pick(weighted(OUTCOMES))} END AS outcome,
                ${staffOfSite(sql, staff, 'site')} AS adviser_id
           FROM (
             SELECT picked.*,
                    CASE
                      WHEN age_days < 730 AND r_status < 0.95 * (1 - age_days / 730) THEN 'open'
                      WHEN age_days >= 730 AND age_days < 1460 AND r_status < 0.25 THEN 'open'
                      WHEN age_days < 1095 AND r_status > 0.96 THEN 'on_hold'
                      ELSE 'closed'
                    END AS status
               FROM (
                 SELECT timed.*, extract(epoch FROM now() - opened_at) / 86400 AS age_days,
                        extract(year FROM opened_at AT TIME ZONE 'Europe/Paris')::int AS ref_year
                   FROM (
                     SELECT i, ${workingInstant('i', count)} AS opened_at,
                            CASE WHEN random() < 0.65 THEN 'lyon' ELSE 'clermont' END AS site,
                            ${skewedId(organisations)} AS organisation_id,
                            ${sql.pick(PROJECT_KINDS)} AS kind,
                            (${countryNames})[k_country] AS country_name, (${countryCodes})[k_country] AS code, (${countryZones})[k_country] AS zone,
                            1 + floor(random() * 17)::int AS sdg,
                            CASE WHEN random() < 0.7 THEN (5 + floor(random() * 195)::int) * 1000 ELSE 0 END AS sought,
                            random() AS r_status, random() AS r_two, random() AS r_sdg, random() AS r_follow, random() AS r_close
                       FROM (SELECT i, ${country} AS k_country FROM generate_series(1, ${count}) AS i) AS indexes
                   ) AS timed
               ) AS picked
           ) AS aged
       ) AS cases_to_insert
       LEFT JOIN reference_counters AS counter ON counter.prefix = 'AC' AND counter.year = cases_to_insert.ref_year
      ORDER BY i`,
  );
}

/** Each case's stage history: opened at design, then moved to its current stage. */
export async function insertStageChanges(client: Client, cases: IdRange): Promise<void> {
  await client.query(
    `INSERT INTO case_stage_changes (case_id, from_stage, to_stage, changed_by_id, changed_at)
     SELECT id, NULL, 'design', adviser_id, opened_at FROM cases WHERE id BETWEEN $1 AND $2
     UNION ALL
     SELECT id, 'design', stage, adviser_id, opened_at + (coalesce(closed_at, now()) - opened_at) * 0.3
       FROM cases WHERE id BETWEEN $1 AND $2 AND stage <> 'design'
     ORDER BY 5`,
    [cases.first, cases.first + cases.count - 1],
  );
}

/** About a third of the cases whose organisation sits in a relay's départements are handed to that relay. */
export async function insertAssignments(client: Client, cases: IdRange): Promise<void> {
  const sql = new SqlBuilder();
  const first = sql.param(cases.first, 'int');
  const last = sql.param(cases.first + cases.count - 1, 'int');
  await client.query(
    `INSERT INTO assignments (version, created_at, updated_at, case_id, relay_id, status, decline_reason, assigned_by_id, assigned_at,
                              acknowledged_at, acknowledged_by_id, completed_at)
     SELECT 1, assigned_at, assigned_at, case_id, relay_id, status,
            CASE WHEN status = 'declined' THEN ${sql.pick(DECLINE_REASONS)} END,
            adviser_id, assigned_at,
            CASE WHEN status <> 'proposed' THEN least(assigned_at + interval '2 days', now()) END,
            CASE WHEN status <> 'proposed' THEN relay_user_id END,
            CASE WHEN status = 'completed' THEN closed_at END
       FROM (
         SELECT candidates.*,
                CASE WHEN status = 'proposed' THEN greatest(opened_at, now() - random() * interval '10 days')
                     ELSE least(opened_at + (1 + random() * 9) * interval '1 day', coalesce(closed_at, now())) END AS assigned_at
           FROM (
             SELECT c.id AS case_id, c.adviser_id, c.opened_at, c.closed_at, r.id AS relay_id,
                    (SELECT min(u.id) FROM users u WHERE u.relay_id = r.id) AS relay_user_id,
                    CASE WHEN c.status = 'closed' THEN CASE WHEN random() < 0.8 THEN 'completed' ELSE 'declined' END
                         WHEN random() < 0.2 THEN 'proposed' ELSE 'accepted' END AS status
               FROM cases c
               JOIN organisations o ON o.id = c.organisation_id
               JOIN relays r ON o.departement = ANY (r.departements)
              WHERE c.id BETWEEN ${first} AND ${last} AND random() < 0.35
           ) AS candidates
       ) AS assignments_to_insert
      ORDER BY assigned_at`,
    sql.values,
  );
}

/**
 * Information requests over ten years, about 137 a working day: nearly all closed or answered;
 * those of the last month still partly open (about two thousand), plus a forgotten backlog of about a thousand.
 */
export function insertRequests(
  client: Client,
  count: number,
  links: { organisations: IdRange; contacts: IdRange; cases: IdRange; staff: Staff },
): Promise<IdRange> {
  const sql = new SqlBuilder();
  const subject = sql.pick(weighted(SUBJECTS.map((item, index) => [index + 1, item.weight] as const)), 'int[]');
  const subjects = sql.param(
    SUBJECTS.map((item) => item.subject),
    'text[]',
  );
  const topics = sql.param(
    SUBJECTS.map((item) => item.topic),
    'text[]',
  );
  const { organisations, contacts, cases, staff } = links;
  return insertInto(
    client,
    'requests',
    sql,
    `INSERT INTO requests (version, created_at, updated_at, reference, site, channel, topic, subject, question, organisation_id, contact_id,
                           requester_name, requester_email, assignee_id, status, received_at, due_at, waiting_since, first_response_at,
                           answered_at, answer, minutes_spent, case_id)
     SELECT 1, received_at, coalesce(answered_at, first_response_at, received_at),
            ${reference('DI')},
            site, channel, topic, subject, question, organisation_id, contact_id, requester_name, requester_email, assignee_id, status,
            received_at, received_at + interval '7 days', waiting_since, first_response_at, answered_at, answer, minutes_spent, case_id
       FROM (
         SELECT answered.*,
                CASE WHEN status = 'waiting' THEN first_response_at + (now() - first_response_at) * random() END AS waiting_since,
                CASE WHEN status IN ('answered', 'closed') THEN ${sql.pick(ANSWERS)} END AS answer,
                CASE WHEN status IN ('answered', 'closed') THEN 5 + floor(r_minutes * 115)::int
                     WHEN status = 'new' THEN 0 ELSE floor(r_minutes * 30)::int END AS minutes_spent,
                CASE WHEN r_requester < 0.55 THEN contact.organisation_id WHEN r_requester < 0.8 THEN picked_organisation_id END AS organisation_id
           FROM (
             SELECT statused.*,
                    CASE WHEN status IN ('answered', 'closed') THEN
                      received_at + (answered_at - received_at) * (0.1 + 0.8 * r_first)
                         WHEN status IN ('in_progress', 'waiting') THEN received_at + (now() - received_at) * 0.5 * r_first END AS first_response_at
               FROM (
                 SELECT aged.*,
                        CASE WHEN status = 'new' AND r_assign < 0.5 THEN NULL ELSE ${staffOfSite(sql, staff, 'site')} END AS assignee_id,
                        CASE WHEN status IN ('answered', 'closed') THEN
                          greatest(received_at, least(received_at + (0.05 + r_delay * r_delay * 10) * interval '1 day', now() - interval '1 minute'))
                        END AS answered_at,
                        CASE WHEN status = 'closed' AND topic IN ('funding', 'project_design', 'partnership') AND r_case < 0.1
                             THEN ${cases.first} + least(${cases.count - 1}, ((i - 1) * ${cases.count}::bigint / ${count})::int) END AS case_id
                   FROM (
                     SELECT timed.*,
                            CASE
                              WHEN age_days < 30 AND r_status < 0.95 * (1 - age_days / 30) THEN
                                CASE WHEN r_open < 0.3 THEN 'new' WHEN r_open < 0.75 THEN 'in_progress' ELSE 'waiting' END
                              WHEN age_days >= 30 AND r_status < 0.002 THEN 'in_progress'
                              WHEN age_days < 60 AND r_status > 0.9 THEN 'answered'
                              WHEN r_status > 0.97 THEN 'answered'
                              ELSE 'closed'
                            END AS status
                       FROM (
                         SELECT picked.*, extract(epoch FROM now() - received_at) / 86400 AS age_days,
                                extract(year FROM received_at AT TIME ZONE 'Europe/Paris')::int AS ref_year
                           FROM (
                             SELECT i, ${workingInstant('i', count)} AS received_at,
                                    CASE WHEN random() < 0.68 THEN 'lyon' ELSE 'clermont' END AS site,
                                    ${sql.pick(weighted(CHANNEL_WEIGHTS))} AS channel,
                                    (${subjects})[k_subject] AS subject, (${topics})[k_subject] AS topic,
                                    ${sql.pick(QUESTIONS)} AS question,
                                    CASE WHEN r_requester < 0.55 THEN ${uniformId(contacts)} END AS contact_id,
                                    ${skewedId(organisations)} AS picked_organisation_id,
                                    CASE WHEN r_requester >= 0.8 THEN ${sql.pick(FIRST_NAMES)} || ' ' || last_name END AS requester_name,
                                    CASE WHEN r_requester >= 0.8 THEN ${slug('last_name')} || '.' || i || '@example.net' END AS requester_email,
                                    r_requester, random() AS r_status, random() AS r_open, random() AS r_assign, random() AS r_delay,
                                    random() AS r_first, random() AS r_minutes, random() AS r_case
                               FROM (
                                 SELECT i, ${subject} AS k_subject, random() AS r_requester, ${sql.pick(LAST_NAMES)} AS last_name
                                   FROM generate_series(1, ${count}) AS i
                               ) AS indexes
                           ) AS picked
                       ) AS timed
                   ) AS aged
               ) AS statused
           ) AS answered
           LEFT JOIN contacts AS contact ON contact.id = answered.contact_id
       ) AS requests_to_insert
       LEFT JOIN reference_counters AS counter ON counter.prefix = 'DI' AND counter.year = requests_to_insert.ref_year
      ORDER BY i`,
  );
}

/**
 * Timelines: most entries on cases (a few cases with hundreds of entries, most with a handful),
 * the rest on requests; each entry dated within its record's life, all inserted in time order.
 */
export function insertInteractions(
  client: Client,
  counts: { onCases: number; onRequests: number },
  links: { cases: IdRange; requests: IdRange; staff: Staff },
): Promise<IdRange> {
  const sql = new SqlBuilder();
  const { cases, requests, staff } = links;
  const anyStaff = sql.pick([...staff.lyon, ...staff.clermont], 'int[]');
  const kind = sql.pick(
    weighted([
      ['note', 40],
      ['call', 25],
      ['email', 25],
      ['meeting', 10],
    ]),
  );
  const body = sql.pick(INTERACTION_BODIES);
  // Multiplying by a prime spreads the busiest cases over the ten years instead of piling them on the oldest.
  const busyCase = `(${cases.first} + ((floor(${cases.count} * power(random(), 1.5))::bigint * 7919) % ${cases.count})::int)`;
  return insertInto(
    client,
    'interactions',
    sql,
    `INSERT INTO interactions (version, created_at, updated_at, case_id, request_id, kind, author_id, occurred_at, minutes_spent, body)
     SELECT 1, occurred_at, occurred_at, case_id, request_id, kind, author_id, occurred_at, minutes_spent, body
       FROM (
         SELECT c.id AS case_id, NULL::int AS request_id, picked.kind, picked.body, picked.minutes_spent,
                CASE WHEN picked.r_author < 0.75 THEN c.adviser_id ELSE picked.other_author_id END AS author_id,
                c.opened_at + picked.r_when * (coalesce(c.closed_at, now()) - c.opened_at) AS occurred_at
           FROM (
             SELECT ${busyCase} AS case_id, ${kind} AS kind, ${body} AS body, floor(random() * 60)::int AS minutes_spent,
                    random() AS r_author, ${anyStaff} AS other_author_id, random() AS r_when
               FROM generate_series(1, ${counts.onCases})
           ) AS picked
           JOIN cases c ON c.id = picked.case_id
         UNION ALL
         SELECT NULL, q.id, picked.kind, picked.body, picked.minutes_spent,
                coalesce(q.assignee_id, picked.other_author_id),
                q.received_at + picked.r_when * (coalesce(q.answered_at, now()) - q.received_at)
           FROM (
             SELECT ${uniformId(requests)} AS request_id, ${kind} AS kind, ${body} AS body, floor(random() * 30)::int AS minutes_spent,
                    ${anyStaff} AS other_author_id, random() AS r_when
               FROM generate_series(1, ${counts.onRequests})
           ) AS picked
           JOIN requests q ON q.id = picked.request_id
       ) AS entries
      ORDER BY occurred_at`,
  );
}

/** The yearly reference counters continue after the generated numbers, so the product's next DI-/AC- never collides. */
export async function advanceReferenceCounters(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO reference_counters (prefix, year, last)
     SELECT split_part(reference, '-', 1), split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int)
       FROM (SELECT reference FROM requests UNION ALL SELECT reference FROM cases) AS refs
      GROUP BY 1, 2
     ON CONFLICT (prefix, year) DO UPDATE SET last = greatest(reference_counters.last, excluded.last)`,
  );
}

/** A valid SIRET (13 random digits and the Luhn check digit), for this session only. */
export async function createSessionFunctions(client: Client): Promise<void> {
  await client.query(`
    CREATE FUNCTION pg_temp.siret() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      body text := lpad(floor(random() * 1e13)::bigint::text, 13, '0');
      total int := 0;
      digit int;
    BEGIN
      FOR position IN 1..13 LOOP
        digit := substr(body, 14 - position, 1)::int;
        IF position % 2 = 1 THEN
          digit := digit * 2;
          IF digit > 9 THEN digit := digit - 9; END IF;
        END IF;
        total := total + digit;
      END LOOP;
      RETURN body || ((10 - total % 10) % 10)::text;
    END $$`);
}

/** The year the events scenarios read: the demo data's (2024), whose events the generated ones join. */
export const EVENT_YEAR = 2024;

/**
 * Collective events over ten years, 2015 to 2024 (so about a tenth of them in the year the
 * scenario lists), held, at the team's two sites, each with `perEvent` name-and-e-mail registrants.
 */
export async function insertEvents(client: Client, count: number, perEvent: number): Promise<IdRange> {
  const sql = new SqlBuilder();
  const kind = sql.pick(['workshop', 'training', 'working_group', 'regional_meeting', 'webinar', 'fair', 'festisol', 'other']);
  const role = sql.pick(
    weighted([
      ['organised', 4],
      ['co_organised', 2],
      ['speaker', 2],
      ['participant', 2],
    ] as const),
  );
  const departement = sql.pick(PLACES.map((item) => item.departement));
  const site = sql.pick(['lyon', 'clermont']);
  const events = await insertInto(
    client,
    'events',
    sql,
    `INSERT INTO events (version, title, kind, role, starts_at, ends_at, departement, site, status)
     SELECT 1, 'Temps collectif ' || i, ${kind}, ${role}, starts_at, starts_at + interval '3 hours', ${departement}, ${site}, 'held'
       FROM (SELECT i, timestamptz '2015-01-05 09:00 Europe/Paris' + floor(random() * 3650) * interval '1 day' AS starts_at
               FROM generate_series(1, ${sql.param(count, 'int')}) AS i ORDER BY starts_at) AS dated`,
  );
  await insertRegistrants(client, events, perEvent);
  return events;
}

/** `perEvent` people registered by name and e-mail to each event of the range, a third of them absent. */
async function insertRegistrants(client: Client, events: IdRange, perEvent: number): Promise<void> {
  const sql = new SqlBuilder();
  const firstName = sql.pick(FIRST_NAMES);
  const lastName = sql.pick(LAST_NAMES);
  await client.query(
    `INSERT INTO registrations (version, event_id, name, email, organisation_name, status)
     SELECT 1, event_id, ${firstName} || ' ' || ${lastName}, 'participant-' || event_id || '-' || n || '@bench.test',
            'Association n° ' || (1 + floor(random() * 500)::int), CASE WHEN random() < 0.33 THEN 'absent' ELSE 'attended' END
       FROM generate_series(${sql.param(events.first, 'int')}, ${sql.param(events.first + events.count - 1, 'int')}) AS event_id,
            generate_series(1, ${sql.param(perEvent, 'int')}) AS n`,
    sql.values,
  );
}

/** The year's regional meeting of `registrants` people: the registrations scenario lists them. */
export async function insertLargeEvent(client: Client, registrants: number): Promise<number> {
  const events = await insertInto(
    client,
    'events',
    new SqlBuilder(),
    `INSERT INTO events (version, title, kind, role, starts_at, ends_at, departement, site, status)
     VALUES (1, 'Rencontre régionale des acteurs de la solidarité internationale', 'regional_meeting', 'organised',
             '${EVENT_YEAR}-11-21 09:00 Europe/Paris', '${EVENT_YEAR}-11-21 17:00 Europe/Paris', '69M', 'lyon', 'held')`,
  );
  await insertRegistrants(client, events, registrants);
  return events.first;
}
