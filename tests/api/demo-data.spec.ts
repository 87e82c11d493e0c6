import type { INestApplication } from '@nestjs/common';
import { zonesOfCountries } from '@resacoop/domain';
import { database, loginAs, startApp } from './support/app';

/** The demo dataset reproduces the published 2024 figures (context/resacoop-rapport-activite-2024.md). */
describe('demo data for 2024', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  const in2024 = (column: string) => `${column} >= '2024-01-01T00:00:00+01:00' AND ${column} < '2025-01-01T00:00:00+01:00'`;

  it('holds 350 information requests received in 2024', async () => {
    const [{ count }] = await database(app).query(
      `SELECT count(*)::int AS count FROM requests WHERE reference LIKE 'DI-2024-%' AND ${in2024('received_at')}`,
    );
    expect(count).toBe(350);
  });

  it('holds 180 cases led by the team and 134 supported through a relay, zones as published', async () => {
    const [{ team, relay }] = await database(app).query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id))::int AS team,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id))::int AS relay
         FROM cases c WHERE c.reference LIKE 'AC-2024-%' AND ${in2024('c.opened_at')}`,
    );
    expect({ team, relay }).toEqual({ team: 180, relay: 134 });
    const zones: { zone: string; count: number }[] = await database(app).query(
      `SELECT zone, count(*)::int AS count FROM cases c, unnest(c.zones) AS zone
        WHERE c.reference LIKE 'AC-2024-%' AND EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id)
        GROUP BY zone`,
    );
    expect(Object.fromEntries(zones.map((row) => [row.zone, row.count]))).toEqual({
      france: 77,
      sub_saharan_africa: 47,
      maghreb: 6,
      asia: 3,
      latin_america: 2,
      europe: 1,
    });
  });

  describe('coherent with itself', () => {
    // The demo is seeded in one transaction: its records share its start instant, tests' records do not.
    const DEMO_CASES = `SELECT * FROM cases WHERE created_at = (SELECT min(created_at) FROM users)`;

    it('derives every case’s zones from its countries, held by an organisation working in those zones', async () => {
      const cases: { countries: string[]; zones: string[]; holderZones: string[] }[] = await database(app).query(
        `SELECT c.countries, c.zones, o.zones AS "holderZones" FROM (${DEMO_CASES}) c JOIN organisations o ON o.id = c.organisation_id`,
      );
      expect(cases.length).toBeGreaterThan(300);
      const contradicting = cases.filter(
        (supportCase) =>
          JSON.stringify([...supportCase.zones].sort()) !== JSON.stringify([...zonesOfCountries(supportCase.countries)].sort()) ||
          !supportCase.zones.every((zone) => supportCase.holderZones.includes(zone)),
      );
      expect(contradicting).toEqual([]);
      const morocco = cases.filter((supportCase) => supportCase.countries.includes('MA'));
      expect(morocco.length).toBeGreaterThan(0);
      for (const supportCase of morocco) expect(supportCase.zones).toContain('maghreb');
    });

    it('obtains no more funding than was sought, and only for a funded or completed case', async () => {
      const [{ above, unexplained }] = await database(app).query(
        `SELECT count(*) FILTER (WHERE funding_obtained_eur > funding_sought_eur)::int AS above,
                count(*) FILTER (WHERE funding_obtained_eur > 0 AND outcome IS DISTINCT FROM 'funded' AND outcome IS DISTINCT FROM 'completed')::int AS unexplained
           FROM (${DEMO_CASES}) c`,
      );
      expect({ above, unexplained }).toEqual({ above: 0, unexplained: 0 });
    });

    it('gives every closed case a timeline, from its first meeting to its closing note', async () => {
      const closed: { interactions: number; last: string | null }[] = await database(app).query(
        `SELECT (SELECT count(*)::int FROM interactions i WHERE i.case_id = c.id) AS interactions,
                (SELECT i.body FROM interactions i WHERE i.case_id = c.id ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1) AS last
           FROM (${DEMO_CASES}) c WHERE c.status = 'closed'`,
      );
      expect(closed.length).toBeGreaterThan(100);
      expect(closed.filter((supportCase) => supportCase.interactions < 2 || !supportCase.last?.startsWith('Clôture'))).toEqual([]);
    });

    it('leaves each adviser a short list of reminders, not a pile: no silent open case, a few follow-ups due', async () => {
      const [{ silent }] = await database(app).query(
        `SELECT count(*)::int AS silent FROM (${DEMO_CASES}) c WHERE c.status = 'open'
            AND greatest(c.opened_at, (SELECT max(i.occurred_at) FROM interactions i WHERE i.case_id = c.id)) < now() - interval '60 days'`,
      );
      expect(silent).toBe(0);
      const due: { count: number }[] = await database(app).query(
        `SELECT count(*)::int AS count FROM (${DEMO_CASES}) c
          WHERE c.status = 'open' AND c.next_follow_up_at <= (now() AT TIME ZONE 'Europe/Paris')::date GROUP BY c.adviser_id`,
      );
      for (const { count } of due) expect(count).toBeLessThanOrEqual(15);
    });

    it('hands each case to the relay of its holder’s département, which answered unless the hand-over is recent', async () => {
      const handed: { departement: string; departements: string[]; status: string; recent: boolean }[] = await database(app).query(
        `SELECT o.departement, r.departements, a.status, a.assigned_at > now() - interval '30 days' AS recent
           FROM (${DEMO_CASES}) c JOIN organisations o ON o.id = c.organisation_id
           JOIN assignments a ON a.case_id = c.id JOIN relays r ON r.id = a.relay_id`,
      );
      expect(handed.length).toBeGreaterThan(100);
      expect(handed.filter(({ departement, departements }) => !departements.includes(departement))).toEqual([]);
      expect(handed.filter(({ status, recent }) => status === 'proposed' && !recent)).toEqual([]);
    });

    it('names who asked, as a person, and their address when they wrote', async () => {
      const anonymous: { channel: string; requesterName: string | null; requesterEmail: string | null }[] = await database(app).query(
        `SELECT channel, requester_name AS "requesterName", requester_email AS "requesterEmail"
           FROM requests WHERE contact_id IS NULL AND created_at = (SELECT min(created_at) FROM users)`,
      );
      expect(anonymous.length).toBeGreaterThan(0);
      for (const request of anonymous) {
        expect(request.requesterName).toMatch(/^\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}' -]+$/u);
        expect(request.requesterEmail === null).toBe(request.channel !== 'email');
      }
    });
  });

  it('plans events in the coming weeks, some open to registration by their public link', async () => {
    // The demo's own events (other suites add theirs to this database): seeded with the users, in one transaction.
    const coming: { title: string; status: string }[] = await database(app).query(
      `SELECT title, status FROM events WHERE starts_at > now() AND created_at = (SELECT min(created_at) FROM users)`,
    );
    expect(coming.length).toBeGreaterThanOrEqual(4);
    expect(coming.filter((event) => event.status === 'published').length).toBeGreaterThan(0);
    expect(coming.map((event) => event.title).filter((title) => /\d$/.test(title))).toEqual([]);
  });

  it('gives every relay user something to work and the staff a live queue', async () => {
    const rhone = await loginAs(app, 'relayRhone');
    const cases = await rhone.get('/api/cases?range=[0,999]').expect(200);
    expect(cases.body.length).toBeGreaterThan(0);
    const staff = await loginAs(app, 'staff');
    const open = await staff.get(`/api/requests?filter=${JSON.stringify({ open: true })}`).expect(200);
    expect(Number(open.headers['content-range'].split('/')[1])).toBeGreaterThan(0);
  });

  it('lets admins, and only admins, edit a relay', async () => {
    const admin = await loginAs(app, 'admin');
    const staff = await loginAs(app, 'staff');
    const [relay] = (await admin.get('/api/relays?sort=["id","ASC"]').expect(200)).body;
    await staff.put(`/api/relays/${relay.id}`).send({ name: 'x', version: relay.version }).expect(403);
    const updated = await admin
      .put(`/api/relays/${relay.id}`)
      .send({ departements: [...relay.departements, '01'], version: relay.version })
      .expect(200);
    expect(updated.body.departements).toContain('01');
    const bad = await admin
      .put(`/api/relays/${relay.id}`)
      .send({ departements: ['99'], version: updated.body.version })
      .expect(400);
    expect(bad.body.errors).toHaveProperty('departements');
    await admin.put(`/api/relays/${relay.id}`).send({ departements: relay.departements, version: updated.body.version }).expect(200);
  });

  it('threads a few requests opened by e-mail: an answer and the thanks, a file, and an answer that failed', async () => {
    const staff = await loginAs(app, 'staff');
    const threads: { requestId: number; channel: string; messages: string[] }[] = await database(app).query(
      `SELECT m.request_id AS "requestId", r.channel, array_agg(m.direction || ' ' || m.outcome ORDER BY m.at, m.id) AS messages
         FROM mail_messages m JOIN requests r ON r.id = m.request_id
        WHERE m.message_key LIKE 'demo-%' GROUP BY m.request_id, r.channel ORDER BY min(m.id)`,
    );
    expect(threads.map((thread) => [thread.channel, thread.messages])).toEqual([
      ['email', ['in opened', 'out sent', 'in joined']],
      ['email', ['in opened', 'out sent']],
      ['email', ['in opened', 'out failed']],
    ]);
    // As the console reads them: the file a download of its request, the failure's reason said.
    const [file] = (await staff.get(`/api/requests/${threads[1].requestId}/mail-attachments`).expect(200)).body;
    expect(file).toMatchObject({ fileName: 'presentation-projet.pdf', contentType: 'application/pdf' });
    const download = await staff
      .get(`/api/requests/${threads[1].requestId}/mail-attachments/${file.id}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((download.body as Buffer).subarray(0, 8).toString()).toBe('%PDF-1.4');
    const failed = (await staff.get(`/api/requests/${threads[2].requestId}/mail-messages`).expect(200)).body[1];
    expect(failed).toMatchObject({ direction: 'out', outcome: 'failed', note: expect.stringContaining('Recipient address rejected') });
  });
});
