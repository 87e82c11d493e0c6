import { Edit, SaveButton, SelectArrayInput, TextInput, Toolbar, required } from 'react-admin';
import { DEPARTEMENT_LABELS } from '@resacoop/domain';
import { RecordForm } from '../common/RecordForm';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';
import { useSaveOptions } from '../common/saveOptions';
import { OrganisationInput } from '../contacts/OrganisationInput';
import { History } from '../history/History';
import { RELAY_FIELDS, RELAY_REFERENCES, RELAY_VALUE_LABELS, relayTransform } from './relayPayload';

/** Relays are not deleted from the console. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** A relay's name, its own organisation and the départements it covers (which pick the default relay of a case). */
export const RelayEdit = () => {
  const saveOptions = useSaveOptions('list');
  const departements = useChoices(DEPARTEMENT_LABELS);
  return (
    <Edit mutationMode="pessimistic" transform={relayTransform.edit} mutationOptions={saveOptions} aside={undefined}>
      <RecordForm fields={RELAY_FIELDS} toolbar={<EditToolbar />}>
        <Section>
          <TextInput source="name" validate={required()} />
          <OrganisationInput validate={required()} />
          <SelectArrayInput source="departements" choices={departements} translateChoice={false} validate={required()} />
        </Section>
        <History entity="relay" labels={RELAY_VALUE_LABELS} references={RELAY_REFERENCES} />
      </RecordForm>
    </Edit>
  );
};
