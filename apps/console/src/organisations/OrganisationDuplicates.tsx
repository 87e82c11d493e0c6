import { Box, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useCanAccess, useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { DEPARTEMENT_LABELS } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { may, type Permissions } from '../providers/authProvider';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import { MergeButton } from './MergeButton';

/**
 * The organisations that are likely the same as this one (same SIRET or RNA, or a name alike), each
 * with why and a link; administrators can merge one into this page's organisation.
 */
export const OrganisationDuplicates = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  // The API lists duplicates to those who keep the directory: those who may edit it.
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'edit' });
  const { permissions } = usePermissions<Permissions>();
  const mayMerge = may(permissions, 'merge', 'organisations');
  const { data: duplicates = [] } = useQuery({
    queryKey: ['organisations', 'duplicates', record?.id, record?.version],
    queryFn: () => dataProvider.duplicatesOf(record!.id),
    enabled: Boolean(record) && canAccess === true,
  });
  if (!record || !canAccess) return null;
  const title = translate('resacoop.organisations.duplicates.title');
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {duplicates.length === 0 && <Typography variant="body2">{translate('resacoop.organisations.duplicates.none')}</Typography>}
      {duplicates.map(({ organisation, reasons }) => (
        <Stack
          key={organisation.id}
          direction="row"
          alignItems="center"
          justifyContent="space-between"
          gap={2}
          sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}
          data-testid="duplicate"
        >
          <Box>
            <Link to={`/organisations/${organisation.id}/show`}>
              {organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {[organisation.city, organisation.departement && DEPARTEMENT_LABELS[organisation.departement][locale], organisation.siret]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            <Stack direction="row" gap={0.5} sx={{ mt: 0.5 }}>
              {reasons.map((reason) => (
                <Chip key={reason} size="small" label={translate(`resacoop.organisations.duplicates.reasons.${reason}`)} />
              ))}
            </Stack>
          </Box>
          {mayMerge && (
            <MergeButton kept={{ id: Number(record.id), version: record.version, name: record.name }} duplicate={organisation} />
          )}
        </Stack>
      ))}
    </Box>
  );
};
