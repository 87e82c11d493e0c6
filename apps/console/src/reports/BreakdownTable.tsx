import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Breakdown } from '@resacoop/domain';
import { useReportFormat } from './format';

/** A column of counts beside the shown ones: today's live figures, or the previous period's. */
export interface ComparedColumn {
  title: string;
  breakdown: Breakdown;
}

interface BreakdownTableProps {
  title: string;
  breakdown: Breakdown;
  labelOf: (key: string | null) => string;
  compared: ComparedColumn[];
}

/** Every code with its count and percentage, as the report prints them, then the compared counts. */
export const BreakdownTable = ({ title, breakdown, labelOf, compared }: BreakdownTableProps) => {
  const translate = useTranslate();
  const format = useReportFormat();
  const countOf = (other: Breakdown, key: string | null) => other.items.find((item) => item.key === key)?.count ?? 0;
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resacoop.reports.table.label')}</TableCell>
          <TableCell align="right">{translate('resacoop.reports.table.count')}</TableCell>
          <TableCell align="right">{translate('resacoop.reports.table.percent')}</TableCell>
          {compared.map((column) => (
            <TableCell key={column.title} align="right">
              {column.title}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {breakdown.items.map((item) => (
          <TableRow key={item.key ?? ''}>
            <TableCell>{labelOf(item.key)}</TableCell>
            <TableCell align="right">{format.count(item.count)}</TableCell>
            <TableCell align="right">{format.figure(item.percent, 'percent')}</TableCell>
            {compared.map((column) => (
              <TableCell key={column.title} align="right">
                {format.count(countOf(column.breakdown, item.key))}
              </TableCell>
            ))}
          </TableRow>
        ))}
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{translate('resacoop.reports.table.base')}</TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            {format.count(breakdown.base)}
          </TableCell>
          <TableCell />
          {compared.map((column) => (
            <TableCell key={column.title} align="right" sx={{ fontWeight: 600 }}>
              {format.count(column.breakdown.base)}
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
};
