import { Card, CardContent, Chip, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, NullableBooleanInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { REMINDER_RULE_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from '../common/fields';
import { useChoices } from '../common/locale';
import type { Notification } from './notificationTarget';
import { useOpenNotification } from './useOpenNotification';

const useFilters = () => {
  const rules = useChoices(REMINDER_RULE_LABELS);
  return [
    <NullableBooleanInput
      key="read"
      source="read"
      alwaysOn
      trueLabel="resacoop.notifications.read"
      falseLabel="resacoop.notifications.unread"
      nullLabel="resacoop.notifications.all"
    />,
    <SelectInput key="rule" source="rule" choices={rules} translateChoice={false} />,
  ];
};

/** Read or not, as a chip (an unread notification stands out). */
const ReadChip = ({ record }: { record: Notification }) => {
  const translate = useTranslate();
  return record.readAt ? (
    <Chip size="small" variant="outlined" label={translate('resacoop.notifications.read')} />
  ) : (
    <Chip size="small" color="primary" label={translate('resacoop.notifications.unread')} />
  );
};

/** No notification yet: a sentence under the page's title, not react-admin's empty page and its level-four heading. */
const NoNotification = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography>{translate('resacoop.notifications.none')}</Typography>
      </CardContent>
    </Card>
  );
};

/** The user's own notifications, newest first; a row opens the record it is about (and marks it read). */
export const NotificationList = () => {
  const openNotification = useOpenNotification();
  return (
    <List filters={useFilters()} empty={<NoNotification />} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <Datagrid
        rowClick={async (_id, _resource, record) => (await openNotification(record as Notification)) ?? false}
        bulkActionButtons={false}
        rowSx={(record) => ({ '& td': { fontWeight: record.readAt ? undefined : 600 } })}
      >
        <DateTimeField source="createdAt" />
        <TextField source="message" sortable={false} />
        <CodeField source="rule" labels={REMINDER_RULE_LABELS} sortable={false} />
        <FunctionField<Notification> source="read" sortable={false} render={(record) => <ReadChip record={record} />} />
      </Datagrid>
    </List>
  );
};
