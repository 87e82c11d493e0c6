import { useMemo, useState, type DragEvent } from 'react';
import { PageLoading } from '../common/PageLoading';
import ViewListIcon from '@mui/icons-material/ViewList';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { visuallyHidden } from '@mui/utils';
import { Alert, Box, Card, CardContent, Chip, MenuItem, Paper, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import {
  Button,
  HttpError,
  Link,
  RecordContextProvider,
  ReferenceField,
  TextField,
  Title,
  TopToolbar,
  useGetIdentity,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { SITE_LABELS, STAGE_LABELS, STAGES, type Stage } from '@resacoop/domain';
import { useChoices, useDomainLocale } from '../common/locale';
import { useActionErrorHandler } from '../common/saveErrors';
import { ASSIGNABLE_USERS } from '../requests/AssigneeInput';
import { FollowUpField } from './caseFields';

/** All open cases fit on the board (the network has about 180 a year). */
const MAX_CARDS = 1000;
const DRAG_TYPE = 'application/x-resacoop-case';
/** Cards a column shows at first, and each "show more" adds: a column of 150 cases stays a column one can scan. */
const CARDS_AT_ONCE = 20;

/** One open case: reference (to its page), project, holder, adviser, next follow-up, relay. */
const CaseCard = ({ relayId, onDragStart }: { relayId?: number; onDragStart: (event: DragEvent) => void }) => (
  <Card
    variant="outlined"
    draggable
    onDragStart={onDragStart}
    data-testid="case-card"
    sx={{ cursor: 'grab', '&:active': { cursor: 'grabbing' } }}
  >
    <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
      <RecordReference />
      <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        <TextField source="projectTitle" sx={{ fontWeight: 600 }} />
      </Typography>
      <Stack gap={0.25} sx={{ mt: 0.5, '& .MuiTypography-root': { fontSize: '0.8rem' } }}>
        <ReferenceField source="organisationId" reference="organisations" link={false} />
        <ReferenceField source="adviserId" reference="users" link={false}>
          <TextField source="fullName" color="text.secondary" />
        </ReferenceField>
        <FollowUpField source="nextFollowUpAt" />
        {relayId && (
          <ReferenceField record={{ id: 0, relayId }} source="relayId" reference="relays" link={false}>
            <Chip size="small" variant="outlined" label={<TextField source="name" />} />
          </ReferenceField>
        )}
      </Stack>
    </CardContent>
  </Card>
);

const RecordReference = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Link to={`/cases/${record.id}/show`} draggable={false} sx={{ fontSize: '0.8rem', fontWeight: 600 }}>
      {record.reference}
    </Link>
  );
};

interface ColumnProps {
  stage: Stage;
  cases: RaRecord[];
  relayOf: Map<string, number>;
  onDrop: (caseId: string, stage: Stage) => void;
}

/** A stage's open cases; a card dropped here moves its case to this stage. */
const Column = ({ stage, cases, relayOf, onDrop }: ColumnProps) => {
  const locale = useDomainLocale();
  const translate = useTranslate();
  const [over, setOver] = useState(false);
  const [shown, setShown] = useState(CARDS_AT_ONCE);
  const hidden = cases.length - shown;
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);
  return (
    <Paper
      component="section"
      aria-label={STAGE_LABELS[stage][locale]}
      data-stage={stage}
      variant="outlined"
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (!id) return;
        event.preventDefault();
        onDrop(id, stage);
      }}
      // Six columns share the width: all of them fit beside the menu from 1,280 px wide.
      sx={{
        flex: '1 1 0',
        minWidth: 160,
        p: 1,
        bgcolor: over ? 'action.hover' : 'grey.50',
        borderColor: over ? 'primary.main' : 'divider',
      }}
    >
      <Stack direction="row" justifyContent="space-between" alignItems="baseline" sx={{ mb: 1 }}>
        <Typography variant="subtitle2" component="h2">
          {STAGE_LABELS[stage][locale]}
        </Typography>
        <Chip
          size="small"
          label={
            <>
              <span aria-hidden="true">{cases.length}</span>
              <Box component="span" sx={visuallyHidden} data-testid="stage-count">
                {translate('resacoop.cases.board.count', { smart_count: cases.length })}
              </Box>
            </>
          }
        />
      </Stack>
      <Stack gap={1}>
        {cases.slice(0, shown).map((record) => (
          <RecordContextProvider key={record.id} value={record}>
            <CaseCard
              relayId={relayOf.get(String(record.id))}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, String(record.id));
                event.dataTransfer.setData('text/plain', String(record.reference));
                event.dataTransfer.effectAllowed = 'move';
              }}
            />
          </RecordContextProvider>
        ))}
        {hidden > 0 && (
          <Button
            label={translate('resacoop.cases.board.show_more', { smart_count: Math.min(hidden, CARDS_AT_ONCE), total: hidden })}
            onClick={() => setShown((count) => count + CARDS_AT_ONCE)}
          />
        )}
      </Stack>
    </Paper>
  );
};

/** What the board shows: one adviser's cases (an id, as the API's filter wants it) or everyone's, at one site or both. */
interface BoardFilter {
  adviserId?: number;
  site?: string;
}

/** A filter left empty says « Tous » rather than nothing. */
const ALL_SHOWN = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

