import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportError } from './importApi';
import { useFieldLabel } from './useFieldLabel';

/** The API lists this many errors at most. */
const LISTED_ERRORS = 500;

/** Why rows cannot be imported, row by row, in the API's own words. */
export const ImportErrors = ({ resource, errors }: { resource: string; errors: ImportError[] }) => {
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(resource);
  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {translate('resacoop.import.errors')}
      </Typography>
      {errors.length >= LISTED_ERRORS && <Typography variant="body2">{translate('resacoop.import.errors_capped')}</Typography>}
      <Table size="small" aria-label={translate('resacoop.import.errors')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resacoop.import.row')}</TableCell>
            <TableCell>{translate('resacoop.import.field')}</TableCell>
            <TableCell>{translate('resacoop.import.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map(({ row, field, column, message }) => (
            <TableRow key={`${row}.${field}`}>
              <TableCell>{row ?? translate('resacoop.import.mapping_row')}</TableCell>
              <TableCell>{column ? `${column} (${fieldLabel(field)})` : fieldLabel(field)}</TableCell>
              <TableCell>{message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
