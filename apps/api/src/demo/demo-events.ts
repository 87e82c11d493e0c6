import {
  DEPARTEMENT_LABELS,
  DEPARTEMENTS,
  type Departement,
  type EventKind,
  type EventRole,
  type EventTheme,
  type OrganisationType,
  type Site,
} from '@resacoop/domain';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CollectiveEvent, Registration } from '../events';
import { CITIES, FIRST_NAMES, LAST_NAMES, PARTNER_PLACES } from './demo-directory';

/**
 * The 2024 activity report's collective events ("temps collectifs"): 75 organised or
 * co-organised, 3,850 participants, 1,260 organisations present of which 73 % associations;
 * RESACOOP also spoke at 34 events of others and took part in 45.
 */
export const DEMO_EVENTS_2024 = {
  hosted: 75,
  participants: 3850,
  organisations: 1260,
  associationPercent: 73,
  asSpeaker: 34,
  asParticipant: 45,
} as const;

/** The hosted events by kind (75 in all); fairs and Festisol animations carry head counts. */
const HOSTED_KINDS: [EventKind, number][] = [
  ['workshop', 20],
  ['training', 15],
  ['working_group', 12],
  ['regional_meeting', 6],
  ['webinar', 10],
  ['fair', 3],
  ['festisol', 9],
];
const CO_ORGANISED_EVERY = 5;
/** Of the 1,260 organisations present, the associations: 73 % (919.8). */
const ASSOCIATIONS_PRESENT = 920;
/** Attendees who came on their own account, without an organisation. */
const INDIVIDUAL_ATTENDEES = 540;
/** Registrants who did not come: they count nowhere. */
const ABSENT_REGISTRANTS = 150;
const HEAD_COUNT_KINDS: readonly EventKind[] = ['fair', 'festisol'];

const OTHERS_KINDS: readonly EventKind[] = ['regional_meeting', 'fair', 'workshop', 'webinar', 'festisol', 'other'];

const TITLES: Record<EventKind, string[]> = {
  workshop: [
    'Atelier montage de projet',
    'Atelier recherche de financements',
    'Atelier partenariats Nord-Sud',
    'Atelier évaluation de projet',
  ],
  training: ['Formation gestion du cycle de projet', 'Formation ECSI : animer un débat', 'Formation budget et rapport financier'],
  working_group: ['Groupe de travail migrations et développement', 'Groupe de travail collectivités', 'Groupe de travail jeunesse'],
  regional_meeting: ['Rencontre régionale de la coopération internationale', 'Assises régionales de la solidarité'],
  webinar: ['Webinaire appels à projets', 'Webinaire volontariat international', 'Webinaire climat et solidarité'],
  fair: ['Salon des solidarités', 'Village associatif de la solidarité internationale'],
  festisol: ['Festisol : ciné-débat', 'Festisol : marché solidaire', 'Festisol : exposition photo'],
  other: ['Journée des partenaires'],
};

const THEMES_OF_KIND: Record<EventKind, EventTheme[]> = {
  workshop: ['project_design', 'funding'],
  training: ['project_design'],
  working_group: ['migration', 'local_authorities', 'youth_mobility'],
  regional_meeting: ['partnership', 'local_authorities'],
  webinar: ['funding', 'youth_mobility', 'climate'],
  fair: ['ecsi', 'partnership'],
  festisol: ['ecsi'],
  other: ['other'],
};

const REGION: Exclude<Departement, 'outside_region'>[] = DEPARTEMENTS.filter(
  (code): code is Exclude<Departement, 'outside_region'> => code !== 'outside_region',
);
/** The départements the Clermont-Ferrand site covers; Lyon the others. */
const CLERMONT_AREA: readonly Departement[] = ['03', '15', '43', '63'];

/** Where an event takes place, as its title says it: « Isère », « en ligne ». */
function placeOf(departement: Departement | null): string {
  return departement ? DEPARTEMENT_LABELS[departement].fr.replace(/^\d+\w? /, '') : 'en ligne';
}

