import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate, type RaRecord } from 'react-admin';

interface SectionProps {
  title?: string;
  /** A hint under the title (a translation key). */
  help?: string;
  children: ReactNode;
  columns?: 1 | 2 | 3;
}

/** A titled group of fields or inputs, laid out in responsive columns. */
export const Section = ({ title, help, children, columns = 2 }: SectionProps) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mb: 1 }}>
      {title && (
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 1, mb: help ? 0 : 1 }}>
          {translate(title)}
        </Typography>
      )}
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 2,
          rowGap: 1,
          alignItems: 'start',
        }}
      >
        {children}
      </Box>
    </Box>
  );
};

/** Whether a field would show nothing: no value, and nothing it says instead (`emptyText`). */
const showsNothing = (field: ReactElement<{ source?: string; emptyText?: string }>, record: RaRecord | undefined): boolean => {
  const { source, emptyText } = field.props;
  if (!source || emptyText !== undefined) return false;
  const value: unknown = record?.[source];
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
};

/**
 * Read-only fields with their labels, for Show pages. A field without a value is left out, and a
 * section without any: a label over nothing tells the reader nothing, and a field the API did not
 * send (a relay user's view leaves out the team's notes) must not read as if the record had none.
 */
export const FieldSection = ({ title, children, columns = 3 }: { title?: string; children: ReactNode; columns?: 1 | 2 | 3 }) => {
  const record = useRecordContext();
  const fields = Children.toArray(children).filter(
    (child) => !isValidElement(child) || !showsNothing(child as ReactElement<{ source?: string }>, record),
  );
  if (fields.length === 0) return null;
  return (
    <Section title={title} columns={columns}>
      {fields.map((child) => (isValidElement(child) ? <Labeled key={child.key}>{child}</Labeled> : child))}
    </Section>
  );
};
