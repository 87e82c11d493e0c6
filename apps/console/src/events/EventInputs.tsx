import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  usePermissions,
} from 'react-admin';
import { DEPARTEMENT_LABELS, EVENT_KIND_LABELS, EVENT_ROLE_LABELS, EVENT_THEME_LABELS, SITE_LABELS } from '@resacoop/domain';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';
import { useSdgChoices } from '../cases/caseFields';
import { isRelayPortal, type Permissions } from '../providers/authProvider';

/** Searches organisations by name on the server, as the organisation input does. */
const byName = (text: string) => (text.trim() ? { q: text.trim() } : {});

const positive = [minValue(1)];
const notNegative = [minValue(0)];

/** The end comes after the start (the API says so too, this says it before sending). */
const endsAfterStart = (value: unknown, values: { startsAt?: unknown }) =>
  value && values.startsAt && new Date(String(value)) < new Date(String(values.startsAt)) ? 'resacoop.events.ends_before_start' : undefined;

/** In person, the département is required; online, it is optional. */
const placeRequired = (value: unknown, values: { online?: boolean }) => (value || values.online ? undefined : 'ra.validation.required');

/** The event form, shared by Create and Edit. A relay user's events are their relay's: no relay nor site to pick. */
export const EventInputs = () => {
  const { permissions } = usePermissions<Permissions>();
  const relayPortal = isRelayPortal(permissions);
  const kinds = useChoices(EVENT_KIND_LABELS);
  const roles = useChoices(EVENT_ROLE_LABELS);
  const themes = useChoices(EVENT_THEME_LABELS);
  const departements = useChoices(DEPARTEMENT_LABELS);
  const sites = useChoices(SITE_LABELS);
  const sdgs = useSdgChoices();
  return (
    <>
      <Section title="resacoop.events.sections.what">
        <TextInput source="title" validate={required()} />
        <SelectInput source="kind" choices={kinds} translateChoice={false} validate={required()} />
        <SelectInput source="role" choices={roles} translateChoice={false} validate={required()} />
        <SelectArrayInput source="themes" choices={themes} translateChoice={false} />
        <AutocompleteArrayInput source="sdgs" choices={sdgs} translateChoice={false} />
      </Section>
      <Section title="resacoop.events.sections.when">
        <DateTimeInput source="startsAt" validate={required()} />
        <DateTimeInput source="endsAt" validate={[required(), endsAfterStart]} />
      </Section>
      <Section title="resacoop.events.sections.where">
        <BooleanInput source="online" />
        <SelectInput source="departement" choices={departements} translateChoice={false} validate={placeRequired} />
        <TextInput source="address" />
      </Section>
      <Section title="resacoop.events.sections.who">
        <ReferenceArrayInput source="coOrganiserIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput filterToQuery={byName} optionText="name" />
        </ReferenceArrayInput>
        {!relayPortal && (
          <ReferenceInput source="relayId" reference="relays" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" />
          </ReferenceInput>
        )}
        {!relayPortal && <SelectInput source="site" choices={sites} translateChoice={false} />}
      </Section>
      <Section title="resacoop.events.sections.public" columns={3}>
        <NumberInput source="capacity" min={1} step={1} validate={positive} />
        <NumberInput source="headCount" min={0} step={1} validate={notNegative} helperText="resacoop.events.head_count_help" />
      </Section>
      <Section columns={1}>
        <TextInput source="publicDescription" multiline minRows={3} />
      </Section>
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === 'training' ? (
            <Section title="resacoop.events.sections.training">
              <NumberInput source="hours" min={0.25} step={0.5} />
              <TextInput source="trainer" />
            </Section>
          ) : null
        }
      </FormDataConsumer>
    </>
  );
};
