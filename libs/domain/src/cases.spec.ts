import { allowsAssignmentMove, makesAssignmentMove } from './cases';

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
