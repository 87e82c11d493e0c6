import { Link } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/locale';
import { DashboardSection } from './DashboardSection';
import type { HeadlineFigures } from '@resacoop/domain';

/** "Chiffres clés de l'année": the year's headline numbers so far, and the way to the full key figures. */
export const YearFiguresSection = ({ figures, canOpenReport }: { figures: HeadlineFigures; canOpenReport: boolean }) => {
  const translate = useTranslate();
  const number = new Intl.NumberFormat(useIntlLocale());
  const lines = [
    { id: 'requests', value: number.format(figures.requests) },
    { id: 'cases_opened', value: number.format(figures.casesOpened) },
    { id: 'cases_active', value: number.format(figures.casesActive) },
    { id: 'cases_through_relay', value: number.format(figures.casesThroughRelay) },
    {
      id: 'answered_within_due',
      value:
        figures.answeredWithinDuePercent === null
          ? translate('resacoop.empty_value')
          : translate('resacoop.reports.units.percent', { value: number.format(figures.answeredWithinDuePercent) }),
    },
  ];
  return (
    <DashboardSection title="resacoop.dashboard.figures.title" titleOptions={{ year: figures.year }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(5, 1fr)' }, gap: 2 }}>
        {lines.map((line) => (
          <Box key={line.id}>
            <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: 'primary.main' }}>
              {line.value}
            </Typography>
            <Typography variant="body2">{translate(`resacoop.dashboard.figures.${line.id}`)}</Typography>
          </Box>
        ))}
      </Box>
      {canOpenReport && (
        <Button component={Link} to="/reports" size="small" sx={{ mt: 1 }}>
          {translate('resacoop.dashboard.figures.see_report')}
        </Button>
      )}
    </DashboardSection>
  );
};
