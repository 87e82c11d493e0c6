/**
 * Browser test of the e-mail channel on the request page: the thread, the answer by e-mail from
 * the desk (which may close the request), and the sanitised original of a received HTML message.
 * The console's harness runs the API without the worker: a sent answer stays queued here (its
 * sending is tested against the SMTP sink in tests/api/mail.spec.ts).
 */
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole();

describe('staff console: answering a request by e-mail', () => {
  it('answers by e-mail and closes in one step; the thread shows the answer', async () => {
    const stamp = String(Date.now());
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'email',
      topic: 'funding',
      subject: `Financement au Togo ${stamp}`,
      question: 'Quels bailleurs ?',
      requesterName: 'Awa Diallo',
      requesterEmail: `awa.${stamp}@example.org`,
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Aucun e-mail pour cette demande.').waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);

    const send = thread.getByRole('button', { name: 'Envoyer par e-mail' });
    expect(await send.isDisabled()).toBe(true);
    await thread.getByRole('textbox', { name: 'Réponse par e-mail' }).fill(`Voyez l’AFD et la Région ${stamp}.`);
    await thread.getByRole('checkbox', { name: 'Répondre et clore la demande' }).check();
    await send.click();

    await thread.getByText(`Envoyé à awa.${stamp}@example.org`, { exact: false }).waitFor();
    await thread.getByText(`Re: [${request.reference}] Financement au Togo ${stamp}`).waitFor();
    await thread.getByText('en attente d’envoi', { exact: false }).waitFor();
    const closed = await ui.apiGet<{ status: string; answer: string; firstResponseAt: string | null }>(`requests/${request.id}`);
    expect(closed).toMatchObject({ status: 'closed', answer: `Voyez l’AFD et la Région ${stamp}.` });
    expect(closed.firstResponseAt).not.toBeNull();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('offers no e-mail answer for a request without an address', async () => {
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'phone',
      topic: 'other',
      subject: `Appel ${Date.now()}`,
      question: 'Au téléphone.',
      requesterName: 'Sans Adresse',
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Aucun e-mail pour cette demande.').waitFor();
    expect(await thread.getByRole('button', { name: 'Envoyer par e-mail' }).count()).toBe(0);
  });
});
