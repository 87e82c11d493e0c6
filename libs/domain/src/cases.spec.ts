import { allowsAssignmentMove, LIVE_ASSIGNMENT_STATUSES, makesAssignmentMove, SDG_LABELS, SDGS } from './cases';

describe('case reference lists', () => {
  it('tags cases with the 17 Sustainable Development Goals', () => {
    expect(SDGS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(SDG_LABELS[13].en).toBe('Climate action');
  });

  it('lets a relay see a case while its assignment is proposed or accepted', () => {
    expect(LIVE_ASSIGNMENT_STATUSES).toEqual(['proposed', 'accepted']);
  });
});

describe('assignment moves', () => {
  it('lets only the relay answer a proposal and only the team withdraw it; either completes', () => {
    expect(makesAssignmentMove('relay', 'accept')).toBe(true);
    expect(makesAssignmentMove('relay', 'decline')).toBe(true);
    expect(makesAssignmentMove('relay', 'withdraw')).toBe(false);
    for (const team of ['staff', 'admin'] as const) {
      expect(makesAssignmentMove(team, 'accept')).toBe(false);
      expect(makesAssignmentMove(team, 'decline')).toBe(false);
      expect(makesAssignmentMove(team, 'withdraw')).toBe(true);
      expect(makesAssignmentMove(team, 'complete')).toBe(true);
    }
    expect(makesAssignmentMove('relay', 'complete')).toBe(true);
  });

  it('withdraws only a proposal not yet answered', () => {
    expect(allowsAssignmentMove('proposed', 'withdraw')).toBe(true);
    expect(allowsAssignmentMove('accepted', 'withdraw')).toBe(false);
    expect(allowsAssignmentMove('withdrawn', 'accept')).toBe(false);
    expect(allowsAssignmentMove('accepted', 'decline')).toBe(true);
  });
});
