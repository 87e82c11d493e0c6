import { CASE_OUTCOME_LABELS, STAGES, zonesOfCountries, type CaseOutcome, type Departement, type Site, type Stage } from '@resacoop/domain';
import type { EntityManager } from 'typeorm';
import { Assignment } from '../assignments';
import { StageChange, SupportCase } from '../cases';
import { Interaction } from '../interactions';
import { Organisation } from '../organisations';
import { ReferenceCounter } from '../references';
import { Relay } from '../relays';
import type { User } from '../auth';

/** The 2024 activity report: 180 personalised cases led by the team, 134 supported in the départements through a relay. */
export const DEMO_TEAM_CASES_2024 = 180;
export const DEMO_RELAY_CASES_2024 = 134;

/**
 * Countries of the 134 relay cases, so that their world zones split as published: France 77,
 * Sub-Saharan Africa & Indian Ocean 47, Maghreb 6, Asia 3, Latin America 2, Europe outside France 1
 * (two cases span France and Sub-Saharan Africa, and count in each).
 */
export const RELAY_CASE_COUNTRIES_2024: [string[], number][] = [
  [['FR'], 75],
  [['FR', 'SN'], 2],
  [['SN'], 12],
  [['BF'], 10],
  [['ML'], 6],
  [['BJ'], 5],
  [['TG'], 4],
  [['MG'], 4],
  [['CM'], 4],
  [['MA'], 3],
  [['TN'], 2],
  [['DZ'], 1],
  [['VN'], 2],
  [['KH'], 1],
  [['HT'], 1],
  [['BO'], 1],
  [['RO'], 1],
];

const TEAM_COUNTRIES: string[][] = [
  ['SN'],
  ['BF'],
  ['MG'],
  ['FR'],
  ['MA'],
  ['BJ'],
  ['HT'],
  ['VN'],
  ['LB'],
  ['CM'],
  ['TG', 'BJ'],
  ['PE'],
  ['FR', 'ML'],
];
const TITLES = [
  'Accès à l’eau potable',
  'Jardins maraîchers',
  'Centre de santé',
  'Bibliothèque scolaire',
  'Échanges de jeunes',
  'Formation agricole',
  'Énergie solaire',
  'Festival des Solidarités',
  'Coopérative de femmes',
];
const FUNDERS = ['Région Auvergne-Rhône-Alpes', 'AFD', 'Fondation de France', 'Métropole de Lyon', 'Agence de l’eau'];
const OUTCOMES: CaseOutcome[] = ['funded', 'completed', 'redirected', 'abandoned', 'funded', 'completed'];

/**
 * The organisations whose partner zones cover the project's countries (a twinning committee with
 * Lebanon does not hold a project in Morocco), among `candidates`; all of them when none does.
 */
function holdersFor(candidates: Organisation[], countries: string[]): Organisation[] {
  const zones = zonesOfCountries(countries);
  const covering = candidates.filter((organisation) => zones.every((zone) => organisation.zones.includes(zone)));
  return covering.length > 0 ? covering : candidates;
}

/** Funding obtained is part of what was sought: only a funded or completed case obtains any. */
function fundingObtained(random: () => number, sought: number, outcome: CaseOutcome | null): number {
  if (outcome !== 'funded' && outcome !== 'completed') return 0;
  return Math.round((sought * (0.4 + random() * 0.6)) / 1000) * 1000;
}

/**
 * A case's timeline: the first meeting when it opened, a call along the way, and for a closed
 * case the closing note with its outcome; an open case was last discussed within the last weeks,
 * so it is not reported silent.
 */
function timelineOf(random: () => number, supportCase: SupportCase, now: Date): Partial<Interaction>[] {
  const opened = supportCase.openedAt.getTime();
  const end = supportCase.closedAt ? supportCase.closedAt.getTime() : now.getTime();
  const entry = (kind: Interaction['kind'], at: number, minutesSpent: number, body: string): Partial<Interaction> => ({
    caseId: supportCase.id,
    kind,
    authorId: supportCase.adviserId,
    occurredAt: new Date(at),
    minutesSpent,
    body,
  });
  const entries = [entry('meeting', opened, 60, 'Premier rendez-vous : présentation du projet et des partenaires.')];
  if (supportCase.closedAt && supportCase.outcome) {
    entries.push(entry('call', opened + (end - opened) / 2, 20, 'Point d’étape sur le budget et le calendrier.'));
    entries.push(entry('note', end, 15, `Clôture : ${CASE_OUTCOME_LABELS[supportCase.outcome].fr}.`));
  } else {
    const lastContact = Math.max(opened, end - random() * 30 * 86_400_000);
    if (lastContact > opened) entries.push(entry('call', lastContact, 20, 'Point d’étape sur le budget et le calendrier.'));
  }
  return entries;
}

const RELAY_ANSWERS_WITHIN_MS = 30 * 86_400_000;

