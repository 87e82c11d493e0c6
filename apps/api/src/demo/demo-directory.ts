import type { Departement, Membership, OrganisationType, Zone } from '@resacoop/domain';

/** Members of the GIP as the 2024 activity report lists them (the relays' own records come from the migration). */
export const GIP_MEMBERS: {
  name: string;
  acronym?: string;
  type: OrganisationType;
  departement: Departement;
  city: string;
  postcode: string;
}[] = [
  {
    name: 'Préfecture de région Auvergne-Rhône-Alpes',
    acronym: 'État',
    type: 'public_body',
    departement: '69M',
    city: 'Lyon',
    postcode: '69003',
  },
  { name: 'Région Auvergne-Rhône-Alpes', type: 'local_authority', departement: '69M', city: 'Lyon', postcode: '69002' },
  { name: 'Département de l’Allier', type: 'local_authority', departement: '03', city: 'Moulins', postcode: '03000' },
  { name: 'Département de l’Ardèche', type: 'local_authority', departement: '07', city: 'Privas', postcode: '07000' },
  { name: 'Département de l’Isère', type: 'local_authority', departement: '38', city: 'Grenoble', postcode: '38000' },
  { name: 'Métropole de Lyon', type: 'local_authority', departement: '69M', city: 'Lyon', postcode: '69003' },
  {
    name: 'Communauté d’agglomération Annemasse-Les Voirons',
    acronym: 'Annemasse Agglo',
    type: 'local_authority',
    departement: '74',
    city: 'Annemasse',
    postcode: '74100',
  },
  { name: 'Communauté de communes Faucigny-Glières', type: 'local_authority', departement: '74', city: 'Bonneville', postcode: '74130' },
  { name: 'Ville de Chambéry', type: 'local_authority', departement: '73', city: 'Chambéry', postcode: '73000' },
  { name: 'Ville de Clermont-Ferrand', type: 'local_authority', departement: '63', city: 'Clermont-Ferrand', postcode: '63000' },
  { name: 'Ville de Grenoble', type: 'local_authority', departement: '38', city: 'Grenoble', postcode: '38000' },
  { name: 'Hospices civils de Lyon', acronym: 'HCL', type: 'hospital', departement: '69M', city: 'Lyon', postcode: '69002' },
  {
    name: 'Université Grenoble Alpes',
    acronym: 'UGA',
    type: 'university',
    departement: '38',
    city: 'Saint-Martin-d’Hères',
    postcode: '38400',
  },
  {
    name: 'Université Clermont Auvergne',
    acronym: 'UCA',
    type: 'university',
    departement: '63',
    city: 'Clermont-Ferrand',
    postcode: '63000',
  },
  {
    name: 'Chambre de Métiers et de l’Artisanat Auvergne-Rhône-Alpes',
    acronym: 'CMA AURA',
    type: 'public_body',
    departement: '69M',
    city: 'Lyon',
    postcode: '69003',
  },
  {
    name: 'Agronomes et Vétérinaires sans Frontières',
    acronym: 'AVSF',
    type: 'association',
    departement: '69M',
    city: 'Lyon',
    postcode: '69007',
  },
  { name: 'Afdi Auvergne-Rhône-Alpes', acronym: 'Afdi AURA', type: 'association', departement: '69M', city: 'Lyon', postcode: '69009' },
  { name: 'Ardèche Drôme Ouro Sogui Sénégal', acronym: 'ADOS', type: 'association', departement: '26', city: 'Valence', postcode: '26000' },
  {
    name: 'Centre international d’études pour le développement local',
    acronym: 'CIEDEL',
    type: 'university',
    departement: '69M',
    city: 'Lyon',
    postcode: '69002',
  },
  { name: 'Institut Bioforce', acronym: 'Bioforce', type: 'private_body', departement: '69M', city: 'Vénissieux', postcode: '69200' },
  { name: 'Handicap International France', acronym: 'HI', type: 'association', departement: '69M', city: 'Lyon', postcode: '69007' },
  {
    name: 'Collectif des organisations de solidarité internationale issues des migrations',
    acronym: 'COSIM',
    type: 'association',
    departement: '69M',
    city: 'Lyon',
    postcode: '69001',
  },
  { name: 'Culture et développement', type: 'association', departement: '38', city: 'Grenoble', postcode: '38000' },
  { name: 'Forum Réfugiés', type: 'association', departement: '69M', city: 'Villeurbanne', postcode: '69100' },
  {
    name: 'Groupe Urgence-Réhabilitation-Développement',
    acronym: 'Groupe URD',
    type: 'association',
    departement: '26',
    city: 'Plaisians',
    postcode: '26170',
  },
  { name: 'Pays de Savoie solidaires', acronym: 'PSS', type: 'association', departement: '73', city: 'Chambéry', postcode: '73000' },
  {
    name: 'Auvergne Solidarités Internationales',
    acronym: 'AUSI',
    type: 'association',
    departement: '63',
    city: 'Clermont-Ferrand',
    postcode: '63000',
  },
  { name: 'Bioport', type: 'association', departement: '69M', city: 'Lyon', postcode: '69007' },
  { name: 'Ardèche Afrique Solidaires', type: 'association', departement: '07', city: 'Aubenas', postcode: '07200' },
  { name: 'TétraktyS', type: 'association', departement: '63', city: 'Clermont-Ferrand', postcode: '63000' },
];

/**
 * ADOS entered a second time, as happens when a request is logged in a hurry: its page and the
 * GIP member's list each other as likely duplicates, ready to be merged.
 */