const ASSOCIATION_NAMES = [
  (place: string, city: string) => `Association ${city}–${place}`,
  (place: string, city: string) => `Collectif solidaire ${place} (${city})`,
  (place: string, city: string) => `${place} Avenir – ${city}`,
  (place: string, city: string) => `Partenaires ${city} ${place}`,
  (place: string, city: string) => `Jeunes de ${city} pour ${place}`,
];
const OTHER_NAMES: [OrganisationType, (name: string, city: string) => string][] = [
  ['company', (name, city) => `Ateliers ${name} (${city})`],
  ['school', (name, city) => `Lycée ${name} de ${city}`],
  ['youth_education', (name, city) => `Maison de quartier ${name}, ${city}`],
  ['university', (name, city) => `Institut ${name} – ${city}`],
  ['other', (name, city) => `Fondation ${name} de ${city}`],
];

interface Present {
  id: number;
  contactId: number | null;
}

/**
 * The organisations present at the year's events: those of the directory first, then new ones
 * (people's organisations the team had not met before), until 920 associations and 340 others.
 */
async function organisationsPresent(tx: EntityManager, random: () => number): Promise<Present[]> {
  const existing: { id: number; type: OrganisationType; name: string; contactId: number | null }[] = await tx.query(
    `SELECT o.id, o.type, o.name, (SELECT min(c.id) FROM contacts c WHERE c.organisation_id = o.id) AS "contactId" FROM organisations o ORDER BY o.id`,
  );
  const associations = existing.filter((row) => row.type === 'association').slice(0, ASSOCIATIONS_PRESENT);
  const others = existing.filter((row) => row.type !== 'association').slice(0, DEMO_EVENTS_2024.organisations - ASSOCIATIONS_PRESENT);
  const names = new Set(existing.map((row) => row.name));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const created: { name: string; type: OrganisationType; departement: Departement; city: string; postcode: string }[] = [];
  const add = (type: OrganisationType, name: (departement: Departement) => [string, string, string]) => {
    for (;;) {
      const departement = pick(REGION);
      const [fullName, city, postcode] = name(departement);
      if (names.has(fullName)) continue;
      names.add(fullName);
      created.push({ name: fullName, type, departement, city, postcode });
      return;
    }
  };
  for (let count = associations.length; count < ASSOCIATIONS_PRESENT; count++) {
    add('association', (departement) => {
      const [city, postcode] = pick(CITIES[departement as Exclude<Departement, 'outside_region'>]);
      return [pick(ASSOCIATION_NAMES)(pick(pick(PARTNER_PLACES).places), city), city, postcode];
    });
  }
  for (let count = others.length; count < DEMO_EVENTS_2024.organisations - ASSOCIATIONS_PRESENT; count++) {
    const [type, pattern] = pick(OTHER_NAMES);
    add(type, (departement) => {
      const [city, postcode] = pick(CITIES[departement as Exclude<Departement, 'outside_region'>]);
      return [pattern(pick(LAST_NAMES), city), city, postcode];
    });
  }
  const inserted: { id: number }[] = await tx.query(
    `INSERT INTO organisations (version, name, type, departement, city, postcode)
     SELECT 1, * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id`,
    [
      created.map((row) => row.name),
      created.map((row) => row.type),
      created.map((row) => row.departement),
      created.map((row) => row.city),
      created.map((row) => row.postcode),
    ],
  );
  return [
    ...[...associations, ...others].map(({ id, contactId }) => ({ id, contactId })),
    ...inserted.map(({ id }) => ({ id, contactId: null })),
  ];
}

/** The day of the year's n-th event of `count`, spread over the twelve months, at 14:00 Paris time (13:00 UTC in winter). */
function startOf(index: number, count: number): Date {
  const month = Math.floor((index * 12) / count);
  return new Date(Date.UTC(2024, month, 3 + ((index * 5) % 24), 13, 0));
}

