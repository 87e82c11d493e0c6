import type { Departement, OrganisationType, RequestChannel, RequestTopic } from '@resacoop/domain';

/**
 * The words the generated directory, requests and cases are made of: French, with accents, so that
 * accent- and case-insensitive search has something to do. Weights skew the choices as a real
 * network's would (Lyon's metropolis dominates, associations outnumber everyone else).
 */

export interface Place {
  city: string;
  postcode: string;
  departement: Departement;
  weight: number;
}

export const PLACES: readonly Place[] = [
  { city: 'Lyon', postcode: '69007', departement: '69M', weight: 14 },
  { city: 'Villeurbanne', postcode: '69100', departement: '69M', weight: 6 },
  { city: 'Vénissieux', postcode: '69200', departement: '69M', weight: 3 },
  { city: 'Vaulx-en-Velin', postcode: '69120', departement: '69M', weight: 2 },
  { city: 'Villefranche-sur-Saône', postcode: '69400', departement: '69D', weight: 3 },
  { city: 'Tarare', postcode: '69170', departement: '69D', weight: 1 },
  { city: 'Grenoble', postcode: '38000', departement: '38', weight: 7 },
  { city: 'Échirolles', postcode: '38130', departement: '38', weight: 2 },
  { city: 'Vienne', postcode: '38200', departement: '38', weight: 1 },
  { city: 'Voiron', postcode: '38500', departement: '38', weight: 1 },
  { city: 'Saint-Étienne', postcode: '42000', departement: '42', weight: 5 },
  { city: 'Roanne', postcode: '42300', departement: '42', weight: 2 },
  { city: 'Montbrison', postcode: '42600', departement: '42', weight: 1 },
  { city: 'Valence', postcode: '26000', departement: '26', weight: 3 },
  { city: 'Romans-sur-Isère', postcode: '26100', departement: '26', weight: 2 },
  { city: 'Montélimar', postcode: '26200', departement: '26', weight: 1 },
  { city: 'Privas', postcode: '07000', departement: '07', weight: 1 },
  { city: 'Annonay', postcode: '07100', departement: '07', weight: 1 },
  { city: 'Aubenas', postcode: '07200', departement: '07', weight: 1 },
  { city: 'Clermont-Ferrand', postcode: '63000', departement: '63', weight: 7 },
  { city: 'Riom', postcode: '63200', departement: '63', weight: 1 },
  { city: 'Thiers', postcode: '63300', departement: '63', weight: 1 },
  { city: 'Issoire', postcode: '63500', departement: '63', weight: 1 },
  { city: 'Le Puy-en-Velay', postcode: '43000', departement: '43', weight: 2 },
  { city: 'Yssingeaux', postcode: '43200', departement: '43', weight: 1 },
  { city: 'Aurillac', postcode: '15000', departement: '15', weight: 2 },
  { city: 'Saint-Flour', postcode: '15100', departement: '15', weight: 1 },
  { city: 'Moulins', postcode: '03000', departement: '03', weight: 1 },
  { city: 'Montluçon', postcode: '03100', departement: '03', weight: 1 },
  { city: 'Vichy', postcode: '03200', departement: '03', weight: 1 },
  { city: 'Bourg-en-Bresse', postcode: '01000', departement: '01', weight: 2 },
  { city: 'Oyonnax', postcode: '01100', departement: '01', weight: 1 },
  { city: 'Chambéry', postcode: '73000', departement: '73', weight: 3 },
  { city: 'Albertville', postcode: '73200', departement: '73', weight: 1 },
  { city: 'Annecy', postcode: '74000', departement: '74', weight: 3 },
  { city: 'Annemasse', postcode: '74100', departement: '74', weight: 1 },
  { city: 'Thonon-les-Bains', postcode: '74200', departement: '74', weight: 1 },
  { city: 'Paris', postcode: '75011', departement: 'outside_region', weight: 1 },
];

/** Partner countries of the region's projects (ISO 3166-1 alpha-2), France for local work (ECSI). */
export const PARTNER_COUNTRIES: readonly { name: string; code: string; weight: number }[] = [
  { name: 'France', code: 'FR', weight: 14 },
  { name: 'Sénégal', code: 'SN', weight: 9 },
  { name: 'Burkina Faso', code: 'BF', weight: 8 },
  { name: 'Bénin', code: 'BJ', weight: 6 },
  { name: 'Mali', code: 'ML', weight: 5 },
  { name: 'Madagascar', code: 'MG', weight: 6 },
  { name: 'Cameroun', code: 'CM', weight: 4 },
  { name: 'Côte d’Ivoire', code: 'CI', weight: 4 },
  { name: 'Togo', code: 'TG', weight: 4 },
  { name: 'Niger', code: 'NE', weight: 2 },
  { name: 'Haïti', code: 'HT', weight: 3 },
  { name: 'Maroc', code: 'MA', weight: 4 },
  { name: 'Tunisie', code: 'TN', weight: 2 },
  { name: 'Algérie', code: 'DZ', weight: 2 },
  { name: 'Liban', code: 'LB', weight: 2 },
  { name: 'Palestine', code: 'PS', weight: 2 },
  { name: 'Arménie', code: 'AM', weight: 1 },
  { name: 'Ukraine', code: 'UA', weight: 1 },
  { name: 'Roumanie', code: 'RO', weight: 1 },
  { name: 'Vietnam', code: 'VN', weight: 2 },
  { name: 'Cambodge', code: 'KH', weight: 1 },
  { name: 'Inde', code: 'IN', weight: 1 },
  { name: 'Pérou', code: 'PE', weight: 2 },
  { name: 'Bolivie', code: 'BO', weight: 1 },
  { name: 'Équateur', code: 'EC', weight: 1 },
  { name: 'Colombie', code: 'CO', weight: 1 },
  { name: 'Québec (Canada)', code: 'CA', weight: 1 },
];

