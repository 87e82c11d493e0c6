/**
 * Words that many organisations of the region share in their names (the region, its départements
 * and main towns, the kinds of public bodies and groupings), in the form of the name key: lower
 * case, without accents. Two names alike only through them ("Afdi Auvergne-Rhône-Alpes" and
 * "Région Auvergne-Rhône-Alpes") are not the same organisation: the duplicate finder compares what
 * is left of the names once they are set aside.
 */
export const COMMON_NAME_WORDS: readonly string[] = [
  // The region and its usual spellings.
  'auvergne',
  'rhone',
  'alpes',
  'aura',
  'ara',
  // Départements and main towns.
  'ain',
  'allier',
  'ardeche',
  'cantal',
  'drome',
  'isere',
  'loire',
  'haute',
  'puy',
  'dome',
  'savoie',
  'lyon',
  'clermont',
  'ferrand',
  'grenoble',
  'saint',
  'etienne',
  'valence',
  'annecy',
  'chambery',
  'metropole',
  // Public bodies and groupings.
  'region',
  'regional',
  'regionale',
  'departement',
  'departemental',
  'departementale',
  'prefecture',
  'ville',
  'commune',
  'mairie',
  'conseil',
  'communaute',
  'agglomeration',
  'chambre',
  'federation',
  'union',
  'reseau',
  'collectif',
  'comite',
  'france',
];
