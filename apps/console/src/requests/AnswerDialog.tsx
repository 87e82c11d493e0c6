import { useTranslate } from 'react-admin';
import { TextPromptDialog } from '../common/TextPromptDialog';

interface AnswerDialogProps {
  open: boolean;
  pending: boolean;
  /** The API's reason when it refused the answer. */
  error?: string;
  onCancel: () => void;
  onConfirm: (answer: string) => void;
}

/** Asks for the answer a request needs to become "answered". */
export const AnswerDialog = (props: AnswerDialogProps) => {
  const translate = useTranslate();
  return (
    <TextPromptDialog
      {...props}
      name="answer"
      title={translate('resacoop.requests.answer_dialog.title')}
      label={translate('resources.requests.fields.answer')}
      confirmLabel={translate('resacoop.requests.answer_dialog.confirm')}
      hint={translate('resacoop.requests.shortcut')}
      minRows={4}
    />
  );
};
