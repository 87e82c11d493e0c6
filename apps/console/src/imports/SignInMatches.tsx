import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import type { SignInMatch } from './importApi';

/** Each row of a sign-in sheet without an error: who it is (a contact, a contact to create, a name alone) and what it does to the registrations. */
export const SignInMatches = ({ matches }: { matches: SignInMatch[] }) => {
  const translate = useTranslate();
  const title = translate('resacoop.import.sign_in_sheet.matches');
  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resacoop.import.row')}</TableCell>
            <TableCell>{translate('resacoop.import.sign_in_sheet.person')}</TableCell>
            <TableCell>{translate('resacoop.import.sign_in_sheet.registration')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {matches.map(({ row, person, contactId, registration }) => (
            <TableRow key={row}>
              <TableCell>{row}</TableCell>
              <TableCell>
                {translate(`resacoop.import.sign_in_sheet.${person}`)}
                {contactId !== null && (
                  <>
                    {' '}
                    <Link component={LinkBase} to={`/contacts/${contactId}/show`}>
                      {translate('resacoop.import.sign_in_sheet.contact_no', { id: contactId })}
                    </Link>
                  </>
                )}
              </TableCell>
              <TableCell>{translate(`resacoop.import.sign_in_sheet.${registration}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
