import type { INestApplication } from '@nestjs/common';
import { unknownPlaceholders } from '@resacoop/domain';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

interface TemplateRecord {
  id: number;
  version: number;
  title: string;
  body: string;
  active: boolean;
}

describe('saved answers', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let staff: TestAgent;
  let relay: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
    staff = await loginAs(app, 'staff');
    relay = await loginAs(app, 'relayIsere');
  });
  afterAll(() => app.close());

  const write = async (body: Record<string, unknown> = {}): Promise<TemplateRecord> =>
    (
      await admin
        .post('/api/answer-templates')
        .send({ title: unique('Réponse '), body: 'Bonjour {{requesterName}}, votre demande {{ reference }} est reçue.', ...body })
        .expect(201)
    ).body;
  const auditOf = async (entityId: number) =>
    (
      (await admin.get(`/api/audit-events?filter=${JSON.stringify({ entity: 'answer-template', entityId })}&sort=["id","ASC"]`).expect(200))
        .body as { action: string }[]
    ).map((event) => event.action);

  it('lets coordination write, change and delete a saved answer, each write audited', async () => {
    const template = await write();
    expect(template).toMatchObject({ active: true, version: 1 });
    const changed = (await admin.put(`/api/answer-templates/${template.id}`).send({ active: false, version: template.version }).expect(200))
      .body as TemplateRecord;
    expect(changed).toMatchObject({ active: false, version: 2, body: template.body });
    await admin.put(`/api/answer-templates/${template.id}`).send({ title: 'Trop tard', version: template.version }).expect(409);
    await admin.delete(`/api/answer-templates/${template.id}`).expect(200);
    await admin.get(`/api/answer-templates/${template.id}`).expect(404);
    expect(await auditOf(template.id)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a body naming a placeholder the desk cannot fill, naming the field and the placeholder', async () => {
    const refused = await admin
      .post('/api/answer-templates')
      .send({ title: 'Rappel', body: 'Bonjour {{prenom}}, {{reference}}' })
      .expect(400);
    expect(Object.keys(refused.body.errors)).toEqual(['body']);
    expect(refused.body.errors.body).toContain('{{prenom}}');
    expect(refused.body.errors.body).toContain('{{requesterName}}');
    const template = await write();
    const stale = await admin
      .put(`/api/answer-templates/${template.id}`)
      .send({ body: '{{dueDate}}', version: template.version })
      .expect(400);
    expect(Object.keys(stale.body.errors)).toEqual(['body']);
    const missing = await admin.post('/api/answer-templates').send({ title: ' ', body: '' }).expect(400);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['body', 'title']);
  });

  it('lets advisers list, read and export saved answers, not write them; relays see none', async () => {
    const title = unique('Orientation ');
    const template = await write({ title });
    const listed = await staff
      .get(
        `/api/answer-templates?filter=${encodeURIComponent(JSON.stringify({ q: title.toLowerCase(), active: true }))}&sort=["title","ASC"]`,
      )
      .expect(200);
    expect(listed.body.map((row: TemplateRecord) => row.id)).toEqual([template.id]);
    expect(listed.headers['content-range']).toBe('answer-templates 0-0/1');
    await staff.get(`/api/answer-templates/${template.id}`).expect(200);
    const csv = (await staff.get(`/api/answer-templates/export.csv?filter=${JSON.stringify({ id: [template.id] })}`).expect(200)).text;
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?id;title;body;active;updatedAt/);
    expect(csv).toContain(title);
    const unknownSort = await staff.get('/api/answer-templates?sort=["body","ASC"]').expect(400);
    expect(unknownSort.body.errors).toHaveProperty('sort');
    await staff.post('/api/answer-templates').send({ title: 'x', body: 'y' }).expect(403);
    await staff.put(`/api/answer-templates/${template.id}`).send({ title: 'x', version: template.version }).expect(403);
    await staff.delete(`/api/answer-templates/${template.id}`).expect(403);
    await relay.get('/api/answer-templates').expect(403);
  });

  it('ships the demo data’s saved answers, every one fillable', async () => {
    const demo = (await staff.get('/api/answer-templates?sort=["id","ASC"]&range=[0,3]').expect(200)).body as TemplateRecord[];
    expect(demo.map((row) => [row.title, row.active])).toEqual([
      ['Accusé de réception détaillé', true],
      ['Orientation vers un financeur', true],
      ['Demande de précisions', true],
      ['Invitation à un temps collectif (ancienne formule)', false],
    ]);
    for (const template of demo) expect(unknownPlaceholders(template.body)).toEqual([]);
  });
});
