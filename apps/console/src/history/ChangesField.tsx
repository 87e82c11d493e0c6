import { Box, Typography } from '@mui/material';
import {
  Link,
  useCreatePath,
  useGetManyAggregate,
  useGetRecordRepresentation,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
  type FieldProps,
  type Identifier,
} from 'react-admin';
import { useDomainLocale, useIntlLocale } from '../common/locale';
import { changedFields, formatValue, type FormatContext, type ValueLabels } from './formatValue';

/** For a record's fields that point at another record, the resource they point at. */
export type ValueReferences = Readonly<Record<string, string>>;

interface ChangesFieldProps extends FieldProps {
  /** The resource the history is about, to name its fields. */
  of: string;
  labels?: ValueLabels;
  references?: ValueReferences;
}

/**
 * The name of a referenced record (fetched in one batch for the whole history page), as a link to
 * its page where the user has one, else its id.
 */
const ReferenceValue = ({ reference, id }: { reference: string; id: Identifier }) => {
  const { data } = useGetManyAggregate(reference, { ids: [id] });
  const represent = useGetRecordRepresentation(reference);
  const { hasShow } = useResourceDefinition({ resource: reference });
  const createPath = useCreatePath();
  const record = data?.[0];
  if (!record) return <>{`#${id}`}</>;
  if (!hasShow) return <>{represent(record)}</>;
  return <Link to={createPath({ resource: reference, id, type: 'show' })}>{represent(record)}</Link>;
};

const Value = ({
  field,
  value,
  labels,
  references,
  context,
}: {
  field: string;
  value: unknown;
  labels?: ValueLabels;
  references?: ValueReferences;
  context: FormatContext;
}) => {
  const reference = references?.[field];
  if (reference && (typeof value === 'number' || typeof value === 'string') && value !== '') {
    return <ReferenceValue reference={reference} id={value} />;
  }
  return <>{formatValue(field, value, labels, context)}</>;
};

/** What an audit event changed: one line per field, "before → after". */
export const ChangesField = ({ of, labels, references }: ChangesFieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const context: FormatContext = {
    locale: useDomainLocale(),
    intlLocale: useIntlLocale(),
    empty: translate('resacoop.empty_value'),
    yes: translate('ra.boolean.true'),
    no: translate('ra.boolean.false'),
  };
  if (!record) return null;
  const isUpdate = record.action === 'update';
  // A merge shows "before → after" for the fields the kept record filled, one side alone for the rest.
  const isMerge = record.action === 'merge';
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changedFields(record.changes).map(({ field, before, after }) => (
        <Typography component="li" variant="body2" key={field}>
          <strong>{translate(`resources.${of}.fields.${field}`, { _: field })}</strong>
          {translate('resacoop.history.colon')}
          {isUpdate || (isMerge && before !== undefined && after !== undefined) ? (
            <>
              <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>
                <Value field={field} value={before} labels={labels} references={references} context={context} />
              </Box>
              {' → '}
              <Value field={field} value={after} labels={labels} references={references} context={context} />
            </>
          ) : (
            <Value
              field={field}
              value={record.action === 'delete' || after === undefined ? before : after}
              labels={labels}
              references={references}
              context={context}
            />
          )}
        </Typography>
      ))}
    </Box>
  );
};
