import { useState } from 'react';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  List,
  ListItem,
  Paper,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { API_URL } from '../providers/api';
import { AnswerTemplateSelect } from '../answer-templates/AnswerTemplateSelect';
import type { EmailAnswerDto, InformationRequest, MailAttachment, MailMessage } from '../providers/api.generated';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import { MailHistory } from './MailHistory';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * An answer the mail server refused at every attempt: why, and for those who may answer the request,
 * sending it again (once: it goes back to the sending queue).
 */
const SendFailure = ({ mail, canResend, onResent }: { mail: MailMessage; canResend: boolean; onResent: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const resend = useMutation({
    mutationFn: () => dataProvider.resendMail(mail.requestId!, mail.id),
    onSuccess: () => {
      notify('resacoop.requests.email.resent_notice', { type: 'info' });
      onResent();
    },
    onError: (failure: { message?: string }) => {
      notify(failure.message ?? 'ra.notification.http_error', { type: 'error' });
      onResent();
    },
  });
  return (
    <Alert
      severity="error"
      sx={{ mt: 1 }}
      action={
        canResend && (
          <Button color="inherit" size="small" startIcon={<ReplayIcon />} disabled={resend.isPending} onClick={() => resend.mutate()}>
            {translate('resacoop.requests.email.resend')}
          </Button>
        )
      }
    >
      <AlertTitle>{translate('resacoop.requests.email.failed_title')}</AlertTitle>
      <Typography variant="body2" sx={pre}>
        {translate('resacoop.requests.email.failed_help', { reason: mail.note ?? '' })}
      </Typography>
    </Alert>
  );
};

/** One e-mail of the thread: who, when, its text, and the original HTML as the API sanitised it. */
const ThreadMessage = ({
  mail,
  files,
  canResend,
  onResent,
}: {
  mail: MailMessage;
  files: MailAttachment[];
  canResend: boolean;
  onResent: () => void;
}) => {
  const translate = useTranslate();
  const failed = mail.direction === 'out' && mail.outcome === 'failed';
  const who = mail.direction === 'in' ? (mail.fromName ?? mail.fromAddress) : mail.toAddress;
  return (
    <ListItem disableGutters divider sx={{ display: 'block' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`resacoop.requests.email.${mail.direction}`, { who })} · {new Date(mail.at).toLocaleString()}
        {mail.direction === 'out' && ` · ${translate(`resacoop.requests.email.${mail.outcome}`)}`}
      </Typography>
      <Typography variant="body2">{mail.subject}</Typography>
      <Typography variant="body2" sx={pre}>
        {mail.text}
      </Typography>
      {failed && <SendFailure mail={mail} canResend={canResend} onResent={onResent} />}
      {mail.note && !failed && (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          {mail.note}
        </Typography>
      )}
      {files.length > 0 && (
        <Box component="ul" aria-label={translate('resacoop.requests.email.files')} sx={{ m: 0, pl: 2 }}>
          {files.map((file) => (
            <li key={file.id}>
              {/* A download (the API sends it as an attachment), never opened in the page. */}
              <a href={`${API_URL}/requests/${file.requestId}/mail-attachments/${file.id}`} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              ({Math.ceil(file.size / 1024)} Ko)
            </li>
          ))}
        </Box>
      )}
      {mail.safeHtml && (
        <Box component="details" sx={{ mt: 1 }}>
          <summary>{translate('resacoop.requests.email.original')}</summary>
          {/* Sanitised by the API (sanitize-html): no script, no image, no style. */}
          <Box sx={{ mt: 1, overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: mail.safeHtml }} />
        </Box>
      )}
    </ListItem>
  );
};

/**
 * The answer by e-mail, written or started from a saved answer: it leaves from the desk's address on
 * the request's thread, and may close the request.
 */
const EmailAnswerForm = ({ request, onSent }: { request: InformationRequest; onSent: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const [body, setBody] = useState('');
  const [close, setClose] = useState(false);
  const [error, setError] = useState<string>();
  const send = useMutation({
    mutationFn: (answer: EmailAnswerDto) => dataProvider.emailAnswer(request.id, answer),
    onSuccess: () => {
      notify('resacoop.requests.email.sent_notice', { type: 'info' });
      setBody('');
      setClose(false);
      setError(undefined);
      onSent();
    },
    onError: (failure: { body?: { errors?: Record<string, string> }; message?: string }) =>
      setError(Object.values(failure.body?.errors ?? {})[0] ?? failure.message),
  });
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate({ body, close });
      }}
    >
      <AnswerTemplateSelect request={request} onFill={setBody} />
      <MuiTextField
        label={translate('resacoop.requests.email.body')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={4}
        fullWidth
        required
        error={Boolean(error)}
        helperText={error}
        margin="dense"
      />
      <Stack direction="row" alignItems="center" gap={2}>
        <FormControlLabel
          control={<Checkbox checked={close} onChange={(event) => setClose(event.target.checked)} />}
          label={translate('resacoop.requests.email.close')}
        />
        <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={send.isPending || !body.trim()}>
          {translate('resacoop.requests.email.send')}
        </Button>
      </Stack>
    </Box>
  );
};

/** The request's e-mail thread (`GET /api/requests/{id}/mail-messages`) and, for those who may, the answer by e-mail. */
export const EmailThread = () => {
  const record = useRecordContext<InformationRequest>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const { canAccess: canAnswer = false } = useCanAccess({ resource: 'requests', action: 'edit' });
  const queryClient = useQueryClient();
  const { data: thread = [], refetch } = useQuery({
    queryKey: ['requests', 'mailThread', record?.id, record?.version],
    queryFn: () => dataProvider.mailThread(record!.id),
    enabled: Boolean(record),
  });
  const { data: files = [] } = useQuery({
    queryKey: ['requests', 'mailAttachments', record?.id, record?.version],
    queryFn: () => dataProvider.mailAttachments(record!.id),
    enabled: Boolean(record),
  });
  if (!record) return null;
  const answerable = canAnswer && Boolean(record.requesterEmail || record.contactId) && record.status !== 'converted';
  return (
    <Paper variant="outlined" component="section" aria-label={translate('resacoop.requests.email.title')} sx={{ p: 2, mt: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resacoop.requests.email.title')}
      </Typography>
      {thread.length === 0 && <Typography variant="body2">{translate('resacoop.requests.email.empty')}</Typography>}
      <List dense disablePadding>
        {thread.map((mail) => (
          <ThreadMessage
            key={mail.id}
            mail={mail}
            files={files.filter((file) => file.mailMessageId === mail.id)}
            canResend={canAnswer}
            onResent={() => {
              void refetch();
              // The history says it was sent again.
              void queryClient.invalidateQueries({ queryKey: ['audit-events'] });
            }}
          />
        ))}
      </List>
      <MailHistory thread={thread} files={files} />
      {answerable && (
        <EmailAnswerForm
          request={record}
          onSent={() => {
            void refetch();
            refresh();
          }}
        />
      )}
    </Paper>
  );
};
