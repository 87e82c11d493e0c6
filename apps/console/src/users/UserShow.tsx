import { Box } from '@mui/material';
import { BooleanField, EmailField, ReferenceField, Show, TextField } from 'react-admin';
import { ROLE_LABELS, SITE_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { History } from '../history/History';
import { USER_VALUE_LABELS } from './userPayload';

const USER_REFERENCES = { relayId: 'relays' };

export const UserShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <FieldSection>
        <TextField source="fullName" />
        <EmailField source="email" />
        <CodeField source="role" labels={ROLE_LABELS} />
        <CodeField source="site" labels={SITE_LABELS} />
        <ReferenceField source="relayId" reference="relays" link={false} />
        <BooleanField source="active" />
        <BooleanField source="dailyDigest" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </FieldSection>
      <History entity="user" labels={USER_VALUE_LABELS} references={USER_REFERENCES} />
    </Box>
  </Show>
);
