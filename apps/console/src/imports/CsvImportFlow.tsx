import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { FilePicker } from './FilePicker';
import { refusalOf, type ColumnMapping, type ImportDone, type ImportReport } from './importApi';
import { ImportErrors } from './ImportErrors';
import { ImportPreview } from './ImportPreview';
import { MappingTable } from './MappingTable';

export interface CsvImportFlowProps<Report extends ImportReport> {
  /** The page's title, already translated. */
  title: string;
  /** The resource whose field labels name the fields. */
  labels: string;
  preview: (file: File, mapping?: ColumnMapping) => Promise<Report>;
  commit: (file: File, mapping: ColumnMapping) => Promise<ImportDone>;
  /** Where to go once imported. */
  doneTo: string;
  /** What the report shows beyond the directory import's (a sign-in sheet's matches). */
  details?: (report: Report) => ReactNode;
}

/**
 * Choose a file, see how its columns map and what is wrong row by row (a preview: nothing is
 * saved), change the mapping or correct the file, then import every row at once.
 */
export const CsvImportFlow = <Report extends ImportReport>({
  title,
  labels,
  preview,
  commit,
  doneTo,
  details,
}: CsvImportFlowProps<Report>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const check = useMutation({
    mutationFn: ({ chosen, mapping }: { chosen: File; mapping?: ColumnMapping }) => preview(chosen, mapping),
    onMutate: () => setRefusal(null),
    onSuccess: setReport,
    onError: (error) => setRefusal(refusalOf(error)),
  });
  const save = useMutation({
    mutationFn: ({ chosen, mapping }: { chosen: File; mapping: ColumnMapping }) => commit(chosen, mapping),
    onSuccess: ({ imported }) => {
      notify('resacoop.import.done', { type: 'success', messageArgs: { smart_count: imported } });
      navigate(doneTo);
    },
    // Someone may have written a duplicate since the preview: show what is wrong now.
    onError: (error, { chosen, mapping }) => {
      setRefusal(refusalOf(error));
      check.mutate({ chosen, mapping });
    },
  });
  const busy = check.isPending || save.isPending;

  const choose = (chosen: File) => {
    setFile(chosen);
    setReport(null);
    check.mutate({ chosen });
  };
  const remap = (header: string, field: string | null) => {
    if (file && report) check.mutate({ chosen: file, mapping: { ...report.mapping, [header]: field } });
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={title} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h1">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('resacoop.import.help')}
          </Typography>
          <FilePicker file={file} onChoose={choose} disabled={busy} />
          {refusal && <Alert severity="error">{translate(refusal, { _: refusal })}</Alert>}
          {report && (
            <>
              <MappingTable resource={labels} report={report} onChange={remap} disabled={busy} />
              <Typography role="status">
                {translate('resacoop.import.counts', {
                  rows: translate('resacoop.import.rows', { smart_count: report.rows }),
                  valid: translate('resacoop.import.valid', { smart_count: report.valid }),
                  invalid: translate('resacoop.import.invalid', { smart_count: report.invalid }),
                })}
              </Typography>
              {report.errors.length > 0 && (
                <>
                  <Alert severity="warning">{translate('resacoop.import.fix_errors')}</Alert>
                  <ImportErrors resource={labels} errors={report.errors} />
                </>
              )}
              {details?.(report)}
              <ImportPreview resource={labels} report={report} />
              <div>
                <Button
                  variant="contained"
                  disabled={busy || report.invalid > 0 || report.rows === 0 || !file}
                  onClick={() => file && save.mutate({ chosen: file, mapping: report.mapping })}
                >
                  {translate('resacoop.import.submit', { smart_count: report.valid })}
                </Button>
              </div>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
