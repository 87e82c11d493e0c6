import { Divider, Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import type { MeSummary } from '../common/useMe';
import { QUEUE_VIEWS, applyView, currentView, viewSort, type QueueView } from './queueViews';

/** The queue's views as tabs above the list; a hand-made combination of filters selects none. */
export const QueueTabs = ({ me }: { me: MeSummary }) => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const active = currentView(filterValues ?? {}, me);
  const choose = (view: QueueView) => {
    setFilters(applyView(filterValues ?? {}, view, me), displayedFilters);
    setSort(viewSort(view));
  };
  return (
    <>
      <Tabs
        value={active ?? false}
        onChange={(_event, view: QueueView) => choose(view)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={translate('resacoop.requests.views_label')}
      >
        {QUEUE_VIEWS.map((view) => (
          <Tab key={view} value={view} label={translate(`resacoop.requests.views.${view}`)} />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