/** The board's filters: an adviser, a site. */
const BoardFilters = ({ filter, onChange }: { filter: BoardFilter; onChange: (filter: BoardFilter) => void }) => {
  const translate = useTranslate();
  const sites = useChoices(SITE_LABELS);
  const { data: advisers = [] } = useGetList('users', {
    filter: ASSIGNABLE_USERS,
    sort: { field: 'fullName', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const set = (key: keyof BoardFilter, value: string | number | undefined) => {
    const { [key]: _replaced, ...others } = filter;
    onChange(value ? { ...others, [key]: value } : others);
  };
  return (
    <Stack direction="row" gap={2} sx={{ my: 1 }}>
      <MuiTextField
        select
        size="small"
        label={translate('resources.cases.fields.adviserId')}
        value={filter.adviserId ?? ''}
        onChange={(event) => set('adviserId', event.target.value ? Number(event.target.value) : undefined)}
        sx={{ minWidth: 220 }}
        slotProps={ALL_SHOWN}
      >
        <MenuItem value="">{translate('resacoop.cases.board.everyone')}</MenuItem>
        {advisers.map((user) => (
          <MenuItem key={user.id} value={user.id}>
            {user.fullName}
          </MenuItem>
        ))}
      </MuiTextField>
      <MuiTextField
        select
        size="small"
        label={translate('resources.cases.fields.site')}
        value={filter.site ?? ''}
        onChange={(event) => set('site', event.target.value)}
        sx={{ minWidth: 180 }}
        slotProps={ALL_SHOWN}
      >
        <MenuItem value="">{translate('resacoop.cases.board.all_sites')}</MenuItem>
        {sites.map((site) => (
          <MenuItem key={site.id} value={site.id}>
            {site.name}
          </MenuItem>
        ))}
      </MuiTextField>
    </Stack>
  );
};

/**
 * The open cases by stage, one column per stage of the project cycle: an adviser's own cases at
 * first (adviser: them), everyone's one choice away; a user following no open case (the
 * coordination) sees everyone's. Filters that hide every case say so, with a button to show all. Dragging a card to another
 * column moves the case (`PUT /api/cases/{id} {stage, version}`): the card moves at once and goes
 * back if the API refuses; a stale version reloads the board.
 */
export const CaseBoard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useActionErrorHandler();
  const { identity } = useGetIdentity();
  const [chosen, setFilter] = useState<BoardFilter | null>(null);
  // "My cases" first only for those who follow some (advisers): a coordinator, or anyone following
  // no open case, gets the whole board rather than empty columns.
  const me = identity ? Number(identity.id) : undefined;
  const { total: mine } = useGetList(
    'cases',
    { filter: { adviserId: me, status: 'open' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: chosen === null && me !== undefined },
  );
  const filter = chosen ?? (mine === undefined ? null : mine > 0 ? { adviserId: me } : {});
  const [moved, setMoved] = useState<Record<string, Stage>>({});
  const {
    data: cases = [],
    isPending,
    refetch,
  } = useGetList(
    'cases',
    {
      filter: { ...filter, status: 'open' },
      sort: { field: 'nextFollowUpAt', order: 'ASC' },
      pagination: { page: 1, perPage: MAX_CARDS },
    },
    { enabled: filter !== null },
  );
  const ids = cases.map((record) => record.id);
  const { data: assignments = [] } = useGetList(
    'assignments',
    {
      filter: { caseId: ids, status: ['proposed', 'accepted'] },
      pagination: { page: 1, perPage: MAX_CARDS },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: ids.length > 0 },
  );
  const relayOf = useMemo(
    () => new Map(assignments.map((assignment) => [String(assignment.caseId), assignment.relayId as number])),
    [assignments],
  );
  const [update] = useUpdate();

  const byStage = useMemo(() => {
    const columns = new Map<Stage, RaRecord[]>(STAGES.map((stage) => [stage, []]));
    for (const record of cases) columns.get(moved[record.id] ?? (record.stage as Stage))?.push(record);
    return columns;
  }, [cases, moved]);

  const move = (id: string, stage: Stage) => {
    const record = cases.find((candidate) => String(candidate.id) === id);
    if (!record || (moved[id] ?? record.stage) === stage) return;
    setMoved((current) => ({ ...current, [id]: stage }));
    const forget = () =>
      setMoved((current) => {
        const { [id]: _dropped, ...rest } = current;
        return rest;
      });
    update(
      'cases',
      { id: record.id, data: { stage, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resacoop.cases.stage_moved', { type: 'info' });
          void refetch().then(forget);
        },
        onError: (error) => {
          forget();
          if (error instanceof HttpError && error.status === 409) void refetch();
          notifyError(error);
        },
      },
    );
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="resacoop.cases.board.title" />
      <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap">
        {filter && <BoardFilters filter={filter} onChange={setFilter} />}
        <TopToolbar>
          <Button component={Link} to="/cases" label="resacoop.cases.board.list">
            <ViewListIcon />
          </Button>
        </TopToolbar>
      </Stack>
      {isPending ? (
        <PageLoading />
      ) : cases.length === 0 && filter && Object.keys(filter).length > 0 ? (
        <Alert
          severity="info"
          sx={{ my: 2 }}
          action={
            <Button label="resacoop.cases.board.show_all" onClick={() => setFilter({})}>
              <FilterAltOffIcon />
            </Button>
          }
        >
          {translate('resacoop.cases.board.filtered_empty')}
        </Alert>
      ) : (
        <Stack
          direction="row"
          gap={1}
          sx={{ overflowX: 'auto', alignItems: 'flex-start', pb: 2 }}
          aria-label={translate('resacoop.cases.board.title')}
        >
          {STAGES.map((stage) => (
            <Column key={stage} stage={stage} cases={byStage.get(stage) ?? []} relayOf={relayOf} onDrop={move} />
          ))}
        </Stack>
      )}
    </Box>
  );
};
