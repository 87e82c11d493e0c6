import { writableTransform } from '../common/payload';
import { BODY_FIELDS } from '../providers/api.generated';

/** The fields a client may write, as the API validates them (the OpenAPI document's UpdateAnswerTemplateDto). */
export const ANSWER_TEMPLATE_FIELDS = BODY_FIELDS.UpdateAnswerTemplateDto;

export const answerTemplateTransform = writableTransform(ANSWER_TEMPLATE_FIELDS);
