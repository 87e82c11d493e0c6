import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { KeyFigures } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { BreakdownChart } from './BreakdownChart';
import { BreakdownTable, type ComparedColumn } from './BreakdownTable';
import { labelOf, type BreakdownDefinition } from './breakdowns';
import { ChartBesideTable, ReportCard } from './ReportCard';
import { ShareLines } from './ShareLines';

/** Figures to set beside the shown ones, each under its column title. */
export interface ComparedFigures {
  title: string;
  figures: KeyFigures;
}

interface BreakdownSectionProps {
  definition: BreakdownDefinition;
  figures: KeyFigures;
  compared: ComparedFigures[];
  /** Whether to write the shares above the chart as the annual report prints them ("57% France (77)"). */
  withShareLines?: boolean;
}

/** One breakdown: its bar chart and its table of counts and percentages. */
export const BreakdownSection = ({ definition, figures, compared, withShareLines = false }: BreakdownSectionProps) => {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const title = translate(`resacoop.reports.breakdowns.${definition.id}`);
  const breakdown = definition.pick(figures);
  const label = (key: string | null) => labelOf(definition.labels, key, locale, translate('resacoop.reports.not_set'));
  const columns: ComparedColumn[] = compared.map((other) => ({ title: other.title, breakdown: definition.pick(other.figures) }));
  return (
    <ReportCard title={title}>
      {definition.note && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`resacoop.reports.notes.${definition.note}`)}
        </Typography>
      )}
      {withShareLines && <ShareLines breakdown={breakdown} labelOf={label} />}
      <ChartBesideTable
        chart={
          <BreakdownChart title={title} labels={breakdown.items.map((item) => label(item.key))} counts={breakdown.items.map((item) => item.count)} />
        }
        table={<BreakdownTable title={title} breakdown={breakdown} labelOf={label} compared={columns} />}
      />
    </ReportCard>
  );
};
