import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Datagrid, Pagination, ReferenceManyField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from './fields';

interface RecordLogProps {
  /** The resource the entries are listed from ('audit-events'); nothing is shown to a user who may not list it. */
  reference: string;
  /** The entries' field holding the current record's id. */
  target: string;
  /** A fixed filter beside the record's id (`{ entity: 'contact' }`). */
  filter?: Record<string, unknown>;
  /** Translation keys: the section's title, and what it says when there is no entry. */
  title: string;
  empty: string;
  /** The columns after the date. */
  children: ReactNode;
}

/** A section of a record's page listing entries of another resource about it, newest first, ten at a time. */
export const RecordLog = ({ reference, target, filter, title, empty, children }: RecordLogProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: reference, action: 'list' });
  if (!record || !canAccess) return null;
  const emptyText = <Typography variant="body2">{translate(empty)}</Typography>;
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={translate(title)}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      <ReferenceManyField
        reference={reference}
        target={target}
        filter={filter}
        sort={{ field: 'at', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={emptyText}
      >
        {/* A fixed filter would otherwise make an empty list read as "no match for your filters". */}
        <Datagrid bulkActionButtons={false} rowClick={false} empty={emptyText}>
          <DateTimeField source="at" />
          {children}
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
