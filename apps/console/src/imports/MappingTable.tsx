import { MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './importApi';
import { useFieldLabel } from './useFieldLabel';

const IGNORED = '';

/** One select per titled column of the file: the field it goes into, or "ignorer". */
export const MappingTable = ({
  resource,
  report,
  onChange,
  disabled,
}: {
  resource: string;
  report: ImportReport;
  onChange: (header: string, field: string | null) => void;
  disabled: boolean;
}) => {
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(resource);
  return (
    <Table size="small" aria-label={translate('resacoop.import.mapping')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resacoop.import.column')}</TableCell>
          <TableCell>{translate('resacoop.import.field')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.headers.filter(Boolean).map((header) => (
          <TableRow key={header}>
            <TableCell>{header}</TableCell>
            <TableCell>
              <TextField
                select
                size="small"
                sx={{ minWidth: 280 }}
                label={header}
                value={report.mapping[header] ?? IGNORED}
                disabled={disabled}
                onChange={(event) => onChange(header, event.target.value || null)}
              >
                <MenuItem value={IGNORED}>
                  <em>{translate('resacoop.import.ignore')}</em>
                </MenuItem>
                {report.fields.map((field) => (
                  <MenuItem key={field} value={field}>
                    {fieldLabel(field)}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
