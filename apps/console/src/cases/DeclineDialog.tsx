import { useTranslate } from 'react-admin';
import { TextPromptDialog } from '../common/TextPromptDialog';

interface DeclineDialogProps {
  open: boolean;
  pending: boolean;
  /** The API's refusal, shown under the field. */
  error?: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why the relay declines the case: the reason is required and shown to the team. */
export const DeclineDialog = (props: DeclineDialogProps) => {
  const translate = useTranslate();
  return (
    <TextPromptDialog
      {...props}
      name="declineReason"
      title={translate('resacoop.assignments.decline_dialog.title')}
      label={translate('resources.assignments.fields.declineReason')}
      confirmLabel={translate('resacoop.assignments.actions.decline')}
      confirmColor="warning"
    />
  );
};