export const DUPLICATE_ENTRIES: { name: string; type: OrganisationType; departement: Departement; city: string; postcode: string }[] = [
  { name: 'Association Ardeche-Drome Ouro Sogui Senegal', type: 'association', departement: '26', city: 'Valence', postcode: '26000' },
];

export const CITIES: Record<Exclude<Departement, 'outside_region'>, [string, string][]> = {
  '01': [
    ['Bourg-en-Bresse', '01000'],
    ['Oyonnax', '01100'],
    ['Ambérieu-en-Bugey', '01500'],
  ],
  '03': [
    ['Moulins', '03000'],
    ['Vichy', '03200'],
    ['Montluçon', '03100'],
  ],
  '07': [
    ['Privas', '07000'],
    ['Annonay', '07100'],
    ['Aubenas', '07200'],
  ],
  '15': [
    ['Aurillac', '15000'],
    ['Saint-Flour', '15100'],
  ],
  '26': [
    ['Valence', '26000'],
    ['Romans-sur-Isère', '26100'],
    ['Montélimar', '26200'],
    ['Die', '26150'],
  ],
  '38': [
    ['Grenoble', '38000'],
    ['Vienne', '38200'],
    ['Voiron', '38500'],
    ['Échirolles', '38130'],
  ],
  '42': [
    ['Saint-Étienne', '42000'],
    ['Roanne', '42300'],
    ['Montbrison', '42600'],
  ],
  '43': [
    ['Le Puy-en-Velay', '43000'],
    ['Yssingeaux', '43200'],
  ],
  '63': [
    ['Clermont-Ferrand', '63000'],
    ['Riom', '63200'],
    ['Thiers', '63300'],
    ['Issoire', '63500'],
  ],
  '69D': [
    ['Villefranche-sur-Saône', '69400'],
    ['Tarare', '69170'],
    ['Givors', '69700'],
  ],
  '69M': [
    ['Lyon', '69001'],
    ['Lyon', '69007'],
    ['Villeurbanne', '69100'],
    ['Vénissieux', '69200'],
    ['Vaulx-en-Velin', '69120'],
  ],
  '73': [
    ['Chambéry', '73000'],
    ['Albertville', '73200'],
    ['Aix-les-Bains', '73100'],
  ],
  '74': [
    ['Annecy', '74000'],
    ['Annemasse', '74100'],
    ['Thonon-les-Bains', '74200'],
  ],
};

/** Partner countries by world zone, for plausible names. */
export const PARTNER_PLACES: { zone: Zone; places: string[] }[] = [
  {
    zone: 'sub_saharan_africa',
    places: ['Burkina Faso', 'Sénégal', 'Mali', 'Bénin', 'Togo', 'Madagascar', 'Cameroun', 'Niger', 'Guinée', 'Côte d’Ivoire'],
  },
  { zone: 'maghreb', places: ['Maroc', 'Tunisie', 'Algérie'] },
  { zone: 'asia', places: ['Vietnam', 'Cambodge', 'Inde', 'Népal', 'Laos'] },
  { zone: 'latin_america', places: ['Haïti', 'Bolivie', 'Pérou', 'Brésil', 'Colombie'] },
  { zone: 'middle_east', places: ['Liban', 'Palestine', 'Arménie'] },
  { zone: 'europe', places: ['Roumanie', 'Moldavie', 'Ukraine', 'Pologne'] },
];

export const NAME_PATTERNS: { type: OrganisationType; pattern: (place: string, city: string) => string }[] = [
  { type: 'association', pattern: (place) => `Solidarité ${place}` },
  { type: 'association', pattern: (place, city) => `Les Amis de ${place} de ${city}` },
  { type: 'association', pattern: (place, city) => `Comité de jumelage ${city}–${place}` },
  { type: 'association', pattern: (place) => `Échanges et Partage ${place}` },
  { type: 'association', pattern: (place) => `Puits et écoles pour le ${place}` },
  { type: 'local_authority', pattern: (_, city) => `Commune de ${city}` },
  { type: 'company', pattern: (place, city) => `${city} Commerce Équitable ${place}` },
  { type: 'school', pattern: (_, city) => `Lycée agricole de ${city}` },
  { type: 'school', pattern: (_, city) => `Collège Jean-Moulin de ${city}` },
  { type: 'youth_education', pattern: (place, city) => `MJC de ${city} – chantier ${place}` },
  { type: 'youth_education', pattern: (_, city) => `Centre social et culturel de ${city}` },
  { type: 'hospital', pattern: (place, city) => `Centre hospitalier de ${city} – coopération ${place}` },
  { type: 'other', pattern: (place) => `Collectif citoyen ${place}` },
];

export const MEMBERSHIP_SPREAD: Membership[] = ['adherent', 'associate', 'none', 'none', 'none', 'none'];

export const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Fatou',
  'Aïcha',
  'Hélène',
  'Élodie',
  'Nathalie',
  'Sophie',
  'Thomas',
  'Lucas',
  'Hugo',
  'Mamadou',
  'Karim',
  'Youssef',
  'Antoine',
  'Julien',
  'François',
  'Benoît',
  'Jérôme',
  'Stéphane',
  'Mathéo',
  'Noé',
  'Zoé',
  'Amadou',
  'Ibrahima',
  'Céline',
];
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'Diallo',
  'Traoré',
  'Ndiaye',
  'Benali',
  'Nguyen',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Boyer',
  'Chevalier',
  'Girard',
  'Morel',
  'Fontaine',
  'Mercier',
];
export const FUNCTIONS = [
  'Président·e',
  'Trésorier·e',
  'Chargé·e de projets',
  'Directeur·rice',
  'Bénévole',
  'Chargé·e de mission coopération',
  'Élu·e aux relations internationales',
  'Coordinateur·rice',
];
