import { ReferenceField, SelectField, TextField, useResourceContext, useTranslate } from 'react-admin';
import { RecordLog } from '../common/RecordLog';
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
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!resource) return null;
  return (
    <RecordLog reference="audit-events" target="entityId" filter={{ entity }} title="resacoop.history.title" empty="resacoop.history.empty">
      <ReferenceField source="actorId" reference="users" link={false} sortable={false} emptyText={translate('resacoop.history.system')}>
        <TextField source="fullName" />
      </ReferenceField>
      <SelectField source="action" choices={ACTIONS} sortable={false} />
      <ChangesField source="changes" of={resource} labels={labels} references={references} sortable={false} />
    </RecordLog>
  );
};