function hostedEvents(relayOf: (departement: Departement) => number | null, coOrganiserIds: number[]): Partial<CollectiveEvent>[] {
  const kinds = HOSTED_KINDS.flatMap(([kind, count]) => Array.from({ length: count }, () => kind));
  // Interleaved, so each month holds several kinds.
  const order = kinds.map((kind, index) => ({ kind, key: (index * 37) % kinds.length })).sort((a, b) => a.key - b.key);
  return order.map(({ kind }, index) => {
    const online = kind === 'webinar';
    const departement = online ? null : REGION[index % REGION.length];
    const startsAt = startOf(index, order.length);
    const coOrganised = index % CO_ORGANISED_EVERY === 0;
    const role: EventRole = coOrganised ? 'co_organised' : 'organised';
    const titles = TITLES[kind];
    const relayId = departement && (kind === 'workshop' || kind === 'festisol') ? relayOf(departement) : null;
    const site: Site = departement && CLERMONT_AREA.includes(departement) ? 'clermont' : 'lyon';
    return {
      title: `${titles[index % titles.length]} – ${placeOf(departement)}`,
      kind,
      role,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (kind === 'training' ? 6 : 3) * 3_600_000),
      online,
      departement,
      themes: [THEMES_OF_KIND[kind][index % THEMES_OF_KIND[kind].length]],
      sdgs: [4, 17],
      coOrganiserIds: coOrganised ? [coOrganiserIds[index % coOrganiserIds.length]] : [],
      relayId,
      site,
      status: 'held',
      publicDescription: `${titles[index % titles.length]} : programme et inscription.`,
      hours: kind === 'training' ? 6 : null,
      trainer: kind === 'training' ? `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[index % LAST_NAMES.length]}` : null,
    };
  });
}

function eventsOfOthers(): Partial<CollectiveEvent>[] {
  const roles: [EventRole, number][] = [
    ['speaker', DEMO_EVENTS_2024.asSpeaker],
    ['participant', DEMO_EVENTS_2024.asParticipant],
  ];
  return roles.flatMap(([role, count]) =>
    Array.from({ length: count }, (_, index): Partial<CollectiveEvent> => {
      const kind = OTHERS_KINDS[index % OTHERS_KINDS.length];
      const startsAt = startOf(index, count);
      const departement: Departement = index % 7 === 0 ? 'outside_region' : REGION[(index * 3) % REGION.length];
      return {
        title: `${role === 'speaker' ? 'Intervention' : 'Participation'} : ${TITLES[kind][index % TITLES[kind].length]} (partenaire) – ${placeOf(departement)}`,
        kind,
        role,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        online: false,
        departement,
        themes: THEMES_OF_KIND[kind].slice(0, 1),
        site: departement !== 'outside_region' && CLERMONT_AREA.includes(departement) ? 'clermont' : 'lyon',
        status: 'held',
      };
    }),
  );
}

/**
 * The registrations of the hosted events: one attendee of each organisation present, people on
 * their own account, registrants who did not come, and trainees' evaluations; the public of fairs
 * and Festisol animations as head counts, so that the participants add up to 3,850.
 */
function attendance(
  events: CollectiveEvent[],
  present: Present[],
): { registrations: Partial<Registration>[]; headCounts: Map<number, number> } {
  const registrations: Partial<Registration>[] = [];
  const registered = events.filter((event) => !HEAD_COUNT_KINDS.includes(event.kind));
  const person = (index: number) => {
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length];
    const lastName = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
    return { name: `${firstName} ${lastName}`, email: `participant.${index}@example.org` };
  };
  present.forEach((organisation, index) => {
    const event = registered[index % registered.length];
    const trainee = event.kind === 'training';
    registrations.push({
      eventId: event.id,
      ...(organisation.contactId ? { contactId: organisation.contactId } : person(index)),
      organisationId: organisation.id,
      status: 'attended',
      consentAt: event.startsAt,
      evaluationScore: trainee ? 3 + (index % 3) : null,
      evaluationComment: trainee && index % 4 === 0 ? 'Très concret, à refaire.' : null,
    });
  });
  for (let index = 0; index < INDIVIDUAL_ATTENDEES + ABSENT_REGISTRANTS; index++) {
    const event = registered[(index * 7) % registered.length];
    registrations.push({
      eventId: event.id,
      ...person(present.length + index),
      status: index < INDIVIDUAL_ATTENDEES ? 'attended' : 'absent',
      consentAt: index % 3 === 0 ? null : event.startsAt,
    });
  }
  const attended = present.length + INDIVIDUAL_ATTENDEES;
  const counted = events.filter((event) => HEAD_COUNT_KINDS.includes(event.kind));
  const total = DEMO_EVENTS_2024.participants - attended;
  // Equal shares, the remainder to the first events.
  const headCounts = new Map(
    counted.map((event, index) => [event.id, Math.floor(total / counted.length) + (index < total % counted.length ? 1 : 0)]),
  );
  return { registrations, headCounts };
}

