import { addWorkingDays, endOfParisDay, parisDay, requestDueAt, type RequestChannel, type RequestTopic, type Site } from '@resacoop/domain';
import type { EntityManager } from 'typeorm';
import { Contact } from '../contacts';
import { Interaction } from '../interactions';
import { ReferenceCounter } from '../references';
import { InformationRequest } from '../requests';
import { User } from '../auth';
import { FIRST_NAMES, LAST_NAMES } from './demo-directory';

/** The 2024 activity report counts 350 one-off information requests. */
export const DEMO_REQUESTS_2024 = 350;

const CHANNEL_WEIGHTS: [RequestChannel, number][] = [
  ['email', 40],
  ['phone', 34],
  ['event', 10],
  ['walk_in', 8],
  ['web_form', 6],
  ['other', 2],
];
const TOPIC_WEIGHTS: [RequestTopic, number][] = [
  ['funding', 30],
  ['project_design', 18],
  ['partnership', 12],
  ['volunteering', 8],
  ['jobs_internships', 8],
  ['ecsi', 8],
  ['training', 6],
  ['events', 4],
  ['directory', 4],
  ['other', 2],
];

const SUBJECTS: Record<RequestTopic, string[]> = {
  funding: [
    'Appels à projets de la Région',
    'Financement d’un projet d’eau potable',
    'Subvention AFD via le FRIO',
    'Cofinancement par une collectivité',
  ],
  project_design: ['Rédaction d’un cadre logique', 'Montage d’un projet de santé', 'Étude de faisabilité'],
  partnership: ['Recherche de partenaires au Sénégal', 'Jumelage avec une commune du Burkina Faso', 'Partenariat avec une université'],
  volunteering: ['Partir en volontariat de solidarité internationale', 'Service civique à l’international'],
  jobs_internships: ['Stage en ONG', 'Offres d’emploi dans la solidarité internationale'],
  ecsi: ['Animation ECSI en collège', 'Festival des Solidarités : ressources'],
  training: ['Formation « Monter son projet »', 'Formation à la gestion de projet'],
  events: ['Participation aux Assises régionales', 'Organisation d’une soirée-débat'],
  directory: ['Contacts d’associations actives au Bénin', 'Acteurs de la coopération en Drôme'],
  other: ['Question diverse', 'Demande de documentation'],
};

function weighted<T>(random: () => number, weights: [T, number][]): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1][0];
}

/** A working-hours instant on a given Paris day. */
function atParisHour(day: string, hour: number, minute: number): Date {
  return new Date(endOfParisDay(day).getTime() - ((23 - hour) * 60 + (59 - minute)) * 60_000);
}

interface DemoPeople {
  staff: Record<Site, User>;
  contacts: Contact[];
}

/**
 * A private individual asking, named from the minute the request came in (no draw of the random sequence, which the
 * 2024 figures depend on); their address when they wrote.
 */
function individual(receivedAt: Date, channel: RequestChannel): Pick<InformationRequest, 'requesterName' | 'requesterEmail'> {
  const minute = Math.floor(receivedAt.getTime() / 60_000);
  const [first, last] = [FIRST_NAMES[minute % FIRST_NAMES.length], LAST_NAMES[(minute >> 3) % LAST_NAMES.length]];
  const address = `${first}.${last}@example.org`
    .normalize('NFD')
    .replace(/[^\x21-\x7e]/g, '')
    .toLowerCase();
  return { requesterName: `${first} ${last}`, requesterEmail: channel === 'email' ? address : null };
}

