import { Chip, Stack, Typography } from '@mui/material';
import { DateField, SelectField, useFieldValue, type DateFieldProps, type FieldProps, type SelectFieldProps } from 'react-admin';
import type { Labelled } from '@resacoop/domain';
import { useChoices, useDomainLocale, useIntlLocale } from './locale';

type CodeFieldProps = Omit<SelectFieldProps, 'choices' | 'translateChoice'> & { labels: Labelled<string> };

/** A code of a reference list (type, département…) shown with its label in the current language. */
export const CodeField = ({ labels, ...props }: CodeFieldProps) => (
  <SelectField {...props} choices={useChoices(labels)} translateChoice={false} />
);

type CodesFieldProps = FieldProps & { labels?: Labelled<string> };

/** An array of codes (zones) or of free words (tags), as chips. */
export const ChipsField = ({ source, labels }: CodesFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const locale = useDomainLocale();
  if (!Array.isArray(value) || value.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5} component="span">
      {value.map((item) => {
        const code = String(item);
        const label = labels && Object.hasOwn(labels, code) ? labels[code][locale] : code;
        return <Chip key={code} label={label} size="small" />;
      })}
    </Stack>
  );
};

/** A timestamp in the current language, date and time. */
export const DateTimeField = (props: DateFieldProps) => (
  <DateField
    showTime
    locales={useIntlLocale()}
    options={{ dateStyle: 'short', timeStyle: 'short' }}
    sx={{ whiteSpace: 'nowrap' }}
    {...props}
  />
);
