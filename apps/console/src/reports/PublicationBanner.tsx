import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useReportFormat } from './format';
import type { Publication } from './useKeyFigures';

/** Says that the figures shown are the frozen ones of a published year, and whether today's differ. */
export const PublicationBanner = ({ publication, liveDiffers }: { publication: Publication; liveDiffers: boolean }) => {
  const translate = useTranslate();
  const format = useReportFormat();
  return (
    <Alert severity="info" icon={false} role="status">
      {translate('resacoop.reports.publication.banner', {
        date: format.instant(publication.publishedAt),
        name: publication.publishedByName ?? translate('resacoop.reports.publication.unknown_author'),
      })}
      {liveDiffers && ` ${translate('resacoop.reports.publication.live_differs')}`}
    </Alert>
  );
};
