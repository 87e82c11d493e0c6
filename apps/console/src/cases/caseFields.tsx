import { Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { DateField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { CASE_OUTCOME_LABELS, CASE_STATUS_LABELS, SDG_LABELS, type CaseOutcome, type CaseStatus } from '@resacoop/domain';
import { useDomainLocale, useIntlLocale } from '../common/locale';
import { countryName } from './countries';
import { isFollowUpOverdue } from './casePayload';

const STATUS_COLORS: Record<CaseStatus, ChipProps['color']> = { open: 'primary', on_hold: 'warning', closed: 'default' };

/** The status as a chip, with the outcome once closed ("Clôturé · Financé"). */
export const CaseStatusChip = ({ size = 'small' }: { size?: ChipProps['size'] }) => {
  const record = useRecordContext();
  const locale = useDomainLocale();
  if (!record?.status) return null;
  const status = record.status as CaseStatus;
  const outcome = record.outcome ? CASE_OUTCOME_LABELS[record.outcome as CaseOutcome]?.[locale] : undefined;
  const label = [CASE_STATUS_LABELS[status]?.[locale] ?? status, outcome].filter(Boolean).join(' · ');
  return <Chip label={label} color={STATUS_COLORS[status]} size={size} variant={status === 'closed' ? 'outlined' : 'filled'} />;
};

export const CaseStatusField = (_props: FieldProps) => <CaseStatusChip />;

/** The next follow-up day, in red once past on an open case. */
export const FollowUpField = (_props: FieldProps) => {
  const record = useRecordContext();
  const locales = useIntlLocale();
  const translate = useTranslate();
  if (!record) return null;
  const overdue = isFollowUpOverdue(record);
  return (
    <Stack direction="row" alignItems="center" flexWrap="wrap" gap={0.5} component="span">
      <DateField
        source="nextFollowUpAt"
        locales={locales}
        options={{ dateStyle: 'short' }}
        emptyText="—"
        sx={{ whiteSpace: 'nowrap', ...(overdue ? { color: 'error.main', fontWeight: 600 } : {}) }}
      />
      {overdue && <Chip label={translate('resacoop.cases.follow_up_overdue')} color="error" size="small" />}
    </Stack>
  );
};

/** The project's countries, by name. */
export const CountriesField = (_props: FieldProps) => {
  const record = useRecordContext();
  const locale = useIntlLocale();
  const countries: string[] = Array.isArray(record?.countries) ? record.countries : [];
  if (countries.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5} component="span">
      {countries.map((code) => (
        <Chip key={code} label={countryName(code, locale)} size="small" variant="outlined" />
      ))}
    </Stack>
  );
};

/** The ODD as choices: "4. Éducation de qualité" (cases and events). */
export const useSdgChoices = () => {
  const locale = useDomainLocale();
  return Object.entries(SDG_LABELS).map(([sdg, label]) => ({ id: Number(sdg), name: `${sdg}. ${label[locale]}` }));
};

/** The ODD, numbered and named. */
export const SdgsField = (_props: FieldProps) => {
  const record = useRecordContext();
  const locale = useDomainLocale();
  const sdgs: number[] = Array.isArray(record?.sdgs) ? record.sdgs : [];
  if (sdgs.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5} component="span">
      {sdgs.map((sdg) => (
        <Chip key={sdg} label={`${sdg}. ${SDG_LABELS[sdg]?.[locale] ?? ''}`} size="small" color="success" variant="outlined" />
      ))}
    </Stack>
  );
};
