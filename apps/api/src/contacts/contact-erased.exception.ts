import { msg } from '@resacoop/domain';
import { AppException, ErrorCode } from '../common/app-exception';

/** An erased contact stays only as an anonymous row that requests still count: it is never edited or erased again. */
export class ContactErased extends AppException {
  constructor() {
    super(ErrorCode.Conflict, msg('contact.erased'));
  }
}
