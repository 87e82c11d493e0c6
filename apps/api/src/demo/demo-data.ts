import { DEPARTEMENTS, type Departement, type Zone } from '@resacoop/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, User } from '../auth';
import { Contact } from '../contacts';
import { Organisation } from '../organisations';
import { Relay } from '../relays';
import { seedDemoAnswerTemplates } from './demo-answer-templates';
import { seedDemoCases } from './demo-cases';
import { seedDemoEvents } from './demo-events';
import { seedDemoMail } from './demo-mail';
import { seedDemoRequests } from './demo-requests';
import {
  CITIES,
  DUPLICATE_ENTRIES,
  FIRST_NAMES,
  FUNCTIONS,
  GIP_MEMBERS,
  LAST_NAMES,
  MEMBERSHIP_SPREAD,
  NAME_PATTERNS,
  PARTNER_PLACES,
} from './demo-directory';

export const DEMO_USERS = [
  { email: 'admin@resacoop.test', fullName: 'Claire Coordination', role: 'admin', site: 'lyon' },
  { email: 'lyon@resacoop.test', fullName: 'Louise Lyonnais', role: 'staff', site: 'lyon' },
  { email: 'clermont@resacoop.test', fullName: 'Bastien Arverne', role: 'staff', site: 'clermont' },
  { email: 'isere@relais.test', fullName: 'Iris Isère', role: 'relay', relay: 'Francas de l’Isère' },
  { email: 'rhone@relais.test', fullName: 'Rémi Rhône', role: 'relay', relay: 'SCD' },
  { email: 'loire@relais.test', fullName: 'Lola Loire', role: 'relay', relay: 'UFCV Loire' },
  { email: 'drome-ardeche@relais.test', fullName: 'Dora Drôme', role: 'relay', relay: 'Romans International' },
] as const;

const GENERATED_ORGANISATIONS = 320;

