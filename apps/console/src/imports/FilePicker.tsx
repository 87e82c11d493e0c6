import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Chooses a CSV file; choosing the same file again (once corrected) counts as a new choice. */
export const FilePicker = ({ file, onChoose, disabled }: { file: File | null; onChoose: (file: File) => void; disabled: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} alignItems="center">
      <Button variant="contained" component="label" startIcon={<UploadFileIcon />} disabled={disabled}>
        {translate('resacoop.import.choose_file')}
        <input
          type="file"
          accept=".csv,text/csv"
          hidden
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) onChoose(chosen);
          }}
        />
      </Button>
      {file && <Typography variant="body2">{translate('resacoop.import.file', { name: file.name })}</Typography>}
    </Stack>
  );
};
