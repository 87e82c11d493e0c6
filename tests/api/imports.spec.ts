import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';
import { freshSiret } from './support/identifiers';

type Resource = 'organisations' | 'contacts';
type Mode = 'preview' | 'commit';

describe('CSV import', () => {
  let app: INestApplication;
  let staff: TestAgent;

  let importerId: number;

  beforeAll(async () => {
    app = await startApp();
    // An importer of its own: what it created is counted apart from the suites running beside this one.
    const admin = await loginAs(app, 'admin');
    const email = `${unique('importeur-')}@resacoop.test`;
    importerId = (
      await admin
        .post('/api/users')
        .send({ email, fullName: 'Importeur', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
        .expect(201)
    ).body.id;
    staff = await loginAs(app, email);
  });
  afterAll(() => app.close());

  const send = (agent: TestAgent, resource: Resource, mode: Mode, file: string | Buffer, mapping?: Record<string, string | null>) =>
    agent
      .post(`/api/${resource}/import`)
      .query({ mode, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) })
      .set('Content-Type', 'text/csv')
      .send(typeof file === 'string' ? Buffer.from(file, 'utf8') : file);
  const importCsv = (resource: Resource, mode: Mode, file: string | Buffer, mapping?: Record<string, string | null>) =>
    send(staff, resource, mode, file, mapping);

  /** Records of a kind created by this suite's importer (their audit events say who created them). */
  const count = async (table: Resource): Promise<number> =>
    (
      await database(app).query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = 'create' AND entity = $2`, [
        importerId,
        table === 'organisations' ? 'organisation' : 'contact',
      ])
    )[0].n;
  const createOrganisation = async (body: Record<string, unknown>): Promise<number> =>
    (
      await staff
        .post('/api/organisations')
        .send({ type: 'association', ...body })
        .expect(201)
    ).body.id;

  describe('organisations', () => {
    it('previews with the detected mapping, the given mapping and the errors of each row, saving nothing', async () => {
      const existingSiret = freshSiret();
      const existingName = unique('Amis du Sénégal ');
      const existingId = await createOrganisation({ name: existingName, departement: '69M', siret: existingSiret });
      const repeatedSiret = freshSiret();
      const file = [
        'Structure,Type,SIRET,Département,Ville,Colonne inutile',
        `${unique('Valide ')},association,${repeatedSiret},38,Grenoble,x`,
        `${unique('Mauvais SIRET ')},Entreprise,12345678901234,38,Vienne,x`,
        `${unique('Hors liste ')},association,,99,Lyon,x`,
        `${unique('Même SIRET ')},association,${repeatedSiret},26,Valence,x`,
        `${existingName.toUpperCase()},association,,69M,Lyon,x`,
        `${unique('SIRET connu ')},association,${existingSiret},01,Bourg,x`,
      ].join('\n');
      const before = await count('organisations');

      const { body } = await importCsv('organisations', 'preview', file, { Structure: 'name' }).expect(200);

      expect(body).toMatchObject({
        mode: 'preview',
        resource: 'organisations',
        headers: ['Structure', 'Type', 'SIRET', 'Département', 'Ville', 'Colonne inutile'],
        mapping: { Structure: 'name', Type: 'type', SIRET: 'siret', Département: 'departement', Ville: 'city', 'Colonne inutile': null },
        rows: 6,
        valid: 1,
        invalid: 5,
      });
      expect(body.fields).toEqual(expect.arrayContaining(['name', 'type', 'siret', 'departement', 'zones', 'tags']));
      expect(body.errors).toEqual([
        { row: 3, field: 'siret', message: expect.stringMatching(/^SIRET invalide/) },
        { row: 4, field: 'departement', message: 'valeur non autorisée' },
        { row: 5, field: 'siret', message: 'doublon : même SIRET qu’à la ligne 2' },
        { row: 6, field: 'name', message: expect.stringContaining(`organisation n° ${existingId}`) },
        { row: 7, field: 'siret', message: expect.stringContaining(`organisation n° ${existingId}`) },
      ]);
      expect(body.preview).toHaveLength(6);
      expect(body.preview[0]).toEqual({
        row: 2,
        values: { name: expect.stringMatching(/^Valide /), type: 'association', siret: repeatedSiret, departement: '38', city: 'Grenoble' },
      });
      expect(body.preview[1].values.type).toBe('company');
      expect(await count('organisations')).toBe(before);
    });

    it('commits every row in one go, each with its audit event', async () => {
      const names = [unique('Import A '), unique('Import B '), unique('Import C ')];
      const file = ['Nom,Type,Zones,Mots-clés', ...names.map((name) => `${name},association,"maghreb,asia",jumelage|eau`)].join('\n');
      const before = await count('organisations');

      const { body } = await importCsv('organisations', 'commit', file).expect(201);

      expect(body).toEqual({
        mode: 'commit',
        resource: 'organisations',
        imported: 3,
        ids: [expect.any(Number), expect.any(Number), expect.any(Number)],
      });
      expect(await count('organisations')).toBe(before + 3);
      const saved = await staff.get(`/api/organisations/${body.ids[1]}`).expect(200);
      expect(saved.body).toMatchObject({
        name: names[1],
        zones: ['maghreb', 'asia'],
        tags: ['jumelage', 'eau'],
        membership: 'none',
        version: 1,
      });
      const me = (await staff.get('/api/auth/me')).body;
      const events: { entity_id: number; actor_id: number; changes: { before: unknown; after: { name: string } } }[] = await database(
        app,
      ).query(
        `SELECT entity_id, actor_id, changes FROM audit_events WHERE entity = 'organisation' AND action = 'create' AND entity_id = ANY($1) ORDER BY entity_id`,
        [body.ids],
      );
      expect(events.map((event) => event.entity_id)).toEqual([...body.ids].sort((a, b) => a - b));
      expect(events.every((event) => event.actor_id === me.id && event.changes.before === null)).toBe(true);
      expect(events.map((event) => event.changes.after.name).sort()).toEqual([...names].sort());
    });

    it('commits 5,000 rows, the most a file may hold, with as many audit events', async () => {
      const stamp = unique();
      const file = ['Nom;Type;Ville', ...Array.from({ length: 5000 }, (_, index) => `Lot ${stamp} n° ${index};other;Lyon`)].join('\n');
      const { body } = await importCsv('organisations', 'commit', file).expect(201);
      expect(body.imported).toBe(5000);
      const [{ events }] = await database(app).query(
        `SELECT count(*)::int AS events FROM audit_events WHERE entity = 'organisation' AND action = 'create' AND entity_id = ANY($1)`,
        [body.ids],
      );
      expect(events).toBe(5000);
    });

    it('imports nothing when one row is in error, and says which', async () => {
      const file = [
        'Nom,Type,SIRET',
        `${unique('Bon ')},association,`,
        `${unique('Mauvais ')},association,12345678901234`,
        `${unique('Bon ')},company,`,
      ].join('\n');
      const before = await count('organisations');

      const { body } = await importCsv('organisations', 'commit', file).expect(400);

      expect(body.message).toMatch(/1 erreur.*rien n’a été importé/);
      expect(body.errors).toEqual({ '3.siret': expect.stringMatching(/^SIRET invalide/) });
      expect(await count('organisations')).toBe(before);
    });

    it('reads a French Excel file: semicolons, a byte-order mark, CRLF, French titles and labels', async () => {
      const [first, second] = [unique('Coopération Grenoble '), unique('Ville de Valence ')];
      const text = [
        'Nom;Type;Département;Code postal;Ville;Adhésion;Zones géographiques;Téléphone',
        `${first};Association / ONG;38 Isère;38000;Grenoble;Adhérent;Maghreb | Afrique subsaharienne et océan Indien;+33 4 76 00 00 00`,
        `"${second}; mairie";Collectivité territoriale;Drôme;26000;Valence;aucune;;04.75.00.00.00`,
        '',
      ].join('\r\n');
      const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

      const { body } = await importCsv('organisations', 'commit', file).expect(201);

      const [one, two] = await Promise.all(
        body.ids.map(async (id: number) => (await staff.get(`/api/organisations/${id}`).expect(200)).body),
      );
      expect(one).toMatchObject({
        name: first,
        type: 'association',
        departement: '38',
        postcode: '38000',
        membership: 'adherent',
        zones: ['maghreb', 'sub_saharan_africa'],
        phone: '+33 4 76 00 00 00',
      });
      expect(two).toMatchObject({ name: `${second}; mairie`, type: 'local_authority', departement: '26', membership: 'none', zones: [] });
    });

    it('reports a required field with no column in the preview, and refuses to commit', async () => {
      const file = 'Ville,Type\nLyon,association\n';
      const preview = await importCsv('organisations', 'preview', file).expect(200);
      expect(preview.body).toMatchObject({ valid: 0, invalid: 1 });
      expect(preview.body.errors[0]).toEqual({ row: null, field: 'name', message: expect.stringMatching(/obligatoire/) });
      const commit = await importCsv('organisations', 'commit', file).expect(400);
      expect(commit.body.errors).toHaveProperty(['mapping.name']);
    });

    it('refuses a mapping to an unknown field or from an unknown column, naming it', async () => {
      const file = 'Nom,Type\nA,association\n';
      const unknownField = await importCsv('organisations', 'preview', file, { Nom: 'password' }).expect(400);
      expect(unknownField.body.errors.mapping).toMatch(/« password »/);
      const unknownColumn = await importCsv('organisations', 'preview', file, { Raison: 'name' }).expect(400);
      expect(unknownColumn.body.errors.mapping).toMatch(/« Raison »/);
      const twice = await importCsv('organisations', 'preview', file, { Type: 'name' }).expect(400);
      expect(twice.body.errors.mapping).toMatch(/« name »/);
      const notJson = await staff
        .post('/api/organisations/import?mode=preview&mapping={')
        .set('Content-Type', 'text/csv')
        .send(file)
        .expect(400);
      expect(notJson.body.errors.mapping).toMatch(/JSON/);
    });
  });

  describe('contacts', () => {
    it('finds each contact’s organisation by SIRET or by name, and refuses duplicate e-mail addresses', async () => {
      const siret = freshSiret();
      const bySiret = await createOrganisation({ name: unique('Par SIRET '), siret });
      const stamp = unique();
      const byName = await createOrganisation({ name: `Maison des Solidarités ${stamp}` });
      const taken = `${unique('pris')}@exemple.org`;
      await staff.post('/api/contacts').send({ firstName: 'Déjà', lastName: 'Là', email: taken }).expect(201);
      const [awa, jean] = [`${unique('awa')}@exemple.org`, `${unique('jean')}@exemple.org`];
      const file = [
        'Prénom;Nom;Courriel;SIRET;Organisation',
        `Awa;Diop;${awa};${siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4')};`,
        `Jean;Martin;${jean};;association maison des solidarites ${stamp.toUpperCase()}`,
        `Léa;Roux;;${freshSiret()};`,
        `Paul;Durand;${taken.toUpperCase()};;`,
        `Zoé;Bon;${awa};;`,
        `Marc;Noir;;;Organisation qui n’existe pas ${stamp}`,
      ].join('\n');

      const preview = await importCsv('contacts', 'preview', file).expect(200);

      expect(preview.body.mapping).toEqual({
        Prénom: 'firstName',
        Nom: 'lastName',
        Courriel: 'email',
        SIRET: 'organisationSiret',
        Organisation: 'organisationName',
      });
      expect(preview.body.errors).toEqual([
        { row: 4, field: 'organisationSiret', message: 'aucune organisation n’a ce SIRET' },
        { row: 5, field: 'email', message: expect.stringMatching(/^doublon : le contact n° \d+ a déjà cette adresse$/) },
        { row: 6, field: 'email', message: 'doublon : même adresse qu’à la ligne 2' },
        { row: 7, field: 'organisationName', message: 'aucune organisation n’a ce nom' },
      ]);
      expect(preview.body.preview[0].values).toMatchObject({ firstName: 'Awa', organisationId: bySiret });
      expect(preview.body.preview[1].values).toMatchObject({ firstName: 'Jean', organisationId: byName });

      const validRows = file.split('\n').slice(0, 3).join('\n');
      const { body } = await importCsv('contacts', 'commit', validRows).expect(201);
      const contacts = await Promise.all(body.ids.map(async (id: number) => (await staff.get(`/api/contacts/${id}`).expect(200)).body));
      expect(contacts).toMatchObject([
        { firstName: 'Awa', lastName: 'Diop', email: awa, organisationId: bySiret },
        { firstName: 'Jean', lastName: 'Martin', email: jean, organisationId: byName },
      ]);
    });

    it('refuses a name shared by several organisations rather than guessing', async () => {
      const name = unique('Homonyme ');
      const ids = [await createOrganisation({ name, departement: '01' }), await createOrganisation({ name, departement: '03' })];
      const { body } = await importCsv('contacts', 'preview', `firstName,lastName,organisationName\nA,B,${name}\n`).expect(200);
      expect(body.errors).toEqual([{ row: 2, field: 'organisationName', message: expect.stringContaining(`n° ${ids.join(', ')}`) }]);
    });
  });

  describe('hostile and malformed files', () => {
    it('refuses a file that is not UTF-8 and says how to save it', async () => {
      const windows1252 = Buffer.from([...Buffer.from('Nom;Type\nCoop', 'ascii'), 0xe9, ...Buffer.from('ration;association\n', 'ascii')]);
      const { body } = await importCsv('organisations', 'preview', windows1252).expect(400);
      expect(body.errors.file).toMatch(/UTF-8/);
      expect(body.message).toMatch(/CSV UTF-8/);
    });

    it('refuses formula cells row by row, lets phone numbers through, and will not commit them', async () => {
      const file = [
        'Nom,Type,Téléphone,Notes',
        '"=HYPERLINK(""http://evil.example"",""clic"")",association,,',
        `${unique('Sûr ')},association,+33 4 72 00 00 00,@SUM(A1)`,
        `${unique('Sûr ')},association,-1+1,`,
        `${unique('Sûr ')},association,,"\tcmd"`,
        `${unique('Sûr ')},association,(04) 72.00.00.00,- 5`,
      ].join('\n');
      const before = await count('organisations');

      const { body } = await importCsv('organisations', 'preview', file).expect(200);

      const formula = expect.stringMatching(/^formule refusée/);
      expect(body.errors).toEqual([
        { row: 2, field: 'name', message: formula },
        { row: 3, field: 'notes', message: formula },
        { row: 4, field: 'phone', message: formula },
        { row: 5, field: 'notes', message: formula },
      ]);
      expect(body.valid).toBe(1);
      await importCsv('organisations', 'commit', file).expect(400);
      expect(await count('organisations')).toBe(before);
    });

    it('refuses a 50 MB file with a clear 413 and imports nothing', async () => {
      const before = await count('organisations');
      const huge = Buffer.alloc(50 * 1024 * 1024, 'Coop;association\n');
      const { body } = await importCsv('organisations', 'commit', huge).expect(413);
      expect(body).toEqual({ message: expect.stringMatching(/trop volumineux \(10 Mo au plus\)/), errors: { file: expect.any(String) } });
      expect(await count('organisations')).toBe(before);
    });

    it('refuses a million rows, naming the 5,000-row limit, and imports nothing', async () => {
      const before = await count('organisations');
      const million = Buffer.from(`Nom;Type\n${'a;b\n'.repeat(1_000_000)}`, 'utf8');
      const { body } = await importCsv('organisations', 'commit', million).expect(400);
      expect(body.errors.file).toMatch(/plus de 5\s000 lignes/);
      expect(await count('organisations')).toBe(before);
    });

    it('refuses malformed CSV, empty and binary files, naming the problem', async () => {
      const unclosed = await importCsv('organisations', 'preview', 'Nom,Type\n"Coop,association\n').expect(400);
      expect(unclosed.body.errors.file).toMatch(/guillemet/);
      const ragged = await importCsv('organisations', 'preview', 'Nom,Type\nCoop,association,en trop\n').expect(400);
      expect(ragged.body.errors.file).toMatch(/ligne 2.*colonnes/);
      const empty = await importCsv('organisations', 'preview', '').expect(400);
      expect(empty.body.errors.file).toMatch(/vide/);
      const titlesOnly = await importCsv('organisations', 'preview', 'Nom,Type\n').expect(400);
      expect(titlesOnly.body.errors.file).toMatch(/aucune ligne/);
      const binary = await importCsv('organisations', 'preview', 'Nom,Type\nA\u0000,association\n').expect(400);
      expect(binary.body.errors.file).toMatch(/caractères nuls/);
      const sameTitle = await importCsv('organisations', 'preview', 'Nom,Nom\na,b\n').expect(400);
      expect(sameTitle.body.errors.file).toMatch(/« Nom »/);
    });

    it('refuses a body that is not sent as text/csv, and a missing or unknown mode', async () => {
      const json = await staff.post('/api/organisations/import?mode=preview').send({ name: 'x' }).expect(415);
      expect(json.body.errors.file).toMatch(/text\/csv/);
      await staff.post('/api/organisations/import').set('Content-Type', 'text/csv').send('Nom,Type\nA,association\n').expect(400);
      await staff.post('/api/organisations/import?mode=save').set('Content-Type', 'text/csv').send('Nom,Type\nA,association\n').expect(400);
      // Anywhere else a CSV body is refused whatever its size.
      for (const file of ['Nom,Type\nA,association\n', Buffer.alloc(12 * 1024 * 1024, 'a;b\n')]) {
        const elsewhere = await staff.post('/api/organisations').set('Content-Type', 'text/csv').send(file).expect(415);
        expect(elsewhere.body.errors).toHaveProperty('body');
      }
    });

    it('answers a JSON body over its 1 MB limit with 413, not a server error', async () => {
      const { body } = await staff
        .post('/api/organisations')
        .send({ name: 'x'.repeat(2 * 1024 * 1024), type: 'association' })
        .expect(413);
      expect(body.errors).toHaveProperty('body');
    });
  });

  describe('any file, any mapping', () => {
    /** Cells a spreadsheet or an attacker could write: text of every kind, quotes, separators, formulas, labels. */
    const anyCell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '"',
        '""',
        ';',
        ',',
        '\r\n',
        '=1+1',
        '+33 4 72',
        '-',
        '38 Isère',
        'association',
        'W123456789',
        '99999999999',
        'x'.repeat(300),
      ),
    );
    const anyTitle = fc.oneof(
      fc.constantFrom('Nom', 'Type', 'SIRET', 'Département', 'Zones', 'E-mail', 'Prénom', 'Organisation', ''),
      anyCell,
    );
    const anyFile = fc.oneof(
      fc
        .tuple(
          fc.array(anyTitle, { minLength: 1, maxLength: 6 }),
          fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 8 }),
          fc.constantFrom(';', ','),
        )
        .map(([titles, rows, delimiter]) => [titles, ...rows].map((cells) => cells.join(delimiter)).join('\n')),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    );
    const anyMapping = fc.option(
      fc.dictionary(
        anyTitle,
        fc.oneof(fc.constantFrom('name', 'type', 'email', 'lastName', 'organisationName'), fc.string(), fc.constant(null)),
      ),
    );

    it('never answers a 5xx, and every refusal names the file, the mapping or the rows', async () => {
      let tried = 0;
      let serverErrors = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Resource>('organisations', 'contacts'),
          fc.constantFrom<Mode>('preview', 'commit'),
          anyFile,
          anyMapping,
          async (resource, mode, file, mapping) => {
            const response = await importCsv(resource, mode, file, mapping ?? undefined);
            tried++;
            if (response.status >= 500) serverErrors++;
            expect(response.status).toBeLessThan(500);
            if (response.status === 400) expect(Object.keys(response.body.errors).length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 200 },
      );
      console.log(`import bad input: inputs ${tried}, 5xx ${serverErrors}`);
    });
  });

  describe('who may import', () => {
    const file = 'Nom,Type\nA,association\n';

    it('lets staff and admins import, not relays nor anonymous callers', async () => {
      const admin = await loginAs(app, 'admin');
      await send(admin, 'contacts', 'preview', 'Prénom,Nom\nA,B\n').expect(200);
      const relay = await loginAs(app, 'relayIsere');
      await send(relay, 'organisations', 'preview', file).expect(403);
      await send(relay, 'contacts', 'commit', 'Prénom,Nom\nA,B\n').expect(403);
      await send(client(app), 'organisations', 'preview', file).expect(401);
      await send(client(app), 'contacts', 'commit', file).expect(401);
    });
  });
});