/** What is coming, for the events page and the public registration links: [kind, département, days ahead, published]. */
const UPCOMING: [EventKind, Departement | null, number, boolean][] = [
  ['workshop', '38', 9, true],
  ['webinar', null, 16, true],
  ['training', '69M', 23, false],
  ['festisol', '63', 30, true],
  ['working_group', '69M', 37, false],
  ['workshop', '42', 44, true],
];

/** The coming weeks' events, at 14:00 on a weekday, the relay's own where it runs workshops and Festisol animations. */
function upcomingEvents(now: Date, relayOf: (departement: Departement) => number | null): Partial<CollectiveEvent>[] {
  return UPCOMING.map(([kind, departement, daysAhead, published], index) => {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + daysAhead, 13, 0));
    const weekend = day.getUTCDay() === 6 ? 2 : day.getUTCDay() === 0 ? 1 : 0;
    const startsAt = new Date(day.getTime() + weekend * 86_400_000);
    const titles = TITLES[kind];
    return {
      title: `${titles[index % titles.length]} – ${placeOf(departement)}`,
      kind,
      role: 'organised',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (kind === 'training' ? 6 : 3) * 3_600_000),
      online: departement === null,
      departement,
      themes: [THEMES_OF_KIND[kind][0]],
      sdgs: [4, 17],
      coOrganiserIds: [],
      relayId: departement && (kind === 'workshop' || kind === 'festisol') ? relayOf(departement) : null,
      site: departement && CLERMONT_AREA.includes(departement) ? 'clermont' : 'lyon',
      status: published ? 'published' : 'draft',
      publicToken: published ? randomBytes(24).toString('base64url') : null,
      capacity: kind === 'webinar' ? null : 30,
      publicDescription: `${titles[index % titles.length]} : programme et inscription.`,
      hours: kind === 'training' ? 6 : null,
    };
  });
}

/** The year's events, their registrations and attendance, reproducing the 2024 report; and the coming weeks' events. */
export async function seedDemoEvents(tx: EntityManager, random: () => number, now = new Date()): Promise<void> {
  const relays: { id: number; departements: Departement[] }[] = await tx.query(`SELECT id, departements FROM relays ORDER BY id`);
  const relayOf = (departement: Departement) => relays.find((relay) => relay.departements.includes(departement))?.id ?? null;
  const present = await organisationsPresent(tx, random);
  const coOrganisers: { id: number }[] = await tx.query(`SELECT id FROM organisations WHERE type = 'local_authority' ORDER BY id LIMIT 10`);
  const hosted = await tx.save(
    CollectiveEvent,
    hostedEvents(
      relayOf,
      coOrganisers.map((row) => row.id),
    ).map((data) => tx.create(CollectiveEvent, data)),
  );
  await tx.save(
    CollectiveEvent,
    [...eventsOfOthers(), ...upcomingEvents(now, relayOf)].map((data) => tx.create(CollectiveEvent, data)),
  );
  const { registrations, headCounts } = attendance(hosted, present);
  await tx.save(
    Registration,
    registrations.map((data) => tx.create(Registration, data)),
    { chunk: 500 },
  );
  for (const [id, headCount] of headCounts) await tx.update(CollectiveEvent, id, { headCount });
}
