import { ROLES, type Role } from './reference';
import { can, PERMISSIONS, RELAY_FIELDS, relayMayRead, relayViewOf, type Action, type Resource } from './permissions';

/**
 * Every cell of the matrix, written out: one line per role and resource, one mark per action (x: allowed, -: refused).
 * A resource missing from a role's table in PERMISSIONS is refused everything.
 */
const MATRIX = `
role   resource             list read create update delete export import merge erase publish
admin  organisations        x    x    x      x      x      x      x      x     -     -
admin  contacts             x    x    x      x      x      x      x      -     x     -
admin  users                x    x    x      x      -      x      -      -     -     -
admin  relays               x    x    -      x      -      x      -      -     -     -
admin  audit-events         x    x    -      -      -      x      -      -     -     -
admin  requests             x    x    x      x      -      x      -      -     -     -
admin  interactions         x    x    x      -      -      x      -      -     -     -
admin  cases                x    x    x      x      -      x      -      -     -     -
admin  assignments          x    x    x      x      -      x      -      -     -     -
admin  notifications        x    x    -      x      -      -      -      -     -     -
admin  queues               x    -    -      x      -      -      -      -     -     -
admin  reports              -    x    -      -      -      x      -      -     -     x
admin  personal-data-reads  x    x    -      -      -      -      -      -     -     -
admin  events               x    x    x      x      x      x      -      -     -     -
admin  registrations        x    x    x      x      -      x      -      -     -     -
admin  answer-templates     x    x    x      x      x      x      -      -     -     -
staff  organisations        x    x    x      x      x      x      x      -     -     -
staff  contacts             x    x    x      x      x      x      x      -     -     -
staff  users                x    x    -      -      -      -      -      -     -     -
staff  relays               x    x    -      -      -      x      -      -     -     -
staff  audit-events         x    x    -      -      -      x      -      -     -     -
staff  requests             x    x    x      x      -      x      -      -     -     -
staff  interactions         x    x    x      -      -      x      -      -     -     -
staff  cases                x    x    x      x      -      x      -      -     -     -
staff  assignments          x    x    x      x      -      x      -      -     -     -
staff  notifications        x    x    -      x      -      -      -      -     -     -
staff  queues               -    -    -      -      -      -      -      -     -     -
staff  reports              -    x    -      -      -      x      -      -     -     -
staff  personal-data-reads  -    -    -      -      -      -      -      -     -     -
staff  events               x    x    x      x      x      x      -      -     -     -
staff  registrations        x    x    x      x      -      x      -      -     -     -
staff  answer-templates     x    x    -      -      -      x      -      -     -     -
relay  organisations        x    x    -      -      -      -      -      -     -     -
relay  contacts             x    x    -      -      -      -      -      -     -     -
relay  users                -    -    -      -      -      -      -      -     -     -
relay  relays               -    -    -      -      -      -      -      -     -     -
relay  audit-events         -    -    -      -      -      -      -      -     -     -
relay  requests             -    -    -      -      -      -      -      -     -     -
relay  interactions         x    x    x      -      -      -      -      -     -     -
relay  cases                x    x    -      x      -      -      -      -     -     -
relay  assignments          x    x    -      x      -      -      -      -     -     -
relay  notifications        x    x    -      x      -      -      -      -     -     -
relay  queues               -    -    -      -      -      -      -      -     -     -
relay  reports              -    -    -      -      -      -      -      -     -     -
relay  personal-data-reads  -    -    -      -      -      -      -      -     -     -
relay  events               x    x    x      x      -      -      -      -     -     -
relay  registrations        x    x    x      x      -      -      -      -     -     -
relay  answer-templates     -    -    -      -      -      -      -      -     -     -
`;

const [header, ...lines] = MATRIX.trim()
  .split('\n')
  .map((line) => line.split(/\s+/));
const ACTIONS = header.slice(2) as Action[];
const CELLS = lines.flatMap(([role, resource, ...marks]) =>
  marks.map((mark, index) => ({ role: role as Role, resource: resource as Resource, action: ACTIONS[index], allowed: mark === 'x' })),
);

