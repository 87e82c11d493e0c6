import {
  AutocompleteArrayInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { CASE_OUTCOME_LABELS, CASE_STATUS_LABELS, SITE_LABELS, STAGE_LABELS } from '@resacoop/domain';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';
import { ContactInput } from '../contacts/ContactInput';
import { OrganisationInput } from '../contacts/OrganisationInput';
import { AssigneeInput } from '../requests/AssigneeInput';
import { useSdgChoices } from './caseFields';
import { useCountryChoices } from './countries';

const euros = [minValue(0)];

/** A case is held by an organisation or, for a private individual, by a contact: one of the two. */
const holderRequired = (value: unknown, values: { organisationId?: unknown; contactId?: unknown }) =>
  value || values.organisationId || values.contactId ? undefined : 'resacoop.cases.holder_required';

/** Open needs a next follow-up; closed needs an outcome, which only a closed case has. */
const StatusInputs = () => {
  const statuses = useChoices(CASE_STATUS_LABELS);
  const outcomes = useChoices(CASE_OUTCOME_LABELS);
  return (
    <Section title="resacoop.cases.sections.status">
      <SelectInput source="status" choices={statuses} translateChoice={false} validate={required()} />
      <FormDataConsumer<{ status?: string }>>
        {({ formData }) =>
          formData.status === 'closed' ? (
            <SelectInput source="outcome" choices={outcomes} translateChoice={false} validate={required()} />
          ) : null
        }
      </FormDataConsumer>
    </Section>
  );
};

/** The case form, shared by Create and Edit (which adds the status and outcome). */
export const CaseInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const sites = useChoices(SITE_LABELS);
  const stages = useChoices(STAGE_LABELS);
  const countries = useCountryChoices();
  const sdgs = useSdgChoices();
  return (
    <>
      <Section title="resacoop.cases.sections.holder" help="resacoop.cases.holder_help">
        <OrganisationInput validate={holderRequired} />
        <ContactInput validate={holderRequired} />
      </Section>
      <Section title="resacoop.cases.sections.project" columns={1}>
        <TextInput source="projectTitle" validate={required()} />
        <TextInput source="projectSummary" multiline minRows={3} />
      </Section>
      <Section title="resacoop.cases.sections.where">
        <AutocompleteArrayInput source="countries" choices={countries} translateChoice={false} />
        <AutocompleteArrayInput source="sdgs" choices={sdgs} translateChoice={false} />
      </Section>
      <Section title="resacoop.cases.sections.follow_up" columns={3}>
        <AssigneeInput source="adviserId" />
        <SelectInput source="site" choices={sites} translateChoice={false} />
        <SelectInput source="stage" choices={stages} translateChoice={false} />
        <FormDataConsumer<{ status?: string }>>
          {({ formData }) => (
            <DateInput source="nextFollowUpAt" validate={(formData.status ?? 'open') === 'open' ? required() : undefined} />
          )}
        </FormDataConsumer>
      </Section>
      {mode === 'edit' && <StatusInputs />}
      <Section title="resacoop.cases.sections.funding" columns={3}>
        <NumberInput source="fundingSoughtEur" min={0} step={1} validate={euros} />
        <NumberInput source="fundingObtainedEur" min={0} step={1} validate={euros} />
        <TextArrayInput source="funders" />
      </Section>
    </>
  );
};
