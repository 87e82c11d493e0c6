/**
 * Browser test of saved answers: coordination writes one on its page (an unknown placeholder
 * refused on the field), and an adviser answers a request by e-mail starting from it, the text
 * filled with the request's fields and edited before sending. Without SMTP_URL the worker only
 * logs what it sends (the sending is tested against the SMTP sink in tests/api/mail.spec.ts).
 */
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole();

describe('saved answers', () => {
  it('are written by coordination and start an adviser’s e-mail answer, filled with the request', async () => {
    const stamp = String(Date.now());
    const title = `Orientation Togo ${stamp}`;
    await ui.logIn('admin@resacoop.test');
    await ui.page.getByRole('menuitem', { name: 'Réponses types' }).click();
    await ui.page.waitForURL(/\/answer-templates$/);
    await ui.page.getByText('Accusé de réception détaillé').waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    await ui.page.getByRole('link', { name: 'Créer' }).click();
    await ui.page.waitForURL(/\/answer-templates\/create$/);
    await ui.page.locator('input[name="title"]').fill(title);
    const body = ui.page.locator('textarea[name="body"]');
    await body.fill('Bonjour {{requesterName}}, {{telephone}}');
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await ui.page.getByText('champs inconnus : {{telephone}}', { exact: false }).waitFor();
    expect(ui.page.url()).toMatch(/\/answer-templates\/create$/);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    await body.fill('Bonjour {{requesterName}},\nvotre demande {{reference}} ({{subject}}) est suivie à {{site}}.');
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await ui.page.getByText(`Réponse type « ${title} » enregistrée`, { exact: true }).waitFor();
    await ui.page.waitForURL(/\/answer-templates$/);

    await ui.newSession();
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
    await thread.getByRole('combobox', { name: 'Partir d’une réponse type' }).selectOption({ label: title });
    const answer = thread.getByRole('textbox', { name: 'Réponse par e-mail' });
    expect(await answer.inputValue()).toBe(
      `Bonjour Awa Diallo,\nvotre demande ${request.reference} (Financement au Togo ${stamp}) est suivie à Lyon (siège).`,
    );
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    await answer.press('End');
    await answer.pressSequentially(' Voyez l’AFD.');
    await thread.getByRole('button', { name: 'Envoyer par e-mail' }).click();
    await thread.getByText(`Envoyé à awa.${stamp}@example.org`, { exact: false }).waitFor();
    const sent = await ui.apiGet<{ direction: string; text: string }[]>(`requests/${request.id}/mail-messages`);
    expect(sent.map((mail) => [mail.direction, mail.text])).toEqual([
      [
        'out',
        `Bonjour Awa Diallo,\nvotre demande ${request.reference} (Financement au Togo ${stamp}) est suivie à Lyon (siège). Voyez l’AFD.`,
      ],
    ]);
  });
});
