import { can, RELAY_FIELDS, relayViewOf } from './permissions';

describe('permissions', () => {
  it('lets relay users read, never change or export, the directory (scoped by the API to their cases)', () => {
    expect(can('relay', 'read', 'organisations')).toBe(true);
    expect(can('relay', 'update', 'organisations')).toBe(false);
    expect(can('relay', 'export', 'contacts')).toBe(false);
    expect(can('relay', 'list', 'requests')).toBe(false);
    expect(can('relay', 'create', 'cases')).toBe(false);
  });

  it('lets staff work the directory but not manage users', () => {
    expect(can('staff', 'update', 'organisations')).toBe(true);
    expect(can('staff', 'create', 'users')).toBe(false);
  });

  it('lets admins manage users and never rewrite the audit trail', () => {
    expect(can('admin', 'create', 'users')).toBe(true);
    expect(can('admin', 'delete', 'audit-events')).toBe(false);
  });
});

describe('relay view', () => {
  it('keeps only the allowed fields of a record, never the team’s notes', () => {
    const contact = { id: 1, firstName: 'Awa', lastName: 'Diallo', email: 'a@x.test', notes: 'interne', newsletterConsentAt: '2024-01-01' };
    expect(relayViewOf('contacts', contact)).toEqual({ id: 1, firstName: 'Awa', lastName: 'Diallo', email: 'a@x.test' });
  });

  it('never lets a relay see an organisation’s notes, tags or membership', () => {
    expect(RELAY_FIELDS.organisations.filter((field) => ['notes', 'tags', 'membership'].includes(field))).toEqual([]);
  });
});
