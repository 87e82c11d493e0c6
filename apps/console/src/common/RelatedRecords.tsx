import type { MouseEvent, ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import {
  Link,
  Pagination,
  ReferenceManyField,
  useCanAccess,
  useCreatePath,
  useListContext,
  useRecordContext,
  useResourceContext,
  useTranslate,
  type SortPayload,
} from 'react-admin';

interface RelatedRecordsProps {
  /** The resource whose records name the page's record in `target` (e.g. `organisationId`). */
  reference: string;
  target: string;
  /** Translation keys of the section's title and of what it says when there is none. */
  title: string;
  empty: string;
  sort: SortPayload;
  /** Only the records that also match this filter (e.g. `{ status: 'attended' }`). */
  filter?: Record<string, unknown>;
  /** Beside the title (e.g. a button that creates one). */
  action?: ReactNode;
  /** The list of the records (a Datagrid). */
  children: ReactNode;
}

/**
 * The list, or the plain sentence saying there is none: the list's own empty state (react-admin's
 * « Aucun résultat trouvé avec les filtres actuels. Effacer les filtres ») would blame filters the
 * user never set, the page's fixed `target` and `filter` counting as such.
 */
const ListOrEmpty = ({ empty, children }: { empty: ReactNode; children: ReactNode }) => {
  const { isPending, total, data } = useListContext();
  const none = total === undefined ? (data ?? []).length === 0 : total === 0;
  if (!isPending && none) return <>{empty}</>;
  return <>{children}</>;
};

/** A section of a record's page: the records of one resource that name it, when the user may list them. */
export const RelatedRecords = ({ reference, target, title, empty, sort, filter, action, children }: RelatedRecordsProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: reference, action: 'list' });
  if (!record || !canAccess) return null;
  const emptyText = <Typography variant="body2">{translate(empty)}</Typography>;
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={translate(title)}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {action}
      </Stack>
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={sort}
        filter={filter}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={emptyText}
      >
        <ListOrEmpty empty={emptyText}>{children}</ListOrEmpty>
      </ReferenceManyField>
    </Box>
  );
};

/** A record's reference (`DI-2026-0341`, `AC-…`) as a link to its page. */
export const ReferenceLinkField = ({ source = 'reference' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  return (
    // The row navigates on a click too: the link alone does it, once.
    <Link to={createPath({ resource, id: record.id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {String(record[source])}
    </Link>
  );
};
