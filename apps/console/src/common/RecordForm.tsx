import { SimpleForm, type SimpleFormProps } from 'react-admin';
import { ServerErrors } from './saveErrors';

/**
 * The form of every Create and Edit: react-admin's validation only (no browser pop-ups in
 * the browser's own language), and the API's errors mapped onto the fields.
 */
export const RecordForm = ({ fields, children, ...props }: SimpleFormProps & { fields: readonly string[] }) => (
  <SimpleForm noValidate {...props}>
    <ServerErrors fields={fields} />
    {children}
  </SimpleForm>
);
