import { LIVE_ASSIGNMENT_STATUSES, OPEN_REQUEST_STATUSES } from '@resacoop/domain';
import { sqlCodes } from './sql-lists';

describe('sqlCodes', () => {
  it('writes codes as the SQL text the statements and the partial indexes use', () => {
    expect(sqlCodes(OPEN_REQUEST_STATUSES)).toBe(`'new', 'in_progress', 'waiting'`);
    expect(sqlCodes(LIVE_ASSIGNMENT_STATUSES)).toBe(`'proposed', 'accepted'`);
    expect(sqlCodes(["o'clock"])).toBe(`'o''clock'`);
  });
});
