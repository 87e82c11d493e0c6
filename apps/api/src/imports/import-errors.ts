import { msg, type Message } from '@resacoop/domain';
import { AppException, ErrorCode, ValidationFailed, type FieldErrors } from '../common/app-exception';

/** The largest CSV file accepted, in bytes and as the refusal says it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILE_LABEL = { fr: '10 Mo', en: '10 MB' };

/** The whole file is refused (encoding, CSV syntax, size): nothing of it is read further. */
export class FileRefused extends ValidationFailed {
  constructor(reason: Message) {
    super({ file: reason }, msg('import.fileRefused', { reason }));
  }
}

export class FileTooLarge extends AppException {
  constructor() {
    const reason = msg('import.fileTooLarge', { max: MAX_FILE_LABEL });
    super(ErrorCode.PayloadTooLarge, msg('import.fileRefused', { reason }), { file: reason });
  }
}

export class NotCsv extends AppException {
  constructor() {
    const reason = msg('import.notCsv');
    super(ErrorCode.UnsupportedMediaType, msg('import.fileRefused', { reason }), { file: reason });
  }
}

/** The mapping names a column or a field that does not exist, or one field twice. */
export class MappingRefused extends ValidationFailed {
  constructor(reason: Message) {
    super({ mapping: reason }, msg('import.mappingRefused', { reason }));
  }
}

/** A commit of a file with at least one error: nothing is imported. */
export class ImportHasErrors extends ValidationFailed {
  constructor(errors: FieldErrors, count: number) {
    super(errors, msg('import.hasErrors', { count }));
  }
}
