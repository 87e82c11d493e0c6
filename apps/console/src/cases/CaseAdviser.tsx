import { Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { SITE_LABELS } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/**
 * Who follows the case at RESACOOP, for a relay user, who may not read users
 * (`GET /api/cases/{id}/adviser`: name, e-mail and site only).
 */
export const CaseAdviser = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const { data: adviser } = useQuery({
    queryKey: ['cases', record?.id, 'adviser'],
    queryFn: () => dataProvider.caseAdviser(record!.id),
    enabled: Boolean(record),
  });
  if (!adviser) return null;
  return (
    <Stack component="section" aria-label={translate('resacoop.cases.adviser')} sx={{ mt: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('resacoop.cases.adviser')}
      </Typography>
      <Typography variant="body2">
        {adviser.fullName} · <Link href={`mailto:${adviser.email}`}>{adviser.email}</Link>
        {adviser.site && ` · ${SITE_LABELS[adviser.site][locale]}`}
      </Typography>
    </Stack>
  );
};