/** A small seeded generator: the demo data is the same on every machine. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A valid SIRET: 13 digits and the Luhn check digit. */
function makeSiret(random: () => number): string {
  const body = Array.from({ length: 13 }, () => Math.floor(random() * 10)).join('');
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    const sum = [...candidate].reverse().reduce((total, char, index) => {
      let digit = Number(char);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      return total + digit;
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

function generatedOrganisations(random: () => number): Partial<Organisation>[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const departements = DEPARTEMENTS.filter((code): code is Exclude<Departement, 'outside_region'> => code !== 'outside_region');
  const seen = new Set<string>();
  const organisations: Partial<Organisation>[] = [];
  while (organisations.length < GENERATED_ORGANISATIONS) {
    const departement = pick(departements);
    const [city, postcode] = pick(CITIES[departement]);
    const partner = pick(PARTNER_PLACES);
    const place = pick(partner.places);
    const { type, pattern } = pick(NAME_PATTERNS);
    const name = pattern(place, city);
    if (seen.has(name)) continue;
    seen.add(name);
    const zones: Zone[] = random() < 0.3 ? ['france', partner.zone] : [partner.zone];
    organisations.push({
      name,
      type,
      departement,
      city,
      postcode,
      siret: type === 'company' || random() < 0.3 ? makeSiret(random) : null,
      rna:
        type === 'association' && random() < 0.6
          ? `W${departement.slice(0, 2)}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`
          : null,
      email: random() < 0.7 ? `contact@${slug(name).slice(0, 30)}.example.org` : null,
      membership: pick(MEMBERSHIP_SPREAD),
      zones,
      tags: random() < 0.4 ? [pick(['ECSI', 'eau', 'santé', 'éducation', 'agriculture', 'jeunesse', 'migrations'])] : [],
    });
  }
  return organisations;
}

async function seedDirectory(tx: EntityManager, random: () => number): Promise<Contact[]> {
  const members: Partial<Organisation>[] = GIP_MEMBERS.map((member) => ({
    ...member,
    acronym: member.acronym ?? null,
    membership: 'gip_member',
    zones: ['france'],
    tags: ['membre GIP'],
  }));
  const organisations = await tx.save(
    Organisation,
    [...members, ...generatedOrganisations(random), ...DUPLICATE_ENTRIES].map((data) => tx.create(Organisation, data)),
    { chunk: 100 },
  );
  const contacts: Partial<Contact>[] = [];
  for (const organisation of organisations) {
    const count = 1 + Math.floor(random() * 2.2);
    for (let index = 0; index < count; index++) {
      const firstName = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
      const lastName = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)];
      contacts.push({
        organisationId: organisation.id,
        firstName,
        lastName,
        email: `${slug(firstName)}.${slug(lastName)}.${contacts.length}@example.org`,
        function: FUNCTIONS[Math.floor(random() * FUNCTIONS.length)],
        newsletterConsentAt: random() < 0.4 ? new Date(Date.UTC(2023, Math.floor(random() * 12), 1 + Math.floor(random() * 28))) : null,
      });
    }
  }
  return tx.save(
    Contact,
    contacts.map((data) => tx.create(Contact, data)),
    { chunk: 200 },
  );
}

/** A few people nobody has heard from in four years, so the GDPR review list has something to show. */
async function seedDormantContacts(tx: EntityManager, organisationIds: (number | null)[]): Promise<void> {
  const dormant = organisationIds.slice(0, 6).map((organisationId, index) => {
    const firstName = FIRST_NAMES[(index * 7 + 3) % FIRST_NAMES.length];
    const lastName = LAST_NAMES[(index * 11 + 5) % LAST_NAMES.length];
    return tx.create(Contact, {
      organisationId,
      firstName,
      lastName,
      email: `${slug(firstName)}.${slug(lastName)}.ancien${index}@example.org`,
      function: FUNCTIONS[index % FUNCTIONS.length],
      newsletterConsentAt: index % 2 === 0 ? new Date(Date.UTC(2020, index, 15)) : null,
    });
  });
  const saved = await tx.save(Contact, dormant);
  await tx.query(
    `UPDATE contacts SET created_at = now() - interval '4 years', updated_at = now() - interval '4 years' WHERE id = ANY($1)`,
    [saved.map((contact) => contact.id)],
  );
}

async function seedUsers(tx: EntityManager, password: string): Promise<User[]> {
  const passwordHash = await hashPassword(password);
  const relays = await tx.find(Relay);
  const relayId = (name: string) => {
    const relay = relays.find((candidate) => candidate.name === name);
    if (!relay) throw new Error(`relay ${name} missing: was the foundation migration run?`);
    return relay.id;
  };
  return tx.save(
    User,
    DEMO_USERS.map((user) =>
      tx.create(User, {
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        site: 'site' in user ? user.site : null,
        relayId: 'relay' in user ? relayId(user.relay) : null,
        passwordHash,
      }),
    ),
  );
}

/** Loads the demo dataset into an empty database (no users yet). Returns false when it was not empty. */
export async function seedDemoData(dataSource: DataSource, password: string): Promise<boolean> {
  return dataSource.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.query('SELECT pg_advisory_xact_lock(8312024)');
    if ((await tx.count(User)) > 0) return false;
    const random = randomSequence(2024);
    const users = await seedUsers(tx, password);
    const contacts = await seedDirectory(tx, random);
    const staffOf = (site: 'lyon' | 'clermont') => users.find((user) => user.role === 'staff' && user.site === site)!;
    const staff = { lyon: staffOf('lyon'), clermont: staffOf('clermont') };
    await seedDemoRequests(tx, random, { staff, contacts });
    await seedDemoCases(tx, random, staff);
    // After the requests, which never pick them: no activity since.
    await seedDormantContacts(tx, [...new Set(contacts.map((contact) => contact.organisationId))]);
    // A sequence of its own: the directory, requests and cases stay as they were before the events came.
    await seedDemoEvents(tx, randomSequence(2025));
    await seedDemoAnswerTemplates(tx);
    // On requests already there (opened by e-mail): no figure moves.
    await seedDemoMail(tx);
    return true;
  });
}
