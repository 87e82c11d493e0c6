import { Children, isValidElement, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';

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

/** Whether the record was sent with the field a child shows (the top key of its `source`), or the child shows no field. */
const sentWith = (record: Record<string, unknown> | undefined, child: ReactNode) => {
  const source = isValidElement<{ source?: unknown }>(child) ? child.props.source : undefined;
  return !record || typeof source !== 'string' || source.split('.')[0] in record;
};

/**
 * Read-only fields with their labels, for Show pages. A field the API did not send at all (a relay
 * user's view of a record leaves out the team's notes and the like) is left out, not shown empty as
 * if the record had none; a section left without a field is left out too.
 */
export const FieldSection = ({ title, children, columns = 3 }: { title?: string; children: ReactNode; columns?: 1 | 2 | 3 }) => {
  const record = useRecordContext();
  const shown = Children.toArray(children).filter((child) => sentWith(record, child));
  if (shown.length === 0) return null;
  return (
    <Section title={title} columns={columns}>
      {shown.map((child) => (isValidElement(child) ? <Labeled key={child.key}>{child}</Labeled> : child))}
    </Section>
  );
};
