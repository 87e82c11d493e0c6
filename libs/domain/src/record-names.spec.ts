import { recordName } from './record-names';

describe('recordName', () => {
  it('names a kind of record in each language', () => {
    expect(recordName('case')).toEqual({ fr: 'Accompagnement', en: 'Support case' });
    expect(recordName('answer-template')).toEqual({ fr: 'Réponse type', en: 'Saved answer' });
  });

  it('calls a kind it does not know, or a name inherited by every object, a record', () => {
    expect(recordName('spaceship')).toEqual({ fr: 'Enregistrement', en: 'Record' });
    expect(recordName('toString')).toEqual({ fr: 'Enregistrement', en: 'Record' });
  });
});
