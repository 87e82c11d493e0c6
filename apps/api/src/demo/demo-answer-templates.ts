import type { EntityManager } from 'typeorm';
import { AnswerTemplate } from '../answer-templates';

/** The saved answers the advisers start from most often. */
export const DEMO_ANSWER_TEMPLATES: readonly Pick<AnswerTemplate, 'title' | 'body' | 'active'>[] = [
  {
    title: 'Accusé de réception détaillé',
    body:
      'Bonjour {{requesterName}},\n\n' +
      'Nous avons bien reçu votre demande « {{subject}} », enregistrée sous la référence {{reference}}. ' +
      '{{assigneeName}}, de l’antenne {{site}}, la suit et vous répondra au plus tard le {{dueAt}}.\n\n' +
      'Pour tout complément, répondez simplement à ce message en gardant la référence dans l’objet.\n\n' +
      'Bien cordialement,\nL’équipe RESACOOP',
    active: true,
  },
  {
    title: 'Orientation vers un financeur',
    body:
      'Bonjour {{requesterName}},\n\n' +
      'Pour votre projet (« {{subject}} »), le dispositif le plus adapté nous semble être celui de la Région ' +
      'Auvergne-Rhône-Alpes ou de l’Agence française de développement, selon son ampleur. ' +
      'Les appels à projets en cours sont sur notre site, rubrique « Financer son projet ».\n\n' +
      'Nous pouvons relire votre dossier avant son dépôt : il suffit de nous l’envoyer en répondant à ce message.\n\n' +
      'Bien cordialement,\n{{assigneeName}}\nRESACOOP, {{site}}',
    active: true,
  },
  {
    title: 'Demande de précisions',
    body:
      'Bonjour {{requesterName}},\n\n' +
      'Merci pour votre message (référence {{reference}}). Pour vous orienter au mieux, pourriez-vous nous préciser :\n' +
      '- la structure qui porte le projet et son statut ;\n' +
      '- le pays et la zone d’intervention ;\n' +
      '- le calendrier et le budget envisagés ?\n\n' +
      'Dès votre réponse, nous reprenons votre demande.\n\n' +
      'Bien cordialement,\n{{assigneeName}}\nRESACOOP, {{site}}',
    active: true,
  },
  {
    title: 'Invitation à un temps collectif (ancienne formule)',
    body:
      'Bonjour {{requesterName}},\n\n' +
      'Votre question rejoint celles de nombreuses structures : nous vous invitons à notre prochain atelier ' +
      '« Monter son projet de solidarité internationale ».\n\nBien cordialement,\nL’équipe RESACOOP',
    active: false,
  },
];

export async function seedDemoAnswerTemplates(tx: EntityManager): Promise<void> {
  await tx.save(
    AnswerTemplate,
    DEMO_ANSWER_TEMPLATES.map((data) => tx.create(AnswerTemplate, data)),
  );
}