interface CasePlan {
  organisation: Organisation;
  countries: string[];
  openedAt: Date;
  relay?: Relay;
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The 2024 support cases consistent with the published figures, and the current year's open
 * cases (some with an overdue follow-up, some proposed to a relay) for the board and the portal.
 */
export async function seedDemoCases(tx: EntityManager, random: () => number, staff: Record<Site, User>, now = new Date()): Promise<void> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const organisations = await tx.find(Organisation, { order: { id: 'ASC' } });
  const relays = await tx.find(Relay, { order: { id: 'ASC' } });
  const inDepartements = (departements: readonly Departement[]) =>
    organisations.filter((organisation) => organisation.departement && departements.includes(organisation.departement));
  const dateIn2024 = () => new Date(Date.UTC(2024, Math.floor(random() * 12), 1 + Math.floor(random() * 28), 9 + Math.floor(random() * 8)));

  const plans2024: CasePlan[] = [];
  for (let index = 0; index < DEMO_TEAM_CASES_2024; index++) {
    const countries = pick(TEAM_COUNTRIES);
    plans2024.push({ organisation: pick(holdersFor(organisations, countries)), countries, openedAt: dateIn2024() });
  }
  for (const [countries, count] of RELAY_CASE_COUNTRIES_2024) {
    for (let index = 0; index < count; index++) {
      const relay = relays[(plans2024.length + index) % relays.length];
      const organisation = pick(holdersFor(inDepartements(relay.departements), countries));
      plans2024.push({ organisation, countries, openedAt: dateIn2024(), relay });
    }
  }
  plans2024.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());

  const currentYear = now.getUTCFullYear();
  const plansNow: CasePlan[] = Array.from({ length: 60 }, (_, index) => {
    const countries = pick(TEAM_COUNTRIES);
    // Every sixth case is handed to the relay of its holder's département, in turn.
    const relay = index % 6 === 0 ? relays[(index / 6) % relays.length] : undefined;
    return {
      organisation: pick(holdersFor(relay ? inDepartements(relay.departements) : organisations, countries)),
      countries,
      openedAt: new Date(Date.UTC(currentYear, 0, 2) + random() * (now.getTime() - Date.UTC(currentYear, 0, 2))),
      relay,
    };
  }).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());

  for (const [year, plans, closeMost] of [
    [2024, plans2024, true],
    [currentYear, plansNow, false],
  ] as const) {
    if (year === 2024 && currentYear === 2024) continue;
    const cases = plans.map((plan, index) => {
      const site: Site =
        plan.organisation.departement && ['03', '15', '43', '63'].includes(plan.organisation.departement) ? 'clermont' : 'lyon';
      const closed = closeMost && random() < 0.75;
      const outcome = closed ? pick(OUTCOMES) : null;
      const stage: Stage = pick(STAGES);
      // A few follow-ups a little overdue for the board, the rest in the coming weeks.
      const followUp = new Date(now.getTime() + (random() * 50 - 3) * 86_400_000);
      const sought = Math.round(random() * 40) * 1000;
      return tx.create(SupportCase, {
        reference: `AC-${year}-${String(index + 1).padStart(4, '0')}`,
        organisationId: plan.organisation.id,
        projectTitle: `${pick(TITLES)} – ${plan.organisation.city ?? 'Auvergne-Rhône-Alpes'}`,
        projectSummary: 'Projet porté par une structure de la région avec ses partenaires.',
        countries: plan.countries,
        zones: zonesOfCountries(plan.countries),
        sdgs: [1 + Math.floor(random() * 17)],
        adviserId: staff[site].id,
        site,
        stage,
        status: closed ? 'closed' : 'open',
        outcome,
        closedAt: closed ? new Date(plan.openedAt.getTime() + 120 * 86_400_000) : null,
        nextFollowUpAt: closed ? null : dayOf(followUp),
        fundingSoughtEur: sought,
        fundingObtainedEur: fundingObtained(random, sought, outcome),
        funders: random() < 0.5 ? [pick(FUNDERS)] : [],
        openedAt: plan.openedAt,
      });
    });
    const saved = await tx.save(SupportCase, cases, { chunk: 200 });
    await tx.insert(ReferenceCounter, { prefix: 'AC', year, last: saved.length });
    await tx.insert(
      StageChange,
      saved.map((supportCase) => ({
        caseId: supportCase.id,
        fromStage: null,
        toStage: supportCase.stage,
        changedById: supportCase.adviserId,
        changedAt: supportCase.openedAt,
      })),
    );
    await tx.save(
      Interaction,
      saved.flatMap((supportCase) => timelineOf(random, supportCase, now).map((entry) => tx.create(Interaction, entry))),
      { chunk: 300 },
    );
    const assignments = saved.flatMap((supportCase, index) => {
      const relay = plans[index].relay;
      if (!relay) return [];
      const assignedAt = new Date(supportCase.openedAt.getTime() + 2 * 86_400_000);
      // Relays answer within days: only this month's hand-overs still wait for theirs.
      const answered = now.getTime() - assignedAt.getTime() > RELAY_ANSWERS_WITHIN_MS;
      const status = supportCase.status === 'closed' ? 'completed' : answered ? 'accepted' : 'proposed';
      return [
        tx.create(Assignment, {
          caseId: supportCase.id,
          relayId: relay.id,
          status,
          assignedById: supportCase.adviserId,
          assignedAt,
          acknowledgedAt: status === 'proposed' ? null : new Date(assignedAt.getTime() + 86_400_000),
          completedAt: status === 'completed' ? supportCase.closedAt : null,
        }),
      ];
    });
    await tx.save(Assignment, assignments, { chunk: 200 });
  }
}
