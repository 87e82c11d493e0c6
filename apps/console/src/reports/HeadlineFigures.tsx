import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { KeyFigures } from '@resacoop/domain';
import { useReportFormat } from './format';
import { HEADLINES, type Headline } from './headlines';

interface Comparisons {
  /** Today's figures of a published year, when they have moved since it was frozen. */
  live: KeyFigures | null;
  /** The previous period's figures, when the reader compares. */
  previous?: KeyFigures;
}

/** One number in large type with its label; beside it the live value and the change since the previous period. */
const HeadlineCard = ({ headline, figures, live, previous }: { headline: Headline; figures: KeyFigures } & Comparisons) => {
  const translate = useTranslate();
  const format = useReportFormat();
  // "ouverts en 2024" beside "actifs en 2024": the period says why the two numbers differ.
  const label = translate(`resacoop.reports.headlines.${headline.id}`, { during: format.during(figures.period) });
  const value = headline.value(figures);
  const liveValue = live ? headline.value(live) : null;
  const previousValue = previous ? headline.value(previous) : null;
  return (
    <Card component="section" aria-label={label} variant="outlined" sx={{ breakInside: 'avoid' }}>
      <CardContent>
        <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: 'primary.main', '@media print': { fontSize: '1.5rem' } }}>
          {format.figure(value, headline.unit)}
          {live && liveValue !== value && (
            <Typography component="span" variant="body2" color="warning.main" sx={{ ml: 1, fontWeight: 600 }}>
              {translate('resacoop.reports.live_value', { value: format.figure(liveValue, headline.unit) })}
            </Typography>
          )}
        </Typography>
        <Typography>{label}</Typography>
        {headline.detail && (
          <Typography variant="body2" color="text.secondary">
            {translate(`resacoop.reports.headlines.${headline.id}_detail`, headline.detail(figures, format))}
          </Typography>
        )}
        {headline.defined && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate(`resacoop.reports.definitions.${headline.id}`)}
          </Typography>
        )}
        {previous && (
          <Typography variant="body2" color="text.secondary">
            {value !== null && previousValue !== null
              ? translate('resacoop.reports.delta', {
                  delta: format.delta(value - previousValue, headline.unit),
                  period: format.period(previous.period),
                  value: format.figure(previousValue, headline.unit),
                })
              : translate('resacoop.reports.previous_value', {
                  period: format.period(previous.period),
                  value: format.figure(previousValue, headline.unit),
                })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * Headline numbers: by default those first in the printed report (requests, personalised support,
 * support in the départements); `headlines` for another section's (the collective events').
 */
export const HeadlineFigures = ({
  figures,
  live,
  previous,
  headlines = HEADLINES,
}: { figures: KeyFigures; headlines?: readonly Headline[] } & Comparisons) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(5, minmax(0, 1fr))' },
      gap: 2,
      '@media print': { gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 1 },
    }}
  >
    {headlines.map((headline) => (
      <HeadlineCard key={headline.id} headline={headline} figures={figures} live={live} previous={previous} />
    ))}
  </Box>
);
