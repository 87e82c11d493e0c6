import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES, type KeyFigures } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { useReportFormat } from './format';
import { ReportCard } from './ReportCard';

/** The cases proposed to each departmental relay in the period, by where the proposal stands. */
export const RelayActivitySection = ({ figures }: { figures: KeyFigures }) => {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const format = useReportFormat();
  const title = translate('resacoop.reports.relays.title');
  const { byRelay } = figures.assignments;
  return (
    <ReportCard title={title}>
      {byRelay.length === 0 ? (
        <Typography color="text.secondary">{translate('resacoop.reports.relays.none')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resacoop.reports.relays.relay')}</TableCell>
              <TableCell align="right">{translate('resacoop.reports.relays.total')}</TableCell>
              {ASSIGNMENT_STATUSES.map((status) => (
                <TableCell key={status} align="right">
                  {ASSIGNMENT_STATUS_LABELS[status][locale]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {byRelay.map((relay) => (
              <TableRow key={relay.relayId}>
                <TableCell>{relay.relayName}</TableCell>
                <TableCell align="right">{format.count(relay.total)}</TableCell>
                {ASSIGNMENT_STATUSES.map((status) => (
                  <TableCell key={status} align="right">
                    {format.count(relay.byStatus[status] ?? 0)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </ReportCard>
  );
};