describe('permissions', () => {
  it('has a written-out cell for every role × resource × action (3 × 16 × 10)', () => {
    expect(ACTIONS).toEqual(['list', 'read', 'create', 'update', 'delete', 'export', 'import', 'merge', 'erase', 'publish']);
    expect(CELLS).toHaveLength(480);
    for (const role of ROLES) {
      const resources = new Set(CELLS.filter((cell) => cell.role === role).map((cell) => cell.resource));
      expect(resources.size).toBe(16);
      for (const resource of Object.keys(PERMISSIONS[role])) expect(resources).toContain(resource);
    }
  });

  it('allows exactly the cells marked x', () => {
    const wrong = CELLS.filter(({ role, resource, action, allowed }) => can(role, action, resource) !== allowed);
    expect(wrong).toEqual([]);
  });

  it('lets only the coordination merge organisations, erase people and publish key figures', () => {
    const irreversible = CELLS.filter(({ action, allowed }) => allowed && ['merge', 'erase', 'publish', 'delete'].includes(action));
    expect(irreversible.filter(({ role }) => role === 'relay')).toEqual([]);
    expect(irreversible.filter(({ action, role }) => action !== 'delete' && role !== 'admin')).toEqual([]);
  });
});

describe('relay view', () => {
  it.each([
    ['organisations', 'id createdAt updatedAt version name acronym type departement postcode city address website email phone zones'],
    ['contacts', 'id createdAt updatedAt version organisationId firstName lastName function email phone erasedAt'],
    [
      'cases',
      'id createdAt updatedAt version reference organisationId contactId projectTitle projectSummary countries zones sdgs adviserId site stage ' +
        'status outcome nextFollowUpAt fundingSoughtEur fundingObtainedEur funders openedAt closedAt',
    ],
    ['case-advisers', 'fullName email site'],
    ['stage-changes', 'id caseId fromStage toStage changedById changedAt'],
    ['interactions', 'id createdAt updatedAt version requestId caseId kind authorId occurredAt minutesSpent body'],
    [
      'assignments',
      'id createdAt updatedAt version caseId relayId status declineReason assignedById assignedAt acknowledgedAt acknowledgedById completedAt caseReference projectTitle',
    ],
    ['notifications', 'id createdAt userId occurrenceId rule entity entityId message readAt emailedAt emailError'],
  ] as const)('shows a relay these fields of %s, no other', (view, fields) => {
    expect(RELAY_FIELDS[view]).toEqual(fields.split(' '));
  });

  it('keeps only the allowed fields of a record, never the team’s notes', () => {
    const contact = { id: 1, firstName: 'Awa', lastName: 'Diallo', email: 'a@x.test', notes: 'interne', newsletterConsentAt: '2024-01-01' };
    expect(relayViewOf('contacts', contact)).toEqual({ id: 1, firstName: 'Awa', lastName: 'Diallo', email: 'a@x.test' });
    expect(relayViewOf('case-advisers', { id: 4, fullName: 'Léa Martin', email: 'l@x.test', role: 'staff' })).toEqual({
      fullName: 'Léa Martin',
      email: 'l@x.test',
    });
  });

  it('never lets a relay see an organisation’s notes, tags or membership', () => {
    expect(RELAY_FIELDS.organisations.filter((field) => ['notes', 'tags', 'membership'].includes(field))).toEqual([]);
  });
});

describe('relayMayRead', () => {
  it('allows exactly the fields of the view’s allow-list', () => {
    expect(relayMayRead('organisations', 'name')).toBe(true);
    expect(relayMayRead('organisations', 'membership')).toBe(false);
    expect(relayMayRead('contacts', 'newsletterConsentAt')).toBe(false);
    expect(relayMayRead('organisations', 'notes')).toBe(false);
    expect(relayMayRead('cases', 'contactId')).toBe(true);
    expect(relayMayRead('cases', 'stage')).toBe(true);
  });
});
