import { NotFound, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { CsvImportFlow } from './CsvImportFlow';
import { commitSignInSheet, previewSignInSheet } from './importApi';
import { SignInMatches } from './SignInMatches';

/** `/import/sign-in-sheet/:eventId`: an event's sign-in sheet, each row's match shown before its attendance is recorded. */
export const SignInSheetImportPage = () => {
  const translate = useTranslate();
  const eventId = Number(useParams().eventId);
  if (!Number.isSafeInteger(eventId) || eventId < 1) return <NotFound />;
  return (
    <CsvImportFlow
      key={eventId}
      title={translate('resacoop.import.title.sign_in_sheet')}
      labels="registrations"
      preview={(file, mapping) => previewSignInSheet(eventId, file, mapping)}
      commit={(file, mapping) => commitSignInSheet(eventId, file, mapping)}
      doneTo={`/events/${eventId}/show`}
      details={(report) => <SignInMatches matches={report.matches} />}
    />
  );
};
