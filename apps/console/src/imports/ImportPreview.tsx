import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './importApi';
import { useFieldLabel } from './useFieldLabel';

function display(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The first rows as they would be saved, one column per mapped field. */
export const ImportPreview = ({ resource, report }: { resource: string; report: ImportReport }) => {
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(resource);
  const fields = report.fields.filter((field) => Object.values(report.mapping).includes(field));
  const empty = translate('resacoop.empty_value');
  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {translate('resacoop.import.preview')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('resacoop.import.preview')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resacoop.import.row')}</TableCell>
              {fields.map((field) => (
                <TableCell key={field}>{fieldLabel(field)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.preview.map(({ row, values }) => (
              <TableRow key={row}>
                <TableCell>{row}</TableCell>
                {fields.map((field) => (
                  <TableCell key={field}>{display(values[field], empty)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </>
  );
};
