import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  RecordContextProvider,
  ReferenceField,
  TextField,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { STAGE_LABELS, type Stage } from '@resacoop/domain';
import { DateTimeField } from '../common/fields';
import { useDomainLocale } from '../common/locale';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/** Every move along the project cycle: from, to, who (for the team), when (`GET /api/cases/{id}/stage-history`). */
export const StageHistory = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const { canAccess: showAuthor = false } = useCanAccess({ resource: 'users', action: 'show' });
  const { data: changes = [] } = useQuery({
    queryKey: ['cases', 'stageHistory', record?.id, record?.version],
    queryFn: () => dataProvider.stageHistory(record!.id),
    enabled: Boolean(record),
  });
  if (!record) return null;
  const label = (stage: Stage | null) => (stage ? (STAGE_LABELS[stage]?.[locale] ?? stage) : '—');
  const newestFirst = [...changes].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <Box component="section" aria-label={translate('resacoop.cases.stage_history')} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resacoop.cases.stage_history')}
      </Typography>
      {newestFirst.length === 0 && <Typography variant="body2">{translate('resacoop.cases.no_stage_change')}</Typography>}
      <List dense disablePadding>
        {newestFirst.map((change, index) => (
          <RecordContextProvider key={`${change.changedAt}-${index}`} value={change}>
            <ListItem disableGutters divider>
              <ListItemText
                primary={change.fromStage ? `${label(change.fromStage)} → ${label(change.toStage)}` : label(change.toStage)}
                secondary={
                  <Box component="span" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                    <DateTimeField source="changedAt" />
                    {showAuthor && change.changedById && (
                      <ReferenceField source="changedById" reference="users" link={false}>
                        <TextField source="fullName" />
                      </ReferenceField>
                    )}
                  </Box>
                }
                slotProps={{ secondary: { component: 'span' } }}
              />
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
    </Box>
  );
};
