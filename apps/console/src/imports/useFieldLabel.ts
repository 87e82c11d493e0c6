import { useTranslate } from 'react-admin';

/** A field's label as the resource's forms show it; the lookup fields (a contact's organisation) have their own. */
export function useFieldLabel(resource: string): (field: string) => string {
  const translate = useTranslate();
  return (field) => translate(`resources.${resource}.fields.${field}`, { _: translate(`resacoop.import.fields.${field}`, { _: field }) });
}
