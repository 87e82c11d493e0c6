import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { NotFound, Title, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router';
import { FilePicker } from './FilePicker';
import {
  commitImport,
  isImportResource,
  previewImport,
  refusalOf,
  type ColumnMapping,
  type ImportResource,
  type ImportReport,
} from './importApi';
import { ImportErrors } from './ImportErrors';
import { ImportPreview } from './ImportPreview';
import { MappingTable } from './MappingTable';

/** `/import/:resource`: the CSV import of organisations or contacts. */
export const ImportPage = () => {
  const { resource } = useParams();
  return isImportResource(resource) ? <CsvImport resource={resource} /> : <NotFound />;
};

/**
 * Choose a file, see how its columns map and what is wrong row by row (a preview: nothing is
 * saved), change the mapping or correct the file, then import every row at once.
 */
const CsvImport = ({ resource }: { resource: ImportResource }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: ({ chosen, mapping }: { chosen: File; mapping?: ColumnMapping }) => previewImport(resource, chosen, mapping),
    onMutate: () => setRefusal(null),
    onSuccess: setReport,
    onError: (error) => setRefusal(refusalOf(error)),
  });
  const commit = useMutation({
    mutationFn: ({ chosen, mapping }: { chosen: File; mapping: ColumnMapping }) => commitImport(resource, chosen, mapping),
    onSuccess: ({ imported }) => {
      notify('resacoop.import.done', { type: 'success', messageArgs: { smart_count: imported } });
      navigate(`/${resource}`);
    },
    // Someone may have created a duplicate since the preview: show what is wrong now.
    onError: (error, { chosen, mapping }) => {
      setRefusal(refusalOf(error));
      preview.mutate({ chosen, mapping });
    },
  });
  const busy = preview.isPending || commit.isPending;

  const choose = (chosen: File) => {
    setFile(chosen);
    setReport(null);
    preview.mutate({ chosen });
  };
  const remap = (header: string, field: string | null) => {
    if (file && report) preview.mutate({ chosen: file, mapping: { ...report.mapping, [header]: field } });
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate(`resacoop.import.title.${resource}`)} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h1">
            {translate(`resacoop.import.title.${resource}`)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('resacoop.import.help')}
          </Typography>
          <FilePicker file={file} onChoose={choose} disabled={busy} />
          {refusal && <Alert severity="error">{translate(refusal, { _: refusal })}</Alert>}
          {report && (
            <>
              <MappingTable resource={resource} report={report} onChange={remap} disabled={busy} />
              <Typography role="status">
                {translate('resacoop.import.counts', { rows: report.rows, valid: report.valid, invalid: report.invalid })}
              </Typography>
              {report.errors.length > 0 && (
                <>
                  <Alert severity="warning">{translate('resacoop.import.fix_errors')}</Alert>
                  <ImportErrors resource={resource} errors={report.errors} />
                </>
              )}
              <ImportPreview resource={resource} report={report} />
              <div>
                <Button
                  variant="contained"
                  disabled={busy || report.invalid > 0 || report.rows === 0 || !file}
                  onClick={() => file && commit.mutate({ chosen: file, mapping: report.mapping })}
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
