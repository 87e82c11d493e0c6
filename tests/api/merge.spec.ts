import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { client, database, loginAs, startApp, unique } from './support/app';
import { freshSiret } from './support/identifiers';

const freshRna = () => `W${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

/** A word of letters only, so that two names sharing it are alike and no other name in the directory is. */
const marker = () =>
  unique()
    .replace(/[0-9]/g, (digit) => 'qwxzjkvbgh'[Number(digit)])
    .toUpperCase();

interface Organisation {
  id: number;
  version: number;
  name: string;
  [field: string]: unknown;
}

interface Duplicate {
  organisation: { id: number; name: string };
  reasons: string[];
  similarity: number;
}

interface AuditEvent {
  id: number;
  action: string;
  entity: string;
  entityId: number;
  actorId: number | null;
  changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

describe('duplicates and merge of organisations', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let staff: TestAgent;
  let relay: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
    staff = await loginAs(app, 'staff');
    relay = await loginAs(app, 'relayDrome');
  });
  afterAll(() => app.close());

  const organisation = async (body: Record<string, unknown>): Promise<Organisation> =>
    (
      await staff
        .post('/api/organisations')
        .send({ type: 'association', ...body })
        .expect(201)
    ).body;
  const contact = async (organisationId: number) =>
    (
      await staff
        .post('/api/contacts')
        .send({ organisationId, firstName: 'Awa', lastName: unique('Diop ') })
        .expect(201)
    ).body.id as number;
  const duplicatesOf = async (id: number, agent = staff): Promise<Duplicate[]> =>
    (await agent.get(`/api/organisations/${id}/duplicates`).expect(200)).body;
  const historyOf = async (entity: string, entityId: number): Promise<AuditEvent[]> =>
    (await admin.get(`/api/audit-events?filter=${JSON.stringify({ entity, entityId })}&sort=["id","ASC"]&range=[0,99]`).expect(200)).body;
  const organisationIdsOf = async (table: 'contacts' | 'requests' | 'cases', ids: number[]): Promise<number[]> =>
    (await database(app).query(`SELECT organisation_id FROM ${table} WHERE id = ANY($1) ORDER BY id`, [ids])).map(
      (row: { organisation_id: number }) => row.organisation_id,
    );

  describe('likely duplicates', () => {
    it('finds the organisation with the same SIRET first, whatever its name', async () => {
      const siret = freshSiret();
      const first = await organisation({ name: unique('Maison des Solidarités '), siret });
      const second = await organisation({ name: unique('MDS Valence '), siret });
      const [best] = await duplicatesOf(first.id);
      expect(best).toMatchObject({
        organisation: { id: second.id, version: second.version, name: second.name, siret },
        reasons: ['siret'],
      });
    });

    it('finds the organisation with the same RNA', async () => {
      const rna = freshRna();
      const first = await organisation({ name: unique('Comité de jumelage Die '), rna });
      const second = await organisation({ name: unique('Jumelage Die-Koupéla '), rna });
      const [best] = await duplicatesOf(second.id);
      expect(best).toMatchObject({ organisation: { id: first.id }, reasons: ['rna'] });
    });

    it('finds a name alike once accents, case, articles and legal forms are ignored, and not an unrelated one', async () => {
      const word = marker();
      const first = await organisation({ name: `Association Les Amis du Sénégal ${word}` });
      const second = await organisation({ name: `LES AMIS DU SENEGAL ${word}` });
      const unrelated = await organisation({ name: `Coopérative fromagère du Haut-Jura ${word}` });
      const found = await duplicatesOf(first.id);
      expect(found[0]).toEqual({
        organisation: expect.objectContaining({ id: second.id, name: second.name }),
        reasons: ['name'],
        similarity: 1,
      });
      expect(found.map((duplicate) => duplicate.organisation.id)).not.toContain(unrelated.id);
      expect(found.map((duplicate) => duplicate.organisation.id)).not.toContain(first.id);
      expect(found.length).toBeLessThanOrEqual(10);
      expect((await duplicatesOf(unrelated.id)).map((duplicate) => duplicate.organisation.id)).not.toContain(first.id);
    });

    it('does not pair names alike only through the words many organisations of the region share', async () => {
      const named = async (name: string) =>
        (
          (await staff.get(`/api/organisations?filter=${encodeURIComponent(JSON.stringify({ q: name }))}&range=[0,99]`).expect(200))
            .body as Organisation[]
        ).find((found) => found.name === name)!;
      const afdi = await named('Afdi Auvergne-Rhône-Alpes');
      const region = await named('Région Auvergne-Rhône-Alpes');
      expect([afdi.id, region.id]).toEqual([expect.any(Number), expect.any(Number)]);
      expect((await duplicatesOf(afdi.id)).map((duplicate) => duplicate.organisation.id)).not.toContain(region.id);
      expect((await duplicatesOf(region.id)).map((duplicate) => duplicate.organisation.id)).not.toContain(afdi.id);
      // The same organisation typed again is still found, its distinctive word the same.
      const again = await organisation({ name: 'AFDI Auvergne Rhone-Alpes' });
      expect((await duplicatesOf(afdi.id)).map((duplicate) => duplicate.organisation.id)).toContain(again.id);
    });

    it('gives every reason that holds, SIRET before a name', async () => {
      const word = marker();
      const siret = freshSiret();
      const first = await organisation({ name: `Échanges et Partage Bénin ${word}`, siret });
      const sameName = await organisation({ name: `Echanges & partage - Benin ${word}` });
      const both = await organisation({ name: `ECHANGES ET PARTAGE BENIN ${word}`, siret });
      const found = await duplicatesOf(first.id);
      expect(found.slice(0, 2).map(({ organisation: { id }, reasons }) => [id, reasons])).toEqual([
        [both.id, ['siret', 'name']],
        [sameName.id, ['name']],
      ]);
    });

    it('is for those who keep the directory: not for relays, 404 for an unknown organisation', async () => {
      const { id } = await organisation({ name: unique('Relais ') });
      await duplicatesOf(id, admin);
      await relay.get(`/api/organisations/${id}/duplicates`).expect(403);
      await client(app).get(`/api/organisations/${id}/duplicates`).expect(401);
      await staff.get('/api/organisations/2147483647/duplicates').expect(404);
      const badId = await staff.get('/api/organisations/abc/duplicates').expect(400);
      expect(badId.body.errors).toHaveProperty('id');
    });
  });

  describe('merge', () => {
    /** Two records of one association; the absorbed one has contacts, a request and a case handed to a relay. */
    async function pair() {
      const word = marker();
      const kept = await organisation({
        name: `Les Amis du Sénégal ${word}`,
        city: 'Valence',
        zones: ['france'],
        tags: ['eau'],
        notes: 'Premier contact en 2023.',
      });
      const absorbed = await organisation({
        name: `Association Les Amis du Senegal ${word}`,
        acronym: 'AAS',
        siret: freshSiret(),
        city: 'Romans-sur-Isère',
        departement: '26',
        membership: 'adherent',
        zones: ['sub_saharan_africa', 'france'],
        tags: ['eau', 'santé'],
        notes: 'Adhérente depuis 2024.',
      });
      const keptContacts = [await contact(kept.id)];
      const contacts = [await contact(absorbed.id), await contact(absorbed.id)];
      const request = (
        await staff
          .post('/api/requests')
          .send({ channel: 'phone', topic: 'funding', subject: 'Forage', question: 'Quels financeurs ?', organisationId: absorbed.id })
          .expect(201)
      ).body;
      const supportCase = (
        await staff
          .post('/api/cases')
          .send({ organisationId: absorbed.id, projectTitle: unique('Forage '), nextFollowUpAt: '2030-06-01', countries: ['SN'] })
          .expect(201)
      ).body;
      // Drôme-Ardèche covers 26: its relay is proposed by default.
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      return { kept, absorbed, keptContacts, contacts, request, supportCase, assignment };
    }

    const mergeBody = (kept: Organisation, absorbed: Organisation) => ({
      duplicateId: absorbed.id,
      version: kept.version,
      duplicateVersion: absorbed.version,
    });

    it('moves contacts, requests and cases (with their assignments) to the kept organisation, fills its blanks, deletes the other', async () => {
      const { kept, absorbed, keptContacts, contacts, request, supportCase, assignment } = await pair();
      const caseVersion = (await staff.get(`/api/cases/${supportCase.id}`).expect(200)).body.version;

      const merged = (await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(200)).body;

      expect(merged).toMatchObject({
        id: kept.id,
        version: kept.version + 1,
        name: kept.name,
        city: 'Valence',
        acronym: 'AAS',
        siret: absorbed.siret,
        departement: '26',
        membership: 'adherent',
        zones: ['france', 'sub_saharan_africa'],
        tags: ['eau', 'santé'],
        notes: 'Premier contact en 2023.\n\nAdhérente depuis 2024.',
      });
      await staff.get(`/api/organisations/${absorbed.id}`).expect(404);
      // Every contact survives the merge (other suites add contacts meanwhile: count these only).
      expect(await organisationIdsOf('contacts', [...keptContacts, ...contacts])).toEqual([kept.id, kept.id, kept.id]);
      expect(await organisationIdsOf('requests', [request.id])).toEqual([kept.id]);
      expect(await organisationIdsOf('cases', [supportCase.id])).toEqual([kept.id]);
      const listed = await staff.get(`/api/contacts?filter=${JSON.stringify({ organisationId: kept.id })}`).expect(200);
      expect(listed.body.map((row: { id: number }) => row.id).sort()).toEqual([...keptContacts, ...contacts].sort());

      // The assignment still belongs to its case, so the relay now reaches the kept organisation.
      const followed = (await staff.get(`/api/assignments/${assignment.id}`).expect(200)).body;
      expect(followed).toMatchObject({ caseId: supportCase.id, status: 'proposed' });
      await relay.get(`/api/organisations/${kept.id}`).expect(200);
      // A moved record has a new version: a form still showing the old organisation gets a 409.
      const movedCase = (await staff.get(`/api/cases/${supportCase.id}`).expect(200)).body;
      expect(movedCase.version).toBe(caseVersion + 1);
    });

    it('writes a merge event on both organisations and an update event per moved record', async () => {
      const { kept, absorbed, contacts, request, supportCase } = await pair();
      const me = (await admin.get('/api/auth/me')).body.id;
      await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(200);

      const keptEvent = (await historyOf('organisation', kept.id)).at(-1)!;
      expect(keptEvent).toMatchObject({ action: 'merge', actorId: me });
      expect(keptEvent.changes.before).toMatchObject({
        acronym: null,
        siret: null,
        departement: null,
        membership: 'none',
        zones: ['france'],
      });
      expect(keptEvent.changes.after).toMatchObject({
        acronym: 'AAS',
        siret: absorbed.siret,
        departement: '26',
        membership: 'adherent',
        zones: ['france', 'sub_saharan_africa'],
        mergedId: absorbed.id,
        mergedName: absorbed.name,
      });
      expect(keptEvent.changes.before).not.toHaveProperty('city');

      const absorbedHistory = await historyOf('organisation', absorbed.id);
      expect(absorbedHistory.map((event) => event.action)).toEqual(['create', 'merge']);
      expect(absorbedHistory[1].changes).toEqual({
        before: expect.objectContaining({ id: absorbed.id, name: absorbed.name, acronym: 'AAS' }),
        after: { mergedInto: kept.id },
      });

      const moved = { before: { organisationId: absorbed.id }, after: { organisationId: kept.id } };
      for (const [entity, id] of [
        ...contacts.map((contactId) => ['contact', contactId] as const),
        ['request', request.id],
        ['case', supportCase.id],
      ] as const) {
        const last = (await historyOf(entity, id)).at(-1)!;
        expect(last).toMatchObject({ action: 'update', actorId: me, changes: moved });
      }
      const merges = await admin.get(
        `/api/audit-events?filter=${JSON.stringify({ action: 'merge', entity: 'organisation', entityId: [kept.id, absorbed.id] })}`,
      );
      expect(merges.status).toBe(200);
      expect(merges.body).toHaveLength(2);
    });

    it('moves a relay whose own organisation is absorbed', async () => {
      const kept = await organisation({ name: unique('Francas ') });
      const absorbed = await organisation({ name: unique('Les Francas ') });
      const db = database(app);
      // A relay of its own, covering no département, so no other suite ever meets it.
      const [{ id: relayId }] = await db.query(`INSERT INTO relays (version, name, organisation_id) VALUES (1, $1, $2) RETURNING id`, [
        unique('Relais de test '),
        absorbed.id,
      ]);
      try {
        await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(200);
        expect(await db.query(`SELECT organisation_id, version FROM relays WHERE id = $1`, [relayId])).toEqual([
          { organisation_id: kept.id, version: 2 },
        ]);
        expect((await historyOf('relay', relayId)).at(-1)).toMatchObject({
          action: 'update',
          changes: { before: { organisationId: absorbed.id }, after: { organisationId: kept.id } },
        });
      } finally {
        await db.query(`DELETE FROM relays WHERE id = $1`, [relayId]);
      }
    });

    it('moves the registrations of the absorbed organisation and names the kept one among an event’s co-organisers, once', async () => {
      const kept = await organisation({ name: unique('Cités Unies ') });
      const absorbed = await organisation({ name: unique('Cités Unies France ') });
      const other = await organisation({ name: unique('Partenaire ') });
      const plan = async (coOrganiserIds: number[]) =>
        (
          await staff
            .post('/api/events')
            .send({
              title: unique('Atelier '),
              kind: 'workshop',
              role: 'co_organised',
              startsAt: '2030-03-12T14:00:00+01:00',
              endsAt: '2030-03-12T17:00:00+01:00',
              departement: '69M',
              coOrganiserIds,
            })
            .expect(201)
        ).body;
      const withAbsorbed = await plan([absorbed.id, other.id]);
      const withBoth = await plan([kept.id, absorbed.id]);
      const registration = (
        await staff.post('/api/registrations').send({ eventId: withAbsorbed.id, name: 'Awa Diop', organisationId: absorbed.id }).expect(201)
      ).body;

      await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(200);

      expect((await staff.get(`/api/registrations/${registration.id}`).expect(200)).body).toMatchObject({
        organisationId: kept.id,
        version: registration.version + 1,
      });
      expect((await staff.get(`/api/events/${withAbsorbed.id}`).expect(200)).body.coOrganiserIds).toEqual([kept.id, other.id]);
      expect((await staff.get(`/api/events/${withBoth.id}`).expect(200)).body.coOrganiserIds).toEqual([kept.id]);
      expect((await historyOf('event', withBoth.id)).at(-1)).toMatchObject({
        action: 'update',
        changes: { before: { coOrganiserIds: [kept.id, absorbed.id] }, after: { coOrganiserIds: [kept.id] } },
      });
    });

    it('is for administrators only', async () => {
      const { kept, absorbed, contacts } = await pair();
      await staff.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(403);
      await relay.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(403);
      await client(app).post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(401);
      expect(await organisationIdsOf('contacts', contacts)).toEqual([absorbed.id, absorbed.id]);
      await staff.get(`/api/organisations/${absorbed.id}`).expect(200);
    });

    it('refuses a stale version of either organisation with 409 and moves nothing', async () => {
      const { kept, absorbed, contacts, supportCase } = await pair();
      const edited = (
        await staff.put(`/api/organisations/${absorbed.id}`).send({ phone: '0475000000', version: absorbed.version }).expect(200)
      ).body;
      const staleDuplicate = await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)).expect(409);
      expect(staleDuplicate.body.errors).toHaveProperty('version');
      await admin
        .post(`/api/organisations/${kept.id}/merge`)
        .send({ ...mergeBody(kept, edited), version: kept.version + 1 })
        .expect(409);

      expect(await organisationIdsOf('contacts', contacts)).toEqual([absorbed.id, absorbed.id]);
      expect(await organisationIdsOf('cases', [supportCase.id])).toEqual([absorbed.id]);
      expect((await staff.get(`/api/organisations/${kept.id}`).expect(200)).body.version).toBe(kept.version);
      expect((await historyOf('organisation', kept.id)).map((event) => event.action)).toEqual(['create']);
      expect((await historyOf('contact', contacts[0])).map((event) => event.action)).toEqual(['create']);

      await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, edited)).expect(200);
    });

    it('rolls everything back when a step fails midway', async () => {
      const { kept, absorbed, contacts, request, supportCase } = await pair();
      // Fault injection: moving this case fails, after the contacts and the request have moved.
      const db = database(app);
      await db.query(`CREATE FUNCTION merge_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected fault'; END $$`);
      await db.query(
        `CREATE TRIGGER merge_fault BEFORE UPDATE ON cases FOR EACH ROW WHEN (NEW.id = ${supportCase.id}) EXECUTE FUNCTION merge_test_fault()`,
      );
      try {
        const failed = await admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed));
        expect(failed.status).toBe(500);
      } finally {
        await db.query(`DROP TRIGGER merge_fault ON cases`);
        await db.query(`DROP FUNCTION merge_test_fault()`);
      }
      expect(await organisationIdsOf('contacts', contacts)).toEqual([absorbed.id, absorbed.id]);
      expect(await organisationIdsOf('requests', [request.id])).toEqual([absorbed.id]);
      await staff.get(`/api/organisations/${absorbed.id}`).expect(200);
      expect((await staff.get(`/api/organisations/${kept.id}`).expect(200)).body.version).toBe(kept.version);
      const events = await db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action IN ('merge', 'update') AND (
           (entity = 'organisation' AND entity_id = ANY($1)) OR (entity = 'contact' AND entity_id = ANY($2)) OR (entity = 'request' AND entity_id = $3))`,
        [[kept.id, absorbed.id], contacts, request.id],
      );
      expect(events[0].n).toBe(0);
    });

    it('lets one of two opposite merges of the same pair win, without deadlock', async () => {
      const { kept, absorbed } = await pair();
      const results = await Promise.all([
        admin.post(`/api/organisations/${kept.id}/merge`).send(mergeBody(kept, absorbed)),
        admin.post(`/api/organisations/${absorbed.id}/merge`).send(mergeBody(absorbed, kept)),
      ]);
      const statuses = results.map((result) => result.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.every((status) => [200, 400, 404].includes(status))).toBe(true);
    });

    it('refuses to merge an organisation into itself or with one that does not exist, naming duplicateId', async () => {
      const { id, version } = await organisation({ name: unique('Seule ') });
      const itself = await admin
        .post(`/api/organisations/${id}/merge`)
        .send({ duplicateId: id, version, duplicateVersion: version })
        .expect(400);
      expect(Object.keys(itself.body.errors)).toEqual(['duplicateId']);
      const missing = await admin
        .post(`/api/organisations/${id}/merge`)
        .send({ duplicateId: 2147483647, version, duplicateVersion: 1 })
        .expect(400);
      expect(Object.keys(missing.body.errors)).toEqual(['duplicateId']);
      await admin.post(`/api/organisations/2147483647/merge`).send({ duplicateId: id, version: 1, duplicateVersion: version }).expect(404);
      expect((await staff.get(`/api/organisations/${id}`).expect(200)).body.version).toBe(version);
    });

    it('answers malformed bodies and ids with 400 naming the field, never 5xx', async () => {
      const { id } = await organisation({ name: unique('Cible ') });
      // Random bodies go to an organisation that does not exist: one that happened to be valid must not merge demo data.
      const empty = await admin.post(`/api/organisations/${id}/merge`).send({}).expect(400);
      expect(Object.keys(empty.body.errors).sort()).toEqual(['duplicateId', 'duplicateVersion', 'version']);
      const strings = await admin
        .post(`/api/organisations/${id}/merge`)
        .send({ duplicateId: '12', version: 1, duplicateVersion: 1 })
        .expect(400);
      expect(Object.keys(strings.body.errors)).toEqual(['duplicateId']);
      const extra = await admin
        .post(`/api/organisations/${id}/merge`)
        .send({ duplicateId: 1, version: 1, duplicateVersion: 1, keep: 'all' })
        .expect(400);
      expect(Object.keys(extra.body.errors)).toEqual(['keep']);
      const badPath = await admin.post('/api/organisations/0/merge').send({ duplicateId: id, version: 1, duplicateVersion: 1 }).expect(400);
      expect(badPath.body.errors).toHaveProperty('id');

      let tried = 0;
      const field = fc.constantFrom('duplicateId', 'version', 'duplicateVersion', 'id', '__proto__');
      const anyBody = fc.oneof(fc.dictionary(field, fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 }));
      await fc.assert(
        fc.asyncProperty(anyBody, async (body) => {
          const response = await admin
            .post('/api/organisations/2147483646/merge')
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          tried++;
          expect(response.status).toBeLessThan(500);
          if (response.status === 400) expect(Object.keys(response.body.errors ?? {}).length).toBeGreaterThan(0);
        }),
        { numRuns: 80 },
      );
      console.log(`merge bad input: inputs ${tried}, 5xx 0`);
    });
  });
});