export const ORGANISATION_TYPE_WEIGHTS: readonly [OrganisationType, number][] = [
  ['association', 55],
  ['local_authority', 10],
  ['company', 6],
  ['school', 8],
  ['university', 3],
  ['hospital', 2],
  ['public_body', 3],
  ['private_body', 3],
  ['youth_education', 7],
  ['other', 3],
];

export const ASSOCIATION_PREFIXES = [
  'Association',
  'Collectif',
  'Comité de jumelage',
  'Les Amis de',
  'ONG',
  'Fédération',
  'Réseau',
  'Union',
  'Maison',
  'Les Ateliers',
];

/** "Solidarité" is one theme in fifteen: the search scenario looks for it without its accent. */
export const THEMES = [
  'Solidarité',
  'Eau Vive',
  'Santé pour tous',
  'Éducation sans frontières',
  'Agir ensemble',
  'Terre et Développement',
  'Coopération',
  'Entraide',
  'Échanges',
  'Avenir',
  'Femmes et Développement',
  'Jeunesse du monde',
  'Agroécologie',
  'Énergies partagées',
  'Culture et Partage',
];

export const SEARCH_FRAGMENT = 'solidarite';

export const PERSON_NAMES = [
  'Jean-Moulin',
  'Marie-Curie',
  'Jules-Ferry',
  'Simone-Veil',
  'Victor-Hugo',
  'Louise-Michel',
  'Aimé-Césaire',
  'Léopold-Sédar-Senghor',
  'Germaine-Tillion',
  'Lucie-Aubrac',
];

export const COMPANY_WORDS = ['Conseil', 'Ingénierie', 'Solaire', 'Import-Export', 'Bio', 'Numérique', 'Transports', 'Hydraulique'];

export const TAGS = ['ECSI', 'eau', 'santé', 'éducation', 'agriculture', 'jeunesse', 'migrations', 'climat', 'égalité femmes-hommes'];

export const FIRST_NAMES = [
  'Amélie',
  'Aïssatou',
  'Bérénice',
  'Chloé',
  'Fatou',
  'Hélène',
  'Inès',
  'Joséphine',
  'Léa',
  'Mariama',
  'Noémie',
  'Zoé',
  'Adrien',
  'Amadou',
  'Benoît',
  'Cédric',
  'Étienne',
  'François',
  'Jérôme',
  'Loïc',
  'Mamadou',
  'Noël',
  'Raphaël',
  'Timothée',
];

export const LAST_NAMES = [
  'Bérard',
  'Chevallier',
  'Diallo',
  'Dubœuf',
  'Fayolle',
  'Gaillard',
  'Gérard',
  'Koné',
  'Lefèvre',
  'Martin',
  'Mégevand',
  'N’Diaye',
  'Pélissier',
  'Rousset',
  'Sarr',
  'Traoré',
  'Vallée',
  'Zénon',
];

export const FUNCTIONS = ['Président·e', 'Trésorier·ère', 'Chargé·e de projets', 'Directeur·rice', 'Bénévole', 'Élu·e', 'Enseignant·e'];

export const CHANNEL_WEIGHTS: readonly [RequestChannel, number][] = [
  ['email', 40],
  ['phone', 34],
  ['event', 10],
  ['walk_in', 8],
  ['web_form', 6],
  ['other', 2],
];

