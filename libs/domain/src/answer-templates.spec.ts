import { fillAnswerTemplate, unknownPlaceholders } from './answer-templates';

const request = {
  requesterName: 'Awa Diallo',
  reference: 'DI-2026-0042',
  subject: 'Financement d’un projet au Sénégal',
  // 23:30 UTC on 31 December is already 1 January in Paris.
  dueAt: new Date('2026-12-31T23:30:00Z'),
  site: 'clermont' as const,
  assigneeName: 'Julien Martin',
};

describe('fillAnswerTemplate', () => {
  it('puts every field of the request in place of its placeholder', () => {
    const body =
      'Bonjour {{requesterName}},\nVotre demande {{reference}} ({{subject}}) sera traitée par {{assigneeName}} ' +
      'à {{site}} avant le {{dueAt}}.';
    expect(fillAnswerTemplate(body, request)).toBe(
      'Bonjour Awa Diallo,\nVotre demande DI-2026-0042 (Financement d’un projet au Sénégal) sera traitée par ' +
        'Julien Martin à Clermont-Ferrand avant le 01/01/2027.',
    );
  });
  it('fills a placeholder each time it appears, spaces inside the braces allowed', () => {
    expect(fillAnswerTemplate('{{reference}} / {{ reference }}', request)).toBe('DI-2026-0042 / DI-2026-0042');
  });
  it('leaves empty what the request lacks', () => {
    const bare = { ...request, requesterName: null, assigneeName: null, dueAt: null, site: 'lyon' as const };
    expect(fillAnswerTemplate('Bonjour {{requesterName}}, [{{assigneeName}}] [{{dueAt}}] {{site}}', bare)).toBe(
      'Bonjour , [] [] Lyon (siège)',
    );
  });
  it('leaves an unknown placeholder and other braces as written', () => {
    expect(fillAnswerTemplate('{{telephone}} {reference} {{}}', request)).toBe('{{telephone}} {reference} {{}}');
  });
});

describe('unknownPlaceholders', () => {
  it('accepts the known ones', () => {
    expect(unknownPlaceholders('{{requesterName}} {{ dueAt }} {{site}} {{assigneeName}} {{subject}} {{reference}}')).toEqual([]);
  });
  it('names each unknown one once, in order, including an empty one', () => {
    expect(unknownPlaceholders('{{telephone}} {{reference}} {{Subject}} {{telephone}} {{}}')).toEqual(['telephone', 'Subject', '']);
  });
  it('ignores single braces', () => {
    expect(unknownPlaceholders('{telephone} et { reference }')).toEqual([]);
  });
});
