import { codesOf, type Labelled } from './labels';
import { msg, translate, type Message } from './messages';
import { dueAtAfterWaiting } from './working-days';

export const REQUEST_CHANNEL_LABELS = {
  phone: { fr: 'Téléphone', en: 'Phone' },
  email: { fr: 'E-mail', en: 'E-mail' },
  walk_in: { fr: 'Accueil physique', en: 'Walk-in' },
  event: { fr: 'Événement', en: 'Event' },
  web_form: { fr: 'Formulaire web', en: 'Web form' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Labelled<string>;
export type RequestChannel = keyof typeof REQUEST_CHANNEL_LABELS;
export const REQUEST_CHANNELS = codesOf(REQUEST_CHANNEL_LABELS);

export const REQUEST_TOPIC_LABELS = {
  funding: { fr: 'Financements', en: 'Funding' },
  partnership: { fr: 'Partenariats', en: 'Partnership' },
  project_design: { fr: 'Montage de projet', en: 'Project design' },
  volunteering: { fr: 'Volontariat', en: 'Volunteering' },
  jobs_internships: { fr: 'Emplois et stages', en: 'Jobs and internships' },
  training: { fr: 'Formation', en: 'Training' },
  ecsi: { fr: 'Éducation à la citoyenneté et à la solidarité internationale (ECSI)', en: 'Global-citizenship education (ECSI)' },
  events: { fr: 'Événements', en: 'Events' },
  directory: { fr: 'Annuaire, mise en relation', en: 'Directory, introductions' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Labelled<string>;
export type RequestTopic = keyof typeof REQUEST_TOPIC_LABELS;
export const REQUEST_TOPICS = codesOf(REQUEST_TOPIC_LABELS);

export const REQUEST_STATUS_LABELS = {
  new: { fr: 'Nouvelle', en: 'New' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  waiting: { fr: 'En attente du demandeur', en: 'Waiting on requester' },
  answered: { fr: 'Répondue', en: 'Answered' },
  closed: { fr: 'Clôturée', en: 'Closed' },
  converted: { fr: 'Convertie en accompagnement', en: 'Converted to a support case' },
} as const satisfies Labelled<string>;
export type RequestStatus = keyof typeof REQUEST_STATUS_LABELS;
export const REQUEST_STATUSES = codesOf(REQUEST_STATUS_LABELS);

/**
 * Where a request may go from each status. Reopening an answered or closed request puts it back in
 * progress. A request becomes `converted` only by turning into a support case (`convertRequest`),
 * and stays so: its follow-up is the case's.
 */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  new: ['in_progress', 'waiting', 'answered'],
  in_progress: ['waiting', 'answered'],
  waiting: ['in_progress', 'answered'],
  answered: ['closed', 'in_progress'],
  closed: ['in_progress'],
  converted: [],
};

/** Statuses in which the request is still owed an answer: the SLA clock concerns them. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['new', 'in_progress', 'waiting'];

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return from === to || REQUEST_TRANSITIONS[from].includes(to);
}

/**
 * The statuses a request passes through to reach `to` from `from` along legal moves (shortest
 * path), e.g. new → answered → closed for "answer now and close". Null when unreachable.
 */
export function requestPath(from: RequestStatus, to: RequestStatus): RequestStatus[] | null {
  const previous = new Map<RequestStatus, RequestStatus>();
  const queue: RequestStatus[] = [from];
  // Stryker disable next-line ArrayDeclaration: from is where the paths start; reached again, it leads only to statuses already seen
  const seen = new Set<RequestStatus>([from]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) {
      const path: RequestStatus[] = [];
      for (let step: RequestStatus | undefined = to; step && step !== from; step = previous.get(step)) path.unshift(step);
      return path;
    }
    for (const next of REQUEST_TRANSITIONS[current]) {
      if (!seen.has(next)) {
        seen.add(next);
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Default number of working days to answer a request. */
export const DEFAULT_REQUEST_SLA_WORKING_DAYS = 5;

/** The fields of a request that its status moves depend on. */
export interface RequestClock {
  status: RequestStatus;
  dueAt: Date;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  answeredAt: Date | null;
  answer: string | null;
}

export class IllegalRequestMove extends Error {
  constructor(
    readonly field: 'status' | 'answer',
    readonly text: Message,
  ) {
    super(translate(text, 'fr'));
  }
}

/**
 * Moves a request one legal step and returns the fields that change with it: leaving `waiting`
 * pushes the due date by the working days spent waiting, entering it pauses the clock; an answer
 * is required to be `answered`; reopening clears the answer date. The first exchange with the
 * requester (waiting or answered) is its first response.
 */
export function moveRequest(request: RequestClock, to: RequestStatus, now: Date): Partial<RequestClock> {
  const from = request.status;
  if (!REQUEST_TRANSITIONS[from].includes(to)) {
    throw new IllegalRequestMove(
      'status',
      msg('request.illegalMove', { from: REQUEST_STATUS_LABELS[from], to: REQUEST_STATUS_LABELS[to] }),
    );
  }
  const changes: Partial<RequestClock> = { status: to, ...resumeClock(request, now) };
  if (to === 'waiting') changes.waitingSince = now;
  if (to === 'answered') {
    if (!request.answer?.trim())
      throw new IllegalRequestMove('answer', msg('request.answerRequired', { status: REQUEST_STATUS_LABELS.answered }));
    changes.answeredAt = now;
  }
  if (to === 'in_progress' && (from === 'answered' || from === 'closed')) changes.answeredAt = null;
  if ((to === 'waiting' || to === 'answered') && !request.firstResponseAt) changes.firstResponseAt = now;
  return changes;
}

/** Leaving `waiting` pushes the due date by the working days spent waiting. */
function resumeClock(request: RequestClock, now: Date): Partial<RequestClock> {
  if (request.status !== 'waiting' || !request.waitingSince) return {};
  return { dueAt: dueAtAfterWaiting(request.dueAt, request.waitingSince, now), waitingSince: null };
}

/**
 * Turning a request into a support case closes it as `converted`: opening the case is the answer
 * the requester gets, so a request not yet answered counts as answered (and first responded to)
 * at the conversion, in the SLA figures as in the queues. Once converted, it cannot be converted again.
 */
export function convertRequest(request: RequestClock, now: Date): Partial<RequestClock> {
  if (request.status === 'converted') throw new IllegalRequestMove('status', msg('request.alreadyConverted'));
  return {
    status: 'converted',
    ...resumeClock(request, now),
    answeredAt: request.answeredAt ?? now,
    firstResponseAt: request.firstResponseAt ?? now,
  };
}
