import PanToolIcon from '@mui/icons-material/PanTool';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useMe } from '../common/useMe';
import { useRecordUpdate } from '../common/useRecordUpdate';

/** Takes the request: hidden once it is the user's. */
export const AssignToMeButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  const { send, isPending } = useRecordUpdate('requests');
  if (!record || !me || String(record.assigneeId) === String(me.id)) return null;
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<PanToolIcon />}
      disabled={isPending}
      onClick={() => send({ assigneeId: me.id }, { success: 'resacoop.requests.assigned' })}
    >
      {translate('resacoop.requests.assign_to_me')}
    </Button>
  );
};
