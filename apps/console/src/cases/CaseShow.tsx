import { Box, Grid, Typography } from '@mui/material';
import { EditButton, NumberField, Show, TextField, TopToolbar, usePermissions, useRecordContext, WithRecord } from 'react-admin';
import { FUNDING_NOT_ENTERED, ZONE_LABELS } from '@resacoop/domain';
import { ChipsField, DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { useDomainLocale, useIntlLocale } from '../common/locale';
import { History } from '../history/History';
import { isRelayPortal, type Permissions } from '../providers/authProvider';
import { ReplyBox } from '../timeline/ReplyBox';
import { Timeline } from '../timeline/Timeline';
import { CaseHeader } from './CaseHeader';
import { CountriesField, SdgsField } from './caseFields';
import { CASE_REFERENCES, CASE_VALUE_LABELS } from './casePayload';
import { RelayPanel } from './RelayPanel';
import { StageHistory } from './StageHistory';

/** Cases are closed, never deleted; a relay user works the stage, the follow-up and the timeline only. */
const Actions = ({ relayPortal }: { relayPortal: boolean }) => <TopToolbar>{!relayPortal && <EditButton />}</TopToolbar>;

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** An amount in euros; 0 (or none) is what the API keeps until one is entered: it says so. */
const Euros = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const locales = useIntlLocale();
  const locale = useDomainLocale();
  if (!record?.[source]) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {FUNDING_NOT_ENTERED[locale]}
      </Typography>
    );
  }
  return <NumberField source={source} locales={locales} options={{ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }} />;
};

/** The case page: header with stepper and follow-up; the timeline with its reply box; the project, the relay, the stage history. */
export const CaseShow = () => {
  const { permissions } = usePermissions<Permissions>();
  const relayPortal = isRelayPortal(permissions);
  return (
    <Show actions={<Actions relayPortal={relayPortal} />}>
      <Box sx={{ p: 2 }}>
        <CaseHeader />
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 7 }}>
            <FieldSection columns={1}>
              <TextField source="projectSummary" sx={pre} />
            </FieldSection>
            <WithRecord
              render={(record) => (
                <>
                  {record.status !== 'closed' && <ReplyBox caseId={record.id} />}
                  <Timeline caseId={record.id} />
                </>
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <FieldSection columns={1}>
              <CountriesField source="countries" />
              <ChipsField source="zones" labels={ZONE_LABELS} />
              <SdgsField source="sdgs" />
            </FieldSection>
            <FieldSection columns={2}>
              <Euros source="fundingSoughtEur" />
              <Euros source="fundingObtainedEur" />
            </FieldSection>
            <FieldSection columns={1}>
              <ChipsField source="funders" />
            </FieldSection>
            <FieldSection columns={2}>
              <DateTimeField source="openedAt" />
              <DateTimeField source="closedAt" />
              <DateTimeField source="updatedAt" />
            </FieldSection>
            <RelayPanel relayUser={relayPortal} />
            <StageHistory />
          </Grid>
        </Grid>
        <History entity="case" labels={CASE_VALUE_LABELS} references={CASE_REFERENCES} />
      </Box>
    </Show>
  );
};
