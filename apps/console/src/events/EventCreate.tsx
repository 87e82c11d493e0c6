import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { EventInputs } from './EventInputs';
import { EVENT_CREATE_FIELDS, eventTransform } from './eventPayload';

/** A new event is a draft, organised by RESACOOP, in person; the site defaults on the API's side to the user's own. */
export const EventCreate = () => {
  const saveOptions = useSaveOptions();
  const defaults = { role: 'organised', online: false, themes: [], sdgs: [], coOrganiserIds: [], headCount: 0 };
  return (
    <Create transform={eventTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={EVENT_CREATE_FIELDS} defaultValues={defaults}>
        <EventInputs />
      </RecordForm>
    </Create>
  );
};
