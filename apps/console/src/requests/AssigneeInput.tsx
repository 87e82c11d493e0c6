import type { SxProps, Theme } from '@mui/material';
import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** Active team members (staff and administrators) may be assigned a request. */
export const ASSIGNABLE_USERS = { active: true, role: ['staff', 'admin'] };

const byName = (text: string) => (text.trim() ? { q: text.trim() } : {});

/** A team member picked by name. Give `source` on the element itself when used as a list filter. */
export const AssigneeInput = ({ source = 'assigneeId', sx }: { source?: string; sx?: SxProps<Theme> }) => (
  <ReferenceInput source={source} reference="users" filter={ASSIGNABLE_USERS} sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput optionText="fullName" filterToQuery={byName} sx={sx} />
  </ReferenceInput>
);
