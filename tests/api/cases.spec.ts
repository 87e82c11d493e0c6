import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

// Works with the Loire and Drôme-Ardèche relays, so the permission matrix (Isère, Rhône) runs beside it undisturbed.
describe('support cases and relay assignments', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let loire: TestAgent;
  let drome: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    loire = await loginAs(app, 'relayLoire');
    drome = await loginAs(app, 'relayDrome');
  });
  afterAll(() => app.close());

  const organisation = async (departement = '42') =>
    (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Porteur '), type: 'association', departement })
        .expect(201)
    ).body.id as number;
  const openCase = async (body: Record<string, unknown> = {}) =>
    (
      await staff
        .post('/api/cases')
        .send({ organisationId: await organisation(), projectTitle: unique('Puits '), nextFollowUpAt: '2030-02-01', ...body })
        .expect(201)
    ).body;
  const timeline = async (caseId: number, agent = staff) =>
    (await agent.get(`/api/interactions?filter=${JSON.stringify({ caseId })}&sort=["id","ASC"]&range=[0,99]`).expect(200)).body as {
      kind: string;
      body: string;
    }[];

  it('opens a case with its reference, zones derived from the countries, and the adviser by default', async () => {
    const me = (await staff.get('/api/auth/me')).body;
    const supportCase = await openCase({ countries: ['SN', 'FR', 'ML'], sdgs: [6, 3], fundingSoughtEur: 25000, funders: ['Région AURA'] });
    expect(supportCase).toMatchObject({
      stage: 'design',
      status: 'open',
      adviserId: me.id,
      site: 'lyon',
      zones: ['france', 'sub_saharan_africa'],
      sdgs: [6, 3],
    });
    expect(supportCase.reference).toMatch(/^AC-\d{4}-\d{4}$/);
    const bad = await staff
      .post('/api/cases')
      .send({ organisationId: 1, projectTitle: 'x', countries: ['XX'], sdgs: [18] })
      .expect(400);
    expect(bad.body.errors).toMatchObject({ nextFollowUpAt: expect.any(String), countries: expect.any(String), sdgs: expect.any(String) });
  });

  it('moves along the project cycle, forward and back, keeping who moved it and when', async () => {
    let supportCase = await openCase();
    for (const stage of ['funding_search', 'implementation', 'partner_search']) {
      supportCase = (await staff.put(`/api/cases/${supportCase.id}`).send({ stage, version: supportCase.version }).expect(200)).body;
    }
    const history = (await staff.get(`/api/cases/${supportCase.id}/stage-history`).expect(200)).body;
    expect(history.map((change: { fromStage: string | null; toStage: string }) => [change.fromStage, change.toStage])).toEqual([
      [null, 'design'],
      ['design', 'funding_search'],
      ['funding_search', 'implementation'],
      ['implementation', 'partner_search'],
    ]);
    expect(history.every((change: { changedById: number }) => change.changedById === supportCase.adviserId)).toBe(true);
    expect((await timeline(supportCase.id)).filter((entry) => entry.kind === 'stage_change')).toHaveLength(3);
  });

  it('closes only with an outcome, requires a follow-up date while open, and reopens cleanly', async () => {
    const supportCase = await openCase();
    const noOutcome = await staff.put(`/api/cases/${supportCase.id}`).send({ status: 'closed', version: supportCase.version }).expect(400);
    expect(noOutcome.body.errors).toHaveProperty('outcome');
    const noFollowUp = await staff
      .put(`/api/cases/${supportCase.id}`)
      .send({ nextFollowUpAt: null, version: supportCase.version })
      .expect(400);
    expect(noFollowUp.body.errors).toHaveProperty('nextFollowUpAt');
    const closed = (
      await staff
        .put(`/api/cases/${supportCase.id}`)
        .send({ status: 'closed', outcome: 'funded', nextFollowUpAt: null, fundingObtainedEur: 12000, version: supportCase.version })
        .expect(200)
    ).body;
    expect(closed).toMatchObject({ status: 'closed', outcome: 'funded', fundingObtainedEur: 12000 });
    expect(closed.closedAt).not.toBeNull();
    const reopened = (
      await staff
        .put(`/api/cases/${supportCase.id}`)
        .send({ status: 'open', nextFollowUpAt: '2030-03-01', version: closed.version })
        .expect(200)
    ).body;
    expect(reopened).toMatchObject({ status: 'open', outcome: null, closedAt: null });
  });

  it('turns a request into a case linked both ways, once', async () => {
    const organisationId = await organisation('69M');
    const request = (
      await staff
        .post('/api/requests')
        .send({
          channel: 'email',
          topic: 'project_design',
          subject: 'Projet de maraîchage',
          question: 'Comment monter le projet ?',
          organisationId,
        })
        .expect(201)
    ).body;
    const supportCase = (
      await staff
        .post(`/api/requests/${request.id}/convert-to-case`)
        .send({ nextFollowUpAt: '2030-04-01', countries: ['BF'] })
        .expect(201)
    ).body;
    expect(supportCase).toMatchObject({
      organisationId,
      projectTitle: 'Projet de maraîchage',
      projectSummary: 'Comment monter le projet ?',
      zones: ['sub_saharan_africa'],
    });
    expect((await staff.get(`/api/requests/${request.id}`)).body.caseId).toBe(supportCase.id);
    await staff.post(`/api/requests/${request.id}/convert-to-case`).send({ nextFollowUpAt: '2030-04-01' }).expect(409);
    const anonymousRequester = (
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'other', subject: 's', question: 'q', requesterName: 'M. X' })
        .expect(201)
    ).body;
    const refused = await staff
      .post(`/api/requests/${anonymousRequester.id}/convert-to-case`)
      .send({ nextFollowUpAt: '2030-04-01' })
      .expect(400);
    expect(refused.body.errors).toHaveProperty('organisationId');
  });

  it('opens a case held by a private individual (a contact), never by nobody', async () => {
    const contactId = (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Jean', lastName: unique('Martin ') })
        .expect(201)
    ).body.id;
    const held = await openCase({ organisationId: undefined, contactId });
    expect(held).toMatchObject({ organisationId: null, contactId });

    const nobody = await staff
      .post('/api/cases')
      .send({ projectTitle: unique('Sans porteur '), nextFollowUpAt: '2030-02-01' })
      .expect(400);
    expect(nobody.body.errors).toEqual({ organisationId: expect.stringContaining('contact') });
    const unknown = await staff
      .post('/api/cases')
      .send({ contactId: 2_000_000_000, projectTitle: unique('Inconnu '), nextFollowUpAt: '2030-02-01' })
      .expect(400);
    expect(unknown.body.errors).toEqual({ contactId: 'contact introuvable' });
    const removed = await staff.put(`/api/cases/${held.id}`).send({ contactId: null, version: held.version }).expect(400);
    expect(removed.body.errors).toHaveProperty('organisationId');
    // The person holding a case is not deleted from under it.
    const refused = await staff.delete(`/api/contacts/${contactId}`).expect(409);
    expect(refused.body.errors).toEqual({ cases: '1 accompagnement' });
    await staff.get(`/api/contacts/${contactId}`).expect(200);

    // No organisation, so no département to pick a relay by: the adviser names one, whose users then see the holder.
    const noDefault = await staff.post('/api/assignments').send({ caseId: held.id }).expect(400);
    expect(noDefault.body.errors).toHaveProperty('relayId');
    const relays = (await staff.get('/api/relays').expect(200)).body as { id: number; departements: string[] }[];
    const loireRelay = relays.find((relay) => relay.departements.includes('42'))!;
    await staff.post('/api/assignments').send({ caseId: held.id, relayId: loireRelay.id }).expect(201);
    await loire.get(`/api/contacts/${contactId}`).expect(200);
    await drome.get(`/api/contacts/${contactId}`).expect(404);
  });

  describe('relay assignments', () => {
    it('proposes the relay covering the département, which accepts and works the case', async () => {
      const supportCase = await openCase();
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      const relays = (await staff.get('/api/relays').expect(200)).body as { id: number; name: string; departements: string[] }[];
      expect(relays.find((relay) => relay.id === assignment.relayId)!.departements).toContain('42');
      expect(assignment.status).toBe('proposed');
      await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(409);
      // Nor to another relay while this one has it.
      const otherRelay = relays.find((relay) => relay.id !== assignment.relayId)!;
      const second = await staff.post('/api/assignments').send({ caseId: supportCase.id, relayId: otherRelay.id }).expect(409);
      const liveRelay = relays.find((relay) => relay.id === assignment.relayId)!;
      expect(second.body.message).toBe(`Cet accompagnement est déjà confié à ${liveRelay.name}.`);

      await drome.post(`/api/assignments/${assignment.id}/accept`).send({ version: assignment.version }).expect(403);
      const accepted = (await loire.post(`/api/assignments/${assignment.id}/accept`).send({ version: assignment.version }).expect(200))
        .body;
      expect(accepted.status).toBe('accepted');
      expect(accepted.acknowledgedAt).not.toBeNull();

      const seen = (await loire.get(`/api/cases/${supportCase.id}`).expect(200)).body;
      const moved = (
        await loire
          .put(`/api/cases/${supportCase.id}`)
          .send({ stage: 'implementation', nextFollowUpAt: '2030-05-01', version: seen.version })
          .expect(200)
      ).body;
      expect(moved).toMatchObject({ stage: 'implementation', nextFollowUpAt: '2030-05-01' });
      await loire.put(`/api/cases/${supportCase.id}`).send({ fundingSoughtEur: 1, version: moved.version }).expect(403);
      await loire
        .post('/api/interactions')
        .send({ caseId: supportCase.id, kind: 'meeting', body: 'Rencontre avec le porteur', minutesSpent: 60 })
        .expect(201);
      const entries = await timeline(supportCase.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['status_change', 'status_change', 'stage_change', 'meeting']);

      const completed = (await loire.post(`/api/assignments/${assignment.id}/complete`).send({ version: accepted.version }).expect(200))
        .body;
      expect(completed.status).toBe('completed');
      // A completed assignment no longer opens the case to the relay.
      await loire.get(`/api/cases/${supportCase.id}`).expect(404);
    });

    it('records a decline with its reason and refuses moves from the wrong status', async () => {
      const supportCase = await openCase();
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      const noReason = await loire.post(`/api/assignments/${assignment.id}/decline`).send({ version: assignment.version }).expect(400);
      expect(noReason.body.errors).toHaveProperty('declineReason');
      await loire.post(`/api/assignments/${assignment.id}/complete`).send({ version: assignment.version }).expect(409);
      const declined = (
        await loire
          .post(`/api/assignments/${assignment.id}/decline`)
          .send({ version: assignment.version, declineReason: 'Hors de notre champ' })
          .expect(200)
      ).body;
      // The relay no longer reads the case, but still knows which one it declined.
      const named = { caseReference: supportCase.reference, projectTitle: supportCase.projectTitle };
      expect(declined).toMatchObject({ status: 'declined', declineReason: 'Hors de notre champ', ...named });
      await loire.get(`/api/cases/${supportCase.id}`).expect(404);
      expect((await loire.get(`/api/assignments/${assignment.id}`).expect(200)).body).toMatchObject(named);
      const listed = (await loire.get(`/api/assignments?filter=${JSON.stringify({ id: [assignment.id] })}`).expect(200)).body;
      expect(listed).toEqual([expect.objectContaining(named)]);
      const exported = (await staff.get(`/api/assignments/export.csv?filter=${JSON.stringify({ id: [assignment.id] })}`).expect(200)).text;
      expect(exported.split('\n')[0]).toMatch(/^\uFEFF?id;caseId;caseReference;relayId;/);
      expect(exported).toContain(`;${supportCase.reference};`);
      expect((await timeline(supportCase.id)).at(-1)!.body).toMatch(/Proposé → Décliné : Hors de notre champ/);
    });

    it('shows the relay its case’s adviser by name, e-mail and site, and nothing else of users', async () => {
      const supportCase = await openCase();
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      const me = (await staff.get('/api/auth/me').expect(200)).body;
      const adviser = (await loire.get(`/api/cases/${supportCase.id}/adviser`).expect(200)).body;
      expect(adviser).toEqual({ fullName: me.fullName, email: me.email, site: 'lyon' });
      await drome.get(`/api/cases/${supportCase.id}/adviser`).expect(404);
      await loire.get(`/api/users/${supportCase.adviserId}`).expect(403);
      await loire.post(`/api/assignments/${assignment.id}/decline`).send({ version: assignment.version, declineReason: 'Non' }).expect(200);
      await loire.get(`/api/cases/${supportCase.id}/adviser`).expect(404);
    });

    it('lists a relay its assignments proposals first, without those withdrawn, when asked so', async () => {
      const handed = async () =>
        (
          await staff
            .post('/api/assignments')
            .send({ caseId: (await openCase()).id })
            .expect(201)
        ).body;
      const proposed = await handed();
      const accepted = await handed();
      await loire.post(`/api/assignments/${accepted.id}/accept`).send({ version: accepted.version }).expect(200);
      const withdrawn = await handed();
      await staff.post(`/api/assignments/${withdrawn.id}/withdraw`).send({ version: withdrawn.version }).expect(200);
      const listed = (
        await loire
          .get(`/api/assignments?sort=["acknowledgedAt","DESC"]&filter=${JSON.stringify({ hideWithdrawn: true })}&range=[0,999]`)
          .expect(200)
      ).body as { id: number; status: string }[];
      const statuses = listed.map((assignment) => assignment.status);
      expect(statuses).not.toContain('withdrawn');
      expect(statuses.slice(0, statuses.lastIndexOf('proposed') + 1).every((status) => status === 'proposed')).toBe(true);
      const ids = listed.map((assignment) => assignment.id);
      expect(ids).toEqual(expect.arrayContaining([proposed.id, accepted.id]));
      expect(ids).not.toContain(withdrawn.id);
    });

    it('lists a relay the assignments of its cases whose follow-up is overdue, where its dashboard sends it', async () => {
      const handed = async (nextFollowUpAt: string) =>
        (
          await staff
            .post('/api/assignments')
            .send({ caseId: (await openCase({ nextFollowUpAt })).id })
            .expect(201)
        ).body as { id: number };
      const overdue = await handed('2020-03-02');
      const later = await handed('2030-02-01');
      const listed = (
        await loire
          .get(`/api/assignments?filter=${JSON.stringify({ followUpOverdue: true, hideWithdrawn: true })}&range=[0,999]`)
          .expect(200)
      ).body as { id: number }[];
      const ids = listed.map((assignment) => assignment.id);
      expect(ids).toContain(overdue.id);
      expect(ids).not.toContain(later.id);
    });

    it('lets only the relay decline, and the team withdraw a proposal not yet answered, audited and on the timeline', async () => {
      const supportCase = await openCase();
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      const staffDecline = await staff
        .post(`/api/assignments/${assignment.id}/decline`)
        .send({ version: assignment.version, declineReason: 'Pas pour eux' })
        .expect(403);
      expect(staffDecline.body.message).toMatch(/retirez plutôt la proposition/);
      await loire.post(`/api/assignments/${assignment.id}/withdraw`).send({ version: assignment.version }).expect(403);

      const withdrawn = (await staff.post(`/api/assignments/${assignment.id}/withdraw`).send({ version: assignment.version }).expect(200))
        .body;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', acknowledgedAt: null });
      // No longer the relay's case; the team may propose it again.
      await loire.get(`/api/cases/${supportCase.id}`).expect(404);
      expect((await timeline(supportCase.id)).at(-1)!.body).toMatch(/Proposé → Retiré/);
      const audit = (
        await staff.get(`/api/audit-events?filter=${JSON.stringify({ entity: 'assignment', entityId: assignment.id })}`).expect(200)
      ).body as { changes: { after?: { status?: string } } }[];
      expect(audit.some((event) => event.changes.after?.status === 'withdrawn')).toBe(true);

      const again = await staff.post(`/api/assignments/${assignment.id}/withdraw`).send({ version: withdrawn.version }).expect(409);
      expect(again.body).toMatchObject({ message: expect.stringMatching(/Retiré/), errors: { status: expect.any(String) } });
      const second = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      const accepted = (await loire.post(`/api/assignments/${second.id}/accept`).send({ version: second.version }).expect(200)).body;
      await staff.post(`/api/assignments/${second.id}/withdraw`).send({ version: accepted.version }).expect(409);
    });

    it('refuses a follow-up date, an exchange and a hand-over on a closed case, with why', async () => {
      const supportCase = await openCase();
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      await loire.post(`/api/assignments/${assignment.id}/accept`).send({ version: assignment.version }).expect(200);
      const closed = (
        await staff
          .put(`/api/cases/${supportCase.id}`)
          .send({ status: 'closed', outcome: 'completed', version: supportCase.version })
          .expect(200)
      ).body;

      const followUp = await staff
        .put(`/api/cases/${supportCase.id}`)
        .send({ nextFollowUpAt: '2031-03-01', version: closed.version })
        .expect(409);
      expect(followUp.body).toMatchObject({ message: expect.stringMatching(/clôturé/), errors: { nextFollowUpAt: expect.any(String) } });
      // Saving the closed case as it is (its old date included) still works.
      await staff
        .put(`/api/cases/${supportCase.id}`)
        .send({ nextFollowUpAt: closed.nextFollowUpAt, projectSummary: 'Bilan fait', version: closed.version })
        .expect(200);
      for (const agent of [staff, loire]) {
        const exchange = await agent
          .post('/api/interactions')
          .send({ caseId: supportCase.id, kind: 'call', body: 'Appel après clôture' })
          .expect(409);
        expect(exchange.body).toMatchObject({ message: expect.stringMatching(/clôturé/), errors: { caseId: expect.any(String) } });
      }
      const onMissingCase = await staff.post('/api/interactions').send({ caseId: 2_000_000_000, kind: 'call', body: 'Appel' }).expect(400);
      expect(onMissingCase.body.errors).toEqual({ caseId: expect.stringMatching(/introuvable/) });
      const handOver = await staff.post('/api/assignments').send({ caseId: supportCase.id, relayId: assignment.relayId }).expect(409);
      expect(handOver.body).toMatchObject({ message: expect.stringMatching(/clôturé/), errors: { caseId: expect.any(String) } });

      // Reopened, it takes them again.
      const reopened = (await staff.get(`/api/cases/${supportCase.id}`).expect(200)).body;
      await staff
        .put(`/api/cases/${supportCase.id}`)
        .send({ status: 'open', nextFollowUpAt: '2031-03-01', version: reopened.version })
        .expect(200);
      await staff.post('/api/interactions').send({ caseId: supportCase.id, kind: 'call', body: 'Reprise' }).expect(201);
    });

    it('asks to choose a relay when none covers the département', async () => {
      const organisationId = await organisation('15');
      const supportCase = (
        await staff.post('/api/cases').send({ organisationId, projectTitle: 'Cantal', nextFollowUpAt: '2030-01-01' }).expect(201)
      ).body;
      const response = await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(400);
      expect(response.body.errors).toHaveProperty('relayId');
    });
  });

  it('filters the list by stage, zone, département, relay and overdue follow-up', async () => {
    const overdue = await openCase({ nextFollowUpAt: '2020-01-01', countries: ['HT'] });
    const ids = async (filter: object) =>
      (
        (await staff.get(`/api/cases?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`).expect(200)).body as {
          id: number;
        }[]
      ).map((row) => row.id);
    expect(await ids({ followUpOverdue: true })).toContain(overdue.id);
    expect(await ids({ zones: 'latin_america', id: [overdue.id] })).toEqual([overdue.id]);
    expect(await ids({ departement: '42', id: [overdue.id] })).toEqual([overdue.id]);
    expect(await ids({ departement: '63', id: [overdue.id] })).toEqual([]);
    const assignment = (await staff.post('/api/assignments').send({ caseId: overdue.id }).expect(201)).body;
    expect(await ids({ relayId: assignment.relayId, id: [overdue.id] })).toEqual([overdue.id]);
    expect(await ids({ stage: 'design', status: 'open', id: [overdue.id] })).toEqual([overdue.id]);
  });
});
