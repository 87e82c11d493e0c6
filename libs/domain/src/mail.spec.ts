import { answerSubject, automatedMailReason, isKeptAttachment, referenceInSubject, threadIds } from './mail';

const headers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('referenceInSubject', () => {
  it('finds the reference anywhere in the subject, whatever its case', () => {
    expect(referenceInSubject('Re: [DI-2026-0042] Financement')).toBe('DI-2026-0042');
    expect(referenceInSubject('re: di-2026-12345')).toBe('DI-2026-12345');
  });
  it('ignores what only looks like one', () => {
    expect(referenceInSubject('Question sur AC-2026-0042')).toBeNull();
    expect(referenceInSubject('XDI-2026-0042')).toBeNull();
    expect(referenceInSubject('DI-26-0042')).toBeNull();
  });
});

describe('automatedMailReason', () => {
  const person = 'marie@example.org';
  it('lets a person through', () => {
    expect(automatedMailReason(headers({ 'auto-submitted': 'no', precedence: 'first-class' }), person)).toBeNull();
    expect(automatedMailReason(headers({ 'content-type': 'multipart/mixed; boundary="x"' }), person)).toBeNull();
  });
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'Auto-Submitted: auto-replied'],
    [{ precedence: 'Bulk' }, 'Precedence: bulk'],
    [{ precedence: 'auto_reply' }, 'Precedence: auto_reply'],
    [{ 'list-id': '<news.example.org>' }, 'List-Id'],
    [{ 'x-autoreply': 'yes' }, 'X-Autoreply'],
    [{ 'x-autorespond': 'yes' }, 'X-Autoreply'],
    [{ 'content-type': 'multipart/report; report-type=delivery-status' }, 'delivery status notification'],
  ])('names the robot in %p', (entries, reason) => {
    expect(automatedMailReason(headers(entries), person)).toBe(reason);
  });
  it('refuses bounces by their sender and mail without one', () => {
    expect(automatedMailReason(headers({}), 'MAILER-DAEMON@example.org')).toBe('sender MAILER-DAEMON@example.org');
    expect(automatedMailReason(headers({}), 'noreply@example.org')).toBe('sender noreply@example.org');
    expect(automatedMailReason(headers({}), null)).toBe('no sender');
  });
});

describe('threadIds', () => {
  it('reads In-Reply-To and References, once each, without brackets', () => {
    expect(threadIds('<a@x>', ['<b@x>', '<a@x>'])).toEqual(['a@x', 'b@x']);
    expect(threadIds(undefined, '<c@x> <d@x>')).toEqual(['c@x', 'd@x']);
    expect(threadIds('<e@x>', undefined)).toEqual(['e@x']);
    expect(threadIds(undefined, undefined)).toEqual([]);
    expect(threadIds('e@x', ['f@x'])).toEqual([]);
  });
});

describe('answerSubject', () => {
  it('puts the reference in once', () => {
    expect(answerSubject('DI-2026-0001', 'Financement')).toBe('Re: [DI-2026-0001] Financement');
    expect(answerSubject('DI-2026-0001', 'RE: Re: [DI-2026-0001] Financement')).toBe('Re: [DI-2026-0001] Financement');
  });
  it('strips every reply and forward prefix, however it is spelled, and nothing else', () => {
    const answer = (subject: string) => answerSubject('DI-2026-0001', subject);
    expect(answer('  RE : TR:Fw: FWD:  Financement  ')).toBe('Re: [DI-2026-0001] Financement');
    expect(answer('RE:TR: Financement')).toBe('Re: [DI-2026-0001] Financement');
    expect(answer('Pre: budget, re: calendrier')).toBe('Re: [DI-2026-0001] Pre: budget, re: calendrier');
  });
});

describe('isKeptAttachment', () => {
  it('keeps a known type under a fitting name', () => {
    expect(isKeptAttachment('Budget 2026.PDF', 'application/pdf')).toBe(true);
    expect(isKeptAttachment('photo.jpeg', 'image/JPEG')).toBe(true);
  });
  it('refuses unknown types, names that do not fit, and names without extension', () => {
    expect(isKeptAttachment('setup.exe', 'application/x-msdownload')).toBe(false);
    expect(isKeptAttachment('setup.exe', 'application/pdf')).toBe(false);
    expect(isKeptAttachment('budget.pdf', 'application/octet-stream')).toBe(false);
    expect(isKeptAttachment('budget', 'application/pdf')).toBe(false);
    expect(isKeptAttachment('budget.pdf.exe', 'application/pdf')).toBe(false);
  });
});
