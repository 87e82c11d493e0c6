import { codesOf, type Labelled } from './labels';

export const SITE_LABELS = {
  lyon: { fr: 'Lyon (siège)', en: 'Lyon (head office)' },
  clermont: { fr: 'Clermont-Ferrand', en: 'Clermont-Ferrand' },
} as const satisfies Labelled<string>;
export type Site = keyof typeof SITE_LABELS;
export const SITES = codesOf(SITE_LABELS);

/**
 * Départements of Auvergne-Rhône-Alpes. Area 69 holds two authorities, kept apart because
 * the Métropole de Lyon is a GIP member of its own.
 */
export const DEPARTEMENT_LABELS = {
  '01': { fr: '01 Ain', en: '01 Ain' },
  '03': { fr: '03 Allier', en: '03 Allier' },
  '07': { fr: '07 Ardèche', en: '07 Ardèche' },
  '15': { fr: '15 Cantal', en: '15 Cantal' },
  '26': { fr: '26 Drôme', en: '26 Drôme' },
  '38': { fr: '38 Isère', en: '38 Isère' },
  '42': { fr: '42 Loire', en: '42 Loire' },
  '43': { fr: '43 Haute-Loire', en: '43 Haute-Loire' },
  '63': { fr: '63 Puy-de-Dôme', en: '63 Puy-de-Dôme' },
  '69D': { fr: '69 Département du Rhône', en: '69 Rhône (département)' },
  '69M': { fr: '69 Métropole de Lyon', en: '69 Lyon Metropolis' },
  '73': { fr: '73 Savoie', en: '73 Savoie' },
  '74': { fr: '74 Haute-Savoie', en: '74 Haute-Savoie' },
  outside_region: { fr: 'Hors région', en: 'Outside the region' },
} as const satisfies Labelled<string>;
export type Departement = keyof typeof DEPARTEMENT_LABELS;
export const DEPARTEMENTS = codesOf(DEPARTEMENT_LABELS);

export const ORGANISATION_TYPE_LABELS = {
  association: { fr: 'Association / ONG', en: 'Association / NGO' },
  local_authority: { fr: 'Collectivité territoriale', en: 'Local authority' },
  company: { fr: 'Entreprise', en: 'Company' },
  school: { fr: 'Établissement scolaire', en: 'School' },
  university: { fr: 'Université, enseignement supérieur', en: 'University, higher education' },
  hospital: { fr: 'Établissement de santé', en: 'Hospital' },
  public_body: { fr: 'Autre établissement public', en: 'Other public body' },
  private_body: { fr: 'Autre établissement privé', en: 'Other private body' },
  youth_education: { fr: 'Association jeunesse / éducation populaire', en: 'Youth / popular-education association' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Labelled<string>;
export type OrganisationType = keyof typeof ORGANISATION_TYPE_LABELS;
export const ORGANISATION_TYPES = codesOf(ORGANISATION_TYPE_LABELS);

export const MEMBERSHIP_LABELS = {
  gip_member: { fr: 'Membre du GIP', en: 'GIP member' },
  adherent: { fr: 'Adhérent', en: 'Adherent' },
  associate: { fr: 'Associé', en: 'Associate' },
  none: { fr: 'Aucune', en: 'None' },
} as const satisfies Labelled<string>;
export type Membership = keyof typeof MEMBERSHIP_LABELS;
export const MEMBERSHIPS = codesOf(MEMBERSHIP_LABELS);

export const ZONE_LABELS = {
  france: { fr: 'France', en: 'France' },
  sub_saharan_africa: { fr: 'Afrique subsaharienne et océan Indien', en: 'Sub-Saharan Africa & Indian Ocean' },
  maghreb: { fr: 'Maghreb', en: 'Maghreb' },
  middle_east: { fr: 'Moyen-Orient', en: 'Middle East' },
  asia: { fr: 'Asie', en: 'Asia' },
  latin_america: { fr: 'Amérique latine', en: 'Latin America' },
  north_america: { fr: 'Amérique du Nord', en: 'North America' },
  europe: { fr: 'Europe hors France', en: 'Europe outside France' },
  oceania: { fr: 'Océanie', en: 'Oceania' },
} as const satisfies Labelled<string>;
export type Zone = keyof typeof ZONE_LABELS;
export const ZONES = codesOf(ZONE_LABELS);

export const ROLE_LABELS = {
  admin: { fr: 'Coordination (admin)', en: 'Coordination (admin)' },
  staff: { fr: 'Équipe', en: 'Staff' },
  relay: { fr: 'Relais départemental', en: 'Departmental relay' },
} as const satisfies Labelled<string>;
export type Role = keyof typeof ROLE_LABELS;
export const ROLES = codesOf(ROLE_LABELS);
