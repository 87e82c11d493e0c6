import { Foundation1764000000000 } from './1764000000000-foundation';
import { InformationRequests1795544706745 } from './1795544706745-information-requests';
import { SupportCases1795545993866 } from './1795545993866-support-cases';
import { Reminders1795547818694 } from './1795547818694-reminders';
import { DailyDigest1795548516441 } from './1795548516441-daily-digest';
import { KeyFiguresPrivacyDuplicates1795696300538 } from './1795696300538-key-figures-privacy-duplicates';
import { QualifiedNameKeyFunction1795696963587 } from './1795696963587-qualified-name-key-function';
import { StoredSearchOpenQueue1795709088280 } from './1795709088280-stored-search-open-queue';
import { DashboardAndEmailRecoveryIndexes1795712131715 } from './1795712131715-dashboard-and-email-recovery-indexes';
import { HistoryKeepsItsLinks1795830000000 } from './1795830000000-history-keeps-its-links';
import { RelayNewsAndWithdrawal1795870000000 } from './1795870000000-relay-news-and-withdrawal';
import { ConvertedRequestsIndividualCases1795880000000 } from './1795880000000-converted-requests-individual-cases';
import { UserLocaleLocalizedNotifications1795900000000 } from './1795900000000-user-locale-localized-notifications';
import { CollectiveEvents1796100000000 } from './1796100000000-collective-events';
import { RegistrantReminders1796200000000 } from './1796200000000-registrant-reminders';
import { MailMessages1796300000000 } from './1796300000000-mail-messages';
import { AnswerTemplates1796500000000 } from './1796500000000-answer-templates';
import { MailSendFailures1796610000000 } from './1796610000000-mail-send-failures';
import { FrenchTextOrder1796700000000 } from './1796700000000-french-text-order';

/** Every schema change, in order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1764000000000,
  InformationRequests1795544706745,
  SupportCases1795545993866,
  Reminders1795547818694,
  DailyDigest1795548516441,
  KeyFiguresPrivacyDuplicates1795696300538,
  QualifiedNameKeyFunction1795696963587,
  StoredSearchOpenQueue1795709088280,
  DashboardAndEmailRecoveryIndexes1795712131715,
  HistoryKeepsItsLinks1795830000000,
  RelayNewsAndWithdrawal1795870000000,
  ConvertedRequestsIndividualCases1795880000000,
  UserLocaleLocalizedNotifications1795900000000,
  CollectiveEvents1796100000000,
  RegistrantReminders1796200000000,
  MailMessages1796300000000,
  AnswerTemplates1796500000000,
  MailSendFailures1796610000000,
  FrenchTextOrder1796700000000,
];
