import { INTERACTION_KINDS, MANUAL_INTERACTION_KINDS, RESPONDING_INTERACTION_KINDS } from './interactions';

describe('interaction kinds', () => {
  it('lists the kinds of a timeline entry, those a person logs by hand, and those that answer the requester', () => {
    expect(INTERACTION_KINDS).toEqual(['note', 'call', 'email', 'meeting', 'status_change', 'stage_change']);
    expect(MANUAL_INTERACTION_KINDS).toEqual(['note', 'call', 'email', 'meeting']);
    // A note is written for the team: it is no exchange with the requester.
    expect(RESPONDING_INTERACTION_KINDS).toEqual(['call', 'email', 'meeting']);
  });
});
