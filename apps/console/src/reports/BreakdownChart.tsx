import { BarChart } from '@mui/x-charts/BarChart';
import { PRINTED_CHART_WIDTH } from './ReportCard';
import { usePrinting } from './usePrinting';

const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 40;

/** A breakdown as horizontal bars, one per code (the counts are in the table beside it). */
export const BreakdownChart = ({ labels, counts, title }: { labels: string[]; counts: number[]; title: string }) => {
  const printing = usePrinting();
  return (
    <BarChart
      layout="horizontal"
      width={printing ? PRINTED_CHART_WIDTH : undefined}
      height={AXIS_HEIGHT + ROW_HEIGHT * labels.length}
      // On screen the labels' column is as wide as the longest label ("Afrique subsaharienne et océan Indien"), never cut.
      yAxis={[{ scaleType: 'band', data: labels, width: printing ? 130 : 'auto' }]}
      xAxis={[{ tickMinStep: 1 }]}
      series={[{ data: counts, label: title }]}
      hideLegend
      // Printed or not, a chart must be complete when it is on the page, not midway through an animation.
      skipAnimation
    />
  );
};
