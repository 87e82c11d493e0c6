import { Children, isValidElement, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { Labeled, useTranslate } from 'react-admin';

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

/** Read-only fields with their labels, for Show pages. */
export const FieldSection = ({ title, children, columns = 3 }: { title?: string; children: ReactNode; columns?: 1 | 2 | 3 }) => (
  <Section title={title} columns={columns}>
    {Children.map(children, (child) => (isValidElement(child) ? <Labeled>{child}</Labeled> : child))}
  </Section>
);
