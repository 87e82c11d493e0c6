import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="answer-templates">` pages for administrators: saved answers are listed, written and edited. */
export const list = lazyPage(() => import('./AnswerTemplateList').then((m) => m.AnswerTemplateList));
export const create = lazyPage(() => import('./AnswerTemplateCreate').then((m) => m.AnswerTemplateCreate));
export const edit = lazyPage(() => import('./AnswerTemplateEdit').then((m) => m.AnswerTemplateEdit));
