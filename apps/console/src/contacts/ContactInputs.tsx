import { DateTimeInput, TextInput, email, required } from 'react-admin';
import { Section } from '../common/layout';
import { toInstant } from '../common/payload';
import { OrganisationInput } from './OrganisationInput';

/** The contact form, shared by Create and Edit. */
export const ContactInputs = () => (
  <>
    <Section>
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <OrganisationInput />
      <TextInput source="function" />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="phone" type="tel" />
      <DateTimeInput source="newsletterConsentAt" parse={toInstant} />
    </Section>
    <TextInput source="notes" multiline minRows={3} />
  </>
);