function buildRequest(random: () => number, people: DemoPeople, day: string, now: Date): Partial<InformationRequest> {
  const site: Site = random() < 0.64 ? 'lyon' : 'clermont';
  const topic = weighted(random, TOPIC_WEIGHTS);
  const receivedAt = atParisHour(day, 9 + Math.floor(random() * 8), Math.floor(random() * 60));
  const dueAt = requestDueAt(receivedAt, 5);
  const contact = random() < 0.7 ? people.contacts[Math.floor(random() * people.contacts.length)] : null;
  const subjects = SUBJECTS[topic];
  const channel = weighted(random, CHANNEL_WEIGHTS);
  const base: Partial<InformationRequest> = {
    site,
    channel,
    topic,
    subject: subjects[Math.floor(random() * subjects.length)],
    question: 'Bonjour, nous aimerions être orientés sur ce sujet. Pouvez-vous nous conseiller ?',
    contactId: contact?.id ?? null,
    organisationId: contact?.organisationId ?? null,
    ...(contact ? { requesterName: null, requesterEmail: null } : individual(receivedAt, channel)),
    receivedAt,
    dueAt,
  };
  const ageInDays = (now.getTime() - receivedAt.getTime()) / 86_400_000;
  // Older requests are answered (most in time), recent ones still in the queue.
  if (ageInDays > 20 || random() < ageInDays / 25) {
    const late = random() < 0.12;
    const answeredDay = addWorkingDays(parisDay(receivedAt), late ? 6 + Math.floor(random() * 4) : Math.floor(random() * 5));
    const answeredAt = atParisHour(answeredDay, 10 + Math.floor(random() * 7), Math.floor(random() * 60));
    if (answeredAt < now) {
      return {
        ...base,
        assigneeId: people.staff[site].id,
        status: random() < 0.8 ? 'closed' : 'answered',
        answer: 'Réponse apportée par téléphone et par e-mail, avec les ressources utiles.',
        firstResponseAt: answeredAt,
        answeredAt,
        minutesSpent: 10 + Math.floor(random() * 50),
      };
    }
  }
  const status = weighted(random, [
    ['new', 3],
    ['in_progress', 4],
    ['waiting', 2],
  ] as [InformationRequest['status'], number][]);
  return {
    ...base,
    status,
    assigneeId: status === 'new' && random() < 0.6 ? null : people.staff[site].id,
    waitingSince: status === 'waiting' ? new Date(Math.min(now.getTime(), receivedAt.getTime() + 86_400_000)) : null,
    firstResponseAt: status === 'waiting' ? new Date(Math.min(now.getTime(), receivedAt.getTime() + 86_400_000)) : null,
    minutesSpent: status === 'new' ? 0 : 15,
  };
}

/** Working days of a year, up to `until`. */
function workingDaysOf(year: number, until: Date): string[] {
  const days: string[] = [];
  for (
    let day = addWorkingDays(`${year - 1}-12-31`, 1);
    day.startsWith(String(year)) && endOfParisDay(day) <= until;
    day = addWorkingDays(day, 1)
  ) {
    days.push(day);
  }
  return days;
}

/**
 * A year of plausible requests over both sites, all channels and topics: exactly the 350 of 2024,
 * and the current year up to today, with a live queue (new, in progress, waiting, some overdue).
 */
export async function seedDemoRequests(tx: EntityManager, random: () => number, people: DemoPeople, now = new Date()): Promise<void> {
  const currentYear = Number(parisDay(now).slice(0, 4));
  const plan: [number, number][] = [[2024, DEMO_REQUESTS_2024]];
  const thisYearDays = workingDaysOf(currentYear, now);
  if (currentYear > 2024) plan.push([currentYear, Math.round((thisYearDays.length / 250) * 340)]);
  for (const [year, count] of plan) {
    const days = year === currentYear ? thisYearDays : workingDaysOf(year, now);
    const requests = Array.from({ length: count }, (_, index) => {
      // Spread evenly over the year, the last ones on the most recent days.
      const day = days[Math.min(days.length - 1, Math.floor(((index + random()) / count) * days.length))];
      return buildRequest(random, people, day, now);
    })
      .sort((a, b) => a.receivedAt!.getTime() - b.receivedAt!.getTime())
      .map((request, index) =>
        tx.create(InformationRequest, { ...request, reference: `DI-${year}-${String(index + 1).padStart(4, '0')}` }),
      );
    const saved = await tx.save(InformationRequest, requests, { chunk: 200 });
    await tx.insert(ReferenceCounter, { prefix: 'DI', year, last: count });
    const timeline = saved
      .filter((request) => request.answeredAt)
      .map((request) =>
        tx.create(Interaction, {
          requestId: request.id,
          kind: 'email',
          authorId: request.assigneeId,
          occurredAt: request.answeredAt!,
          minutesSpent: request.minutesSpent,
          body: request.answer!,
        }),
      );
    await tx.save(Interaction, timeline, { chunk: 300 });
  }
}
