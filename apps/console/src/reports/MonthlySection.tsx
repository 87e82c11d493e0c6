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

/** Requests received and cases opened, month by month over the period (empty months included). */
export const MonthlySection = ({ figures }: { figures: KeyFigures }) => {
  const translate = useTranslate();
  const format = useReportFormat();
  const printing = usePrinting();
  const title = translate('resacoop.reports.monthly.title');
  const months = monthsOf(figures.period.from, figures.period.to);
  const spansYears = figures.period.from.slice(0, 4) !== figures.period.to.slice(0, 4);
  const labels = months.map((month) => format.month(month, spansYears));
  const requests = countsByMonth(months, figures.requests.byMonth);
  const cases = countsByMonth(months, figures.cases.byMonth);
  const requestsLabel = translate('resacoop.reports.monthly.requests');
  const casesLabel = translate('resacoop.reports.monthly.cases');
  return (
    <ReportCard title={title}>
      <ChartBesideTable
        chart={
          <BarChart
            width={printing ? PRINTED_CHART_WIDTH : undefined}
            height={320}
            xAxis={[{ scaleType: 'band', data: labels }]}
            yAxis={[{ tickMinStep: 1 }]}
            series={[
              { data: requests, label: requestsLabel },
              { data: cases, label: casesLabel },
            ]}
            skipAnimation
          />
        }
        table={
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resacoop.reports.monthly.month')}</TableCell>
                <TableCell align="right">{requestsLabel}</TableCell>
                <TableCell align="right">{casesLabel}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {months.map((month, index) => (
                <TableRow key={month}>
                  <TableCell>{format.month(month, true)}</TableCell>
                  <TableCell align="right">{format.count(requests[index])}</TableCell>
                  <TableCell align="right">{format.count(cases[index])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        }
      />
    </ReportCard>
  );
};
