import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  TextField,
  useCanAccess,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/fields';
import { ChangesField, type ValueReferences } from './ChangesField';
import type { ValueLabels } from './formatValue';

const ACTIONS = [
  { id: 'create', name: 'resacoop.history.actions.create' },
  { id: 'update', name: 'resacoop.history.actions.update' },
  { id: 'delete', name: 'resacoop.history.actions.delete' },
  { id: 'merge', name: 'resacoop.history.actions.merge' },
  { id: 'erase', name: 'resacoop.history.actions.erase' },
];

interface HistoryProps {
  /** The audit trail's name for the record kind, in the singular: 'organisation', 'contact', 'user'. */
  entity: string;
  /** Labels of the record's coded fields, to show "Association / ONG" rather than "association". */
  labels?: ValueLabels;
  /** Fields pointing at other records (`organisationId: 'organisations'`), shown by name. */
  references?: ValueReferences;
}

/** A record's history: who changed what and when, newest first (`/api/audit-events`). */
export const History = ({ entity, labels, references }: HistoryProps) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'audit-events', action: 'list' });
  if (!record || !resource || !canAccess) return null;
  const empty = <Typography variant="body2">{translate('resacoop.history.empty')}</Typography>;
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={translate('resacoop.history.title')}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resacoop.history.title')}
      </Typography>
      <ReferenceManyField
        reference="audit-events"
        target="entityId"
        filter={{ entity }}
        sort={{ field: 'at', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={empty}
      >
        {/* The fixed `entity` filter would otherwise make an empty history read as "no match for your filters". */}
        <Datagrid bulkActionButtons={false} rowClick={false} empty={empty}>
          <DateTimeField source="at" />
          <ReferenceField source="actorId" reference="users" link={false} sortable={false} emptyText={translate('resacoop.history.system')}>
            <TextField source="fullName" />
          </ReferenceField>
          <SelectField source="action" choices={ACTIONS} sortable={false} />
          <ChangesField source="changes" of={resource} labels={labels} references={references} sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
