import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { monthsOf, type KeyFigures, type MonthCount } from '@resacoop/domain';
import { useReportFormat } from './format';
import { ChartBesideTable, PRINTED_CHART_WIDTH, ReportCard } from './ReportCard';
import { usePrinting } from './usePrinting';

const countsByMonth = (months: string[], counts: MonthCount[]) => {
  const byMonth = new Map(counts.map((entry) => [entry.month, entry.count]));
  return months.map((month) => byMonth.get(month) ?? 0);
};

/** One series of a month-by-month card: its label (`resacoop.reports.monthly.<id>`) and its counts. */
export interface MonthlySeries {
  id: string;
  pick: (figures: KeyFigures) => MonthCount[];
}

/** Requests received and cases opened: the activity's months. */
export const ACTIVITY_MONTHS: readonly MonthlySeries[] = [
  { id: 'requests', pick: (figures) => figures.requests.byMonth },
  { id: 'cases', pick: (figures) => figures.cases.byMonth },
];

/** Some counts month by month over the period (empty months included), as a chart and a table, under `title` (a translation key). */
export const MonthlySection = ({
  figures,
  series,
  title: titleKey = 'resacoop.reports.monthly.title',
}: {
  figures: KeyFigures;
  series: readonly MonthlySeries[];
  title?: string;
}) => {
  const translate = useTranslate();
  const format = useReportFormat();
  const printing = usePrinting();
  const title = translate(titleKey);
  const months = monthsOf(figures.period.from, figures.period.to);
  const spansYears = figures.period.from.slice(0, 4) !== figures.period.to.slice(0, 4);
  const labels = months.map((month) => format.month(month, spansYears));
  const columns = series.map(({ id, pick }) => ({
    id,
    label: translate(`resacoop.reports.monthly.${id}`),
    counts: countsByMonth(months, pick(figures)),
  }));
  return (
    <ReportCard title={title}>
      <ChartBesideTable
        chart={
          <BarChart
            width={printing ? PRINTED_CHART_WIDTH : undefined}
            height={320}
            xAxis={[{ scaleType: 'band', data: labels }]}
            yAxis={[{ tickMinStep: 1 }]}
            series={columns.map(({ label, counts }) => ({ data: counts, label }))}
            skipAnimation
          />
        }
        table={
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resacoop.reports.monthly.month')}</TableCell>
                {columns.map(({ id, label }) => (
                  <TableCell key={id} align="right">
                    {label}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {months.map((month, index) => (
                <TableRow key={month}>
                  <TableCell>{format.month(month, true)}</TableCell>
                  {columns.map(({ id, counts }) => (
                    <TableCell key={id} align="right">
                      {format.count(counts[index])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        }
      />
    </ReportCard>
  );
};
