import { can } from './permissions';

describe('permissions', () => {
  it('keeps the directory closed to relay users', () => {
    expect(can('relay', 'list', 'organisations')).toBe(false);
    expect(can('relay', 'read', 'contacts')).toBe(false);
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
