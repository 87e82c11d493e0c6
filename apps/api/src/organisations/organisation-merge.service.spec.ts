import { absorbedFields } from './organisation-merge.service';
import { Organisation } from './organisation.entity';

const organisation = (fields: Partial<Organisation>): Organisation =>
  Object.assign(new Organisation(), {
    name: 'Amis du Sénégal',
    acronym: null,
    type: 'association',
    siret: null,
    rna: null,
    departement: null,
    postcode: null,
    city: null,
    address: null,
    website: null,
    email: null,
    phone: null,
    membership: 'none',
    zones: [],
    tags: [],
    notes: null,
    ...fields,
  });

describe('what a kept organisation takes from the one it absorbs', () => {
  it('fills only its blanks, never overwriting what it holds', () => {
    const kept = organisation({ city: 'Valence', email: 'contact@amis.example.org' });
    const absorbed = organisation({
      name: 'Autre nom',
      type: 'company',
      city: 'Die',
      email: 'autre@example.org',
      acronym: 'AAS',
      rna: 'W261234567',
    });
    expect(absorbedFields(kept, absorbed)).toEqual({ acronym: 'AAS', rna: 'W261234567' });
  });

  it('keeps every zone and tag of both, its own first, once each', () => {
    const kept = organisation({ zones: ['france'], tags: ['eau'] });
    const absorbed = organisation({ zones: ['maghreb', 'france'], tags: ['eau', 'santé'] });
    expect(absorbedFields(kept, absorbed)).toEqual({ zones: ['france', 'maghreb'], tags: ['eau', 'santé'] });
    expect(absorbedFields(absorbed, organisation({ zones: ['france'], tags: ['santé'] }))).toEqual({});
  });

  it('appends the other notes, and takes a membership only over none', () => {
    expect(absorbedFields(organisation({ notes: 'A' }), organisation({ notes: 'B', membership: 'adherent' }))).toEqual({
      notes: 'A\n\nB',
      membership: 'adherent',
    });
    expect(
      absorbedFields(organisation({ notes: 'A', membership: 'associate' }), organisation({ notes: 'A', membership: 'adherent' })),
    ).toEqual({});
    expect(absorbedFields(organisation({}), organisation({ notes: 'B' }))).toEqual({ notes: 'B' });
  });
});
