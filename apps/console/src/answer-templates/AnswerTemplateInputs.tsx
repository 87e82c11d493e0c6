import { BooleanInput, TextInput, required, useTranslate } from 'react-admin';
import { ANSWER_PLACEHOLDERS } from '@resacoop/domain';
import { Section } from '../common/layout';

/** A saved answer's title, its text with the placeholders the request fills (listed under it), and whether it is offered. */
export const AnswerTemplateInputs = () => {
  const translate = useTranslate();
  const placeholders = ANSWER_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');
  return (
    <Section>
      <TextInput source="title" validate={required()} />
      <TextInput
        source="body"
        validate={required()}
        multiline
        minRows={8}
        helperText={translate('resacoop.answer_templates.placeholders', { placeholders })}
      />
      <BooleanInput source="active" />
    </Section>
  );
};
