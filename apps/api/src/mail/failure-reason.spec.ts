import { failureReason } from './outbound.service';

describe('failureReason', () => {
  it('says the SMTP server’s answer when there is one, else the error', () => {
    const refused = Object.assign(new Error('Can’t send mail - all recipients were rejected: 550 Boîte pleine'), {
      response: '550 Boîte pleine',
    });
    expect(failureReason(refused)).toBe('550 Boîte pleine');
    expect(failureReason(new Error('connect ECONNREFUSED 127.0.0.1:25'))).toBe('connect ECONNREFUSED 127.0.0.1:25');
    expect(failureReason('timeout')).toBe('timeout');
  });

  it('never keeps a URL’s credentials, nor more than 500 characters', () => {
    const reason = failureReason(new Error('Invalid login at smtps://desk:s3cret@mail.example.org:465 (535)'));
    expect(reason).toBe('Invalid login at smtps://mail.example.org:465 (535)');
    expect(reason).not.toContain('s3cret');
    expect(failureReason(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});
