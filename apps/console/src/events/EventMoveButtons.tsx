import { useState } from 'react';
import CancelIcon from '@mui/icons-material/EventBusy';
import HeldIcon from '@mui/icons-material/EventAvailable';
import PublishIcon from '@mui/icons-material/Public';
import { Button } from '@mui/material';
import { Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { allowsEventMove, type EventMove, type EventStatus } from '@resacoop/domain';
import { useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';

const ICONS: Record<EventMove, typeof PublishIcon> = { publish: PublishIcon, hold: HeldIcon, cancel: CancelIcon };

/** One move of the event (publish, mark held, cancel), after a confirmation saying what it does; from the version shown. */
const EventMoveButton = ({ move }: { move: EventMove }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.moveEvent(record!.id, move, { version: record!.version }),
    onSuccess: () => notify(`resacoop.events.moves.${move}.done`, { type: 'info' }),
    onError: notifyError,
    onSettled: () => {
      setConfirming(false);
      refresh();
    },
  });
  if (!record || !allowsEventMove(record.status as EventStatus, move)) return null;
  const Icon = ICONS[move];
  return (
    <>
      <Button size="small" startIcon={<Icon />} onClick={() => setConfirming(true)}>
        {translate(`resacoop.events.moves.${move}.button`)}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title={`resacoop.events.moves.${move}.title`}
        content={`resacoop.events.moves.${move}.content`}
        titleTranslateOptions={{ title: record.title }}
        confirm={`resacoop.events.moves.${move}.confirm`}
        onConfirm={() => mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

/** The moves the event's status allows, in the order of its life. */
export const EventMoveButtons = () => (
  <>
    <EventMoveButton move="publish" />
    <EventMoveButton move="hold" />
    <EventMoveButton move="cancel" />
  </>
);
