import { diff } from './audit-trail';

describe('audit diff', () => {
  it('keeps only the fields that changed, dates as ISO text', () => {
    const before = { name: 'A', city: 'Lyon', tags: ['x'], updatedAt: new Date(1), consentAt: new Date('2024-01-01T00:00:00Z') };
    const after = { name: 'A', city: 'Riom', tags: ['x', 'y'], updatedAt: new Date(2), consentAt: null };
    expect(diff(before, after)).toEqual({
      before: { city: 'Lyon', tags: ['x'], consentAt: '2024-01-01T00:00:00.000Z' },
      after: { city: 'Riom', tags: ['x', 'y'], consentAt: null },
    });
  });

  it('never records a password hash', () => {
    expect(diff({ passwordHash: 'a' }, { passwordHash: 'b' })).toEqual({ before: {}, after: {} });
  });

  it('tells that a password was written, never its hash', () => {
    expect(diff({ fullName: 'A' }, { fullName: 'A' }, { passwordHash: '$argon2id$new' })).toEqual({
      before: { passwordChanged: false },
      after: { passwordChanged: true },
    });
  });
});
