import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import LockIcon from '@mui/icons-material/Lock';
import PrintIcon from '@mui/icons-material/Print';
import { Confirm, HttpError, useNotify, useTranslate } from 'react-admin';
import { API_URL } from '../providers/api';
import { keyFiguresCsvPath, usePublishYear } from './useKeyFigures';
import type { Period } from './usePeriod';

/** The key figures of the period as a CSV file; the browser follows a plain link, so the session cookie goes along. */
export const ExportKeyFiguresButton = ({ period }: { period: Period }) => {
  const translate = useTranslate();
  return (
    <Button component="a" href={`${API_URL}/${keyFiguresCsvPath(period)}`} download startIcon={<DownloadIcon />}>
      {translate('resacoop.action.export_csv')}
    </Button>
  );
};

export const PrintButton = () => {
  const translate = useTranslate();
  return (
    <Button onClick={() => window.print()} startIcon={<PrintIcon />}>
      {translate('resacoop.reports.print')}
    </Button>
  );
};

/** Freezes a past year's figures, after a confirmation saying that it cannot be undone. */
export const PublishYearButton = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const { mutate: publish, isPending } = usePublishYear();
  const confirm = () =>
    publish(year, {
      onSuccess: () => notify('resacoop.reports.publication.published', { type: 'info', messageArgs: { year } }),
      onError: (error) =>
        notify(error instanceof HttpError && error.status === 409 ? 'resacoop.reports.publication.already_published' : 'ra.notification.http_error', {
          type: 'error',
        }),
      onSettled: () => setConfirming(false),
    });
  return (
    <>
      <Button variant="contained" onClick={() => setConfirming(true)} startIcon={<LockIcon />}>
        {translate('resacoop.reports.publication.publish', { year })}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="resacoop.reports.publication.confirm_title"
        content="resacoop.reports.publication.confirm_content"
        titleTranslateOptions={{ year }}
        contentTranslateOptions={{ year }}
        confirm="resacoop.reports.publication.confirm"
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
