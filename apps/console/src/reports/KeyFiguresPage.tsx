import { Alert, Box, Stack, Typography } from '@mui/material';
import { PageLoading } from '../common/PageLoading';
import { HttpError, Title, usePermissions, useTranslate } from 'react-admin';
import { previousPeriod, yearOfPeriod, type KeyFigures } from '@resacoop/domain';
import { may, type Permissions } from '../providers/authProvider';
import { BreakdownSection, type ComparedFigures } from './BreakdownSection';
import { CASE_BREAKDOWNS, EVENT_BREAKDOWNS, REQUEST_BREAKDOWNS, THROUGH_RELAY_BY_ZONE } from './breakdowns';
import { useReportFormat } from './format';
import { HeadlineFigures } from './HeadlineFigures';
import { EVENT_HEADLINES } from './headlines';
import { ACTIVITY_MONTHS, MonthlySection } from './MonthlySection';
import { PeriodPicker } from './PeriodPicker';
import { NOT_PRINTED, PrintStyles } from './PrintStyles';
import { PublicationBanner } from './PublicationBanner';
import { RelayActivitySection } from './RelayActivitySection';
import { ExportKeyFiguresButton, PrintButton, PublishYearButton } from './ReportActions';
import { useKeyFigures } from './useKeyFigures';
import { currentYear, usePeriod } from './usePeriod';

/** The API's reasons for refusing a period, by field (`{ errors: { from, to } }` of a 400). */
const periodErrorsOf = (error: unknown) =>
  error instanceof HttpError && error.status === 400 ? ((error.body?.errors ?? {}) as { from?: string; to?: string }) : undefined;

/** What the events' headline numbers are set beside, as the first page's are. */
interface EventComparisons {
  live: KeyFigures | null;
  previous?: KeyFigures;
}

const SectionHeading = ({ title }: { title: string }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
    {title}
  </Typography>
);

/** The collective events' months: those of the events RESACOOP organised or co-organised. */
const EVENT_MONTHS = [{ id: 'events', pick: (figures: KeyFigures) => figures.events.byMonth }];

/** The breakdowns, charts beside tables: requests, then cases, month by month, relays; then the collective events. */
const Breakdowns = ({ figures, compared, live, previous }: { figures: KeyFigures; compared: ComparedFigures[] } & EventComparisons) => {
  const translate = useTranslate();
  return (
    <>
      <SectionHeading title={translate('resacoop.reports.sections.requests')} />
      {REQUEST_BREAKDOWNS.map((definition) => (
        <BreakdownSection key={definition.id} definition={definition} figures={figures} compared={compared} />
      ))}
      <SectionHeading title={translate('resacoop.reports.sections.cases')} />
      <BreakdownSection definition={THROUGH_RELAY_BY_ZONE} figures={figures} compared={compared} withShareLines />
      {CASE_BREAKDOWNS.map((definition) => (
        <BreakdownSection key={definition.id} definition={definition} figures={figures} compared={compared} />
      ))}
      <SectionHeading title={translate('resacoop.reports.sections.activity')} />
      <MonthlySection figures={figures} series={ACTIVITY_MONTHS} />
      <RelayActivitySection figures={figures} />
      <SectionHeading title={translate('resacoop.reports.sections.events')} />
      <Typography variant="body2" color="text.secondary">
        {translate('resacoop.reports.notes.events')}
      </Typography>
      <HeadlineFigures figures={figures} live={live} previous={previous} headlines={EVENT_HEADLINES} />
      {EVENT_BREAKDOWNS.map((definition) => (
        <BreakdownSection key={definition.id} definition={definition} figures={figures} compared={compared} />
      ))}
      <MonthlySection figures={figures} series={EVENT_MONTHS} title="resacoop.reports.monthly.events_title" />
    </>
  );
};

/**
 * "Chiffres clés": the annual report's key figures for any period, with charts and tables, the
 * previous period beside them on request, CSV export and print. A published year shows its frozen
 * figures, today's beside them where they have moved since.
 */
export const KeyFiguresPage = () => {
  const translate = useTranslate();
  const format = useReportFormat();
  const { permissions } = usePermissions<Permissions>();
  const { period, compare, setPeriod, setCompare } = usePeriod();
  const current = useKeyFigures(period);
  const view = current.data;
  const shown = view?.figures.period;
  const previous = useKeyFigures(compare && shown ? previousPeriod(shown.from, shown.to) : null);
  const year = shown ? yearOfPeriod(shown.from, shown.to) : null;
  // Only a year that is over can be frozen, and only once.
  const yearToPublish = may(permissions, 'publish', 'reports') && year !== null && year < currentYear() && view?.publication === null ? year : null;

  const compared: ComparedFigures[] = [
    ...(view?.live ? [{ title: translate('resacoop.reports.table.live'), figures: view.live }] : []),
    ...(compare && previous.data ? [{ title: format.period(previous.data.figures.period), figures: previous.data.figures }] : []),
  ];

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('resacoop.reports.title')} />
      <PrintStyles />
      <Stack className={NOT_PRINTED} direction="row" flexWrap="wrap" justifyContent="space-between" alignItems="flex-start" gap={2} sx={{ mb: 2 }}>
        <PeriodPicker
          period={period}
          onPeriodChange={setPeriod}
          compare={compare}
          onCompareChange={setCompare}
          errors={periodErrorsOf(current.error)}
        />
        <Stack direction="row" flexWrap="wrap" gap={1}>
          {yearToPublish !== null && <PublishYearButton year={yearToPublish} />}
          {may(permissions, 'export', 'reports') && <ExportKeyFiguresButton period={period} />}
          <PrintButton />
        </Stack>
      </Stack>
      {current.isPending ? (
        <PageLoading />
      ) : !view ? (
        <Alert severity="error">{translate('resacoop.reports.load_error')}</Alert>
      ) : (
        <Stack gap={2} sx={{ opacity: current.isPlaceholderData ? 0.5 : 1, transition: 'opacity 0.2s' }}>
          <Typography variant="h5" component="h1">
            {year !== null
              ? translate('resacoop.reports.heading_year', { year })
              : translate('resacoop.reports.heading_period', { period: format.period(view.figures.period) })}
          </Typography>
          {view.publication && <PublicationBanner publication={view.publication} liveDiffers={view.live !== null} />}
          <HeadlineFigures figures={view.figures} live={view.live} previous={compare ? previous.data?.figures : undefined} />
          <Breakdowns
            figures={view.figures}
            compared={compared}
            live={view.live}
            previous={compare ? previous.data?.figures : undefined}
          />
        </Stack>
      )}
    </Box>
  );
};
