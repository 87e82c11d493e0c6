import { AppException, ErrorCode, ValidationFailed, type FieldErrors } from '../common/app-exception';

/** The largest CSV file accepted, in bytes and as the refusal says it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILE_LABEL = '10 Mo';

/** The whole file is refused (encoding, CSV syntax, size): nothing of it is read further. */
export class FileRefused extends ValidationFailed {
  constructor(reason: string) {
    super({ file: reason }, `Fichier refusé : ${reason}.`);
  }
}

export class FileTooLarge extends AppException {
  constructor() {
    const reason = `fichier trop volumineux (${MAX_FILE_LABEL} au plus)`;
    super(ErrorCode.PayloadTooLarge, `Fichier refusé : ${reason}.`, { file: reason });
  }
}

export class NotCsv extends AppException {
  constructor() {
    const reason = 'envoyez le fichier tel quel, avec l’en-tête Content-Type: text/csv';
    super(ErrorCode.UnsupportedMediaType, `Fichier refusé : ${reason}.`, { file: reason });
  }
}

/** The mapping names a column or a field that does not exist, or one field twice. */
export class MappingRefused extends ValidationFailed {
  constructor(reason: string) {
    super({ mapping: reason }, `Correspondance des colonnes refusée : ${reason}.`);
  }
}

/** A commit of a file with at least one error: nothing is imported. */
export class ImportHasErrors extends ValidationFailed {
  constructor(errors: FieldErrors, count: number) {
    super(errors, `${count} erreur${count > 1 ? 's' : ''} dans le fichier : rien n’a été importé. Corrigez-le puis recommencez.`);
  }
}