/** Each subject belongs to one topic: choosing a subject chooses its topic, with these weights. */
export const SUBJECTS: readonly { subject: string; topic: RequestTopic; weight: number }[] = [
  { subject: 'Appels à projets de la Région', topic: 'funding', weight: 10 },
  { subject: 'Financement d’un projet d’eau potable', topic: 'funding', weight: 8 },
  { subject: 'Subvention AFD via le FRIO', topic: 'funding', weight: 6 },
  { subject: 'Cofinancement par une collectivité', topic: 'funding', weight: 6 },
  { subject: 'Rédaction d’un cadre logique', topic: 'project_design', weight: 7 },
  { subject: 'Montage d’un projet de santé', topic: 'project_design', weight: 6 },
  { subject: 'Étude de faisabilité', topic: 'project_design', weight: 5 },
  { subject: 'Recherche de partenaires au Sénégal', topic: 'partnership', weight: 5 },
  { subject: 'Jumelage avec une commune du Burkina Faso', topic: 'partnership', weight: 4 },
  { subject: 'Partenariat avec une université', topic: 'partnership', weight: 3 },
  { subject: 'Partir en volontariat de solidarité internationale', topic: 'volunteering', weight: 5 },
  { subject: 'Service civique à l’international', topic: 'volunteering', weight: 3 },
  { subject: 'Stage en ONG', topic: 'jobs_internships', weight: 4 },
  { subject: 'Offres d’emploi dans la solidarité internationale', topic: 'jobs_internships', weight: 4 },
  { subject: 'Animation ECSI en collège', topic: 'ecsi', weight: 4 },
  { subject: 'Festival des Solidarités : ressources', topic: 'ecsi', weight: 4 },
  { subject: 'Formation « Monter son projet »', topic: 'training', weight: 3 },
  { subject: 'Formation à la gestion de projet', topic: 'training', weight: 3 },
  { subject: 'Participation aux Assises régionales', topic: 'events', weight: 2 },
  { subject: 'Organisation d’une soirée-débat', topic: 'events', weight: 2 },
  { subject: 'Contacts d’associations actives au Bénin', topic: 'directory', weight: 2 },
  { subject: 'Acteurs de la coopération en Drôme', topic: 'directory', weight: 2 },
  { subject: 'Question diverse', topic: 'other', weight: 1 },
  { subject: 'Demande de documentation', topic: 'other', weight: 1 },
];

export const QUESTIONS = [
  'Nous souhaitons savoir à quels financements notre association peut prétendre pour un projet au Sénégal.',
  'Pouvez-vous nous aider à relire notre dossier avant le dépôt de la semaine prochaine ?',
  'Quelles sont les étapes pour monter un partenariat avec une école au Burkina Faso ?',
  'Je cherche des contacts d’associations qui travaillent sur l’accès à l’eau à Madagascar.',
  'Existe-t-il une formation à la gestion de projet de solidarité internationale cet automne ?',
  'Notre commune voudrait relancer un jumelage : par où commencer ?',
];

export const ANSWERS = [
  'Réponse envoyée avec la liste des appels à projets en cours et les dates limites.',
  'Rendez-vous proposé avec une chargée de mission pour relire le dossier.',
  'Orientation vers le relais départemental et envoi des ressources du réseau.',
  'Envoi de la fiche pratique « Monter son projet » et des contacts utiles.',
];

export const PROJECT_KINDS = [
  'Accès à l’eau potable',
  'Construction d’une école',
  'Maraîchage et agroécologie',
  'Centre de santé communautaire',
  'Formation professionnelle des jeunes',
  'Festival des Solidarités',
  'Électrification solaire',
  'Échanges scolaires',
  'Coopérative de femmes',
  'Gestion des déchets',
];

export const FUNDERS = [
  'Région Auvergne-Rhône-Alpes',
  'AFD',
  'Métropole de Lyon',
  'Fondation de France',
  'Ville de Grenoble',
  'Union européenne',
];

export const INTERACTION_BODIES = [
  'Appel de suivi : le porteur a avancé sur le budget prévisionnel.',
  'Relecture du dossier de financement, remarques envoyées par courriel.',
  'Rendez-vous à la Maison des solidarités : point sur les partenaires au Sud.',
  'Courriel reçu avec la nouvelle version du cadre logique.',
  'Échange téléphonique sur le calendrier de mise en œuvre.',
  'Note : le partenaire local a confirmé sa participation financière.',
];

export const DECLINE_REASONS = [
  'Pas de disponibilité ce trimestre',
  'Projet hors de notre territoire',
  'Déjà accompagné par un autre réseau',
];

/** Staff added to the demo's two advisers, so that assignments are spread over a team of about eleven. */
export const BENCH_STAFF: readonly { email: string; fullName: string; site: 'lyon' | 'clermont' }[] = [
  { email: 'bench-lyon-1@resacoop.test', fullName: 'Agathe Ménard', site: 'lyon' },
  { email: 'bench-lyon-2@resacoop.test', fullName: 'Bilal Haddad', site: 'lyon' },
  { email: 'bench-lyon-3@resacoop.test', fullName: 'Céline Rochas', site: 'lyon' },
  { email: 'bench-lyon-4@resacoop.test', fullName: 'Damien Fournier', site: 'lyon' },
  { email: 'bench-lyon-5@resacoop.test', fullName: 'Éloïse Berthet', site: 'lyon' },
  { email: 'bench-clermont-1@resacoop.test', fullName: 'Fabrice Chassaing', site: 'clermont' },
  { email: 'bench-clermont-2@resacoop.test', fullName: 'Gaëlle Vernière', site: 'clermont' },
  { email: 'bench-clermont-3@resacoop.test', fullName: 'Hugo Besse', site: 'clermont' },
];
