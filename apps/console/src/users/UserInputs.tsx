import { BooleanInput, FormDataConsumer, PasswordInput, ReferenceInput, SelectInput, TextInput, email, required } from 'react-admin';
import { ROLE_LABELS, SITE_LABELS } from '@resacoop/domain';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';

/** A staff user works at a site; a relay user belongs to a relay. */
const RoleInputs = ({ role }: { role: unknown }) => {
  const sites = useChoices(SITE_LABELS);
  if (role === 'staff') return <SelectInput source="site" choices={sites} translateChoice={false} validate={required()} />;
  if (role === 'relay') {
    return (
      <ReferenceInput source="relayId" reference="relays" sort={{ field: 'id', order: 'ASC' }}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
    );
  }
  return null;
};

/** The user form, shared by Create and Edit (where the password is optional). */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const roles = useChoices(ROLE_LABELS);
  return (
    <Section>
      <TextInput source="fullName" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} />
      <SelectInput source="role" choices={roles} translateChoice={false} validate={required()} />
      <FormDataConsumer<{ role?: string }>>{({ formData }) => <RoleInputs role={formData.role} />}</FormDataConsumer>
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={mode === 'create' ? required() : undefined}
        helperText={mode === 'edit' ? 'resacoop.users.password_help_edit' : false}
      />
      {mode === 'edit' && <BooleanInput source="active" />}
      <BooleanInput source="dailyDigest" helperText="resacoop.preferences.daily_digest_help" />
    </Section>
  );
};
