import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Locale } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import type { ValueLabels } from '../history/formatValue';
import { ORGANISATION_VALUE_LABELS } from '../organisations/organisationPayload';
import type { ImportReport } from './importApi';
import { useFieldLabel } from './useFieldLabel';

/** The coded fields of each importable resource, shown by their labels (« Association / ONG », not `association`). */
const VALUE_LABELS: Readonly<Record<string, ValueLabels>> = { organisations: ORGANISATION_VALUE_LABELS };

function display(value: unknown, empty: string, labels: ValueLabels[string] | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.map((item) => display(item, empty, labels, locale)).join(', ');
  const code = String(value);
  return labels && Object.hasOwn(labels, code) ? labels[code][locale] : code;
}

/** The first rows as they would be saved, one column per mapped field. */
export const ImportPreview = ({ resource, report }: { resource: string; report: ImportReport }) => {
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(resource);
  const fields = report.fields.filter((field) => Object.values(report.mapping).includes(field));
  const empty = translate('resacoop.empty_value');
  const locale = useDomainLocale();
  const labels = VALUE_LABELS[resource] ?? {};
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
                  <TableCell key={field}>{display(values[field], empty, labels[field], locale)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </>
  );
};
