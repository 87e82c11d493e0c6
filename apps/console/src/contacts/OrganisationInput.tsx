import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

/** Searches organisations by name on the server (`filter={"q":…}`), accents and case ignored. */
const byName = (text: string) => (text.trim() ? { q: text.trim() } : {});

type OrganisationInputProps = Omit<ReferenceInputProps, 'reference' | 'children'>;

/**
 * An organisation picked by name. Give `source` on the element itself when used as a list
 * filter: react-admin's filter button reads it from there.
 */
export const OrganisationInput = ({ source = 'organisationId', ...props }: Partial<OrganisationInputProps>) => (
  <ReferenceInput source={source} reference="organisations" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput filterToQuery={byName} optionText="name" />
  </ReferenceInput>
);
