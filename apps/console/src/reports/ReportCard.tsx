import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/** A titled card of the report, kept whole on a printed page. */
export const ReportCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card component="section" aria-label={title} variant="outlined" sx={{ breakInside: 'avoid' }}>
    <CardContent>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** The width of a chart on paper: half of an A4 page's width between 12 mm margins, less the card's padding. */
export const PRINTED_CHART_WIDTH = 330;

/** A chart and its table side by side on a wide screen and on paper, the table under the chart on a narrow screen. */
export const ChartBesideTable = ({ chart, table }: { chart: ReactNode; table: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
      gap: 2,
      alignItems: 'start',
      '@media print': { gridTemplateColumns: `${PRINTED_CHART_WIDTH}px minmax(0, 1fr)`, gap: 1 },
    }}
  >
    <Box sx={{ minWidth: 0 }}>{chart}</Box>
    <Box sx={{ minWidth: 0, overflowX: 'auto' }}>{table}</Box>
  </Box>
);
