// Generated from the API's OpenAPI document (/api/docs-json) by `npm run api-types`: do not edit.
// tests/api/api-types.spec.ts fails when it no longer matches the API.

/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "AnswerTemplate".
 */
export interface AnswerTemplate {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  title: string;
  body: string;
  active: boolean;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Assignment".
 */
export interface Assignment {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  caseId: number;
  relayId: number;
  status: 'proposed' | 'accepted' | 'completed' | 'declined' | 'withdrawn';
  declineReason: string | null;
  assignedById: number | null;
  assignedAt: string;
  acknowledgedAt: string | null;
  acknowledgedById: number | null;
  completedAt: string | null;
  caseReference?: string;
  projectTitle?: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "AssignmentActionDto".
 */
export interface AssignmentActionDto {
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "AttendanceDto".
 */
export interface AttendanceDto {
  status: 'registered' | 'attended' | 'absent';
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "AuditEvent".
 */
export interface AuditEvent {
  id: string;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number;
  changes: {
    [k: string]: unknown;
  };
  at: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CaseAdviser".
 */
export interface CaseAdviser {
  fullName: string;
  email: string;
  site: 'lyon' | 'clermont' | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CollectiveEvent".
 */
export interface CollectiveEvent {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  title: string;
  kind: 'workshop' | 'training' | 'working_group' | 'regional_meeting' | 'webinar' | 'fair' | 'festisol' | 'other';
  role: 'organised' | 'co_organised' | 'speaker' | 'participant';
  startsAt: string;
  endsAt: string;
  online: boolean;
  address: string | null;
  departement: '01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region' | null;
  themes: (
    | 'ecsi'
    | 'project_design'
    | 'funding'
    | 'partnership'
    | 'youth_mobility'
    | 'local_authorities'
    | 'migration'
    | 'climate'
    | 'health'
    | 'other'
  )[];
  sdgs: number[];
  coOrganiserIds: number[];
  relayId: number | null;
  site: 'lyon' | 'clermont' | null;
  capacity: number | null;
  publicDescription: string | null;
  status: 'draft' | 'published' | 'held' | 'cancelled';
  headCount: number;
  hours: number | null;
  trainer: string | null;
  publicToken: string | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  organisationId: number | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  function: string | null;
  newsletterConsentAt: string | null;
  notes: string | null;
  erasedAt: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "ConvertRequestDto".
 */
export interface ConvertRequestDto {
  nextFollowUpAt: string;
  /**
   * one line: no line break nor control character
   */
  projectTitle?: string | null;
  projectSummary?: string | null;
  /**
   * @maxItems 50
   */
  countries?: string[] | null;
  sdgs?: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17)[] | null;
  adviserId?: number | null;
  site?: ('lyon' | 'clermont') | null;
  stage?: ('design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication') | null;
  fundingSoughtEur?: number | null;
  fundingObtainedEur?: number | null;
  /**
   * @maxItems 20
   */
  funders?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  openedAt?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateAnswerTemplateDto".
 */
export interface CreateAnswerTemplateDto {
  /**
   * one line: no line break nor control character
   */
  title: string;
  body: string;
  active?: boolean | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateAssignmentDto".
 */
export interface CreateAssignmentDto {
  caseId: number;
  relayId?: number | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateCaseDto".
 */
export interface CreateCaseDto {
  organisationId?: number | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  projectTitle: string;
  projectSummary?: string | null;
  /**
   * @maxItems 50
   */
  countries?: string[] | null;
  sdgs?: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17)[] | null;
  adviserId?: number | null;
  site?: ('lyon' | 'clermont') | null;
  stage?: ('design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication') | null;
  nextFollowUpAt: string;
  fundingSoughtEur?: number | null;
  fundingObtainedEur?: number | null;
  /**
   * @maxItems 20
   */
  funders?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  openedAt?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateContactDto".
 */
export interface CreateContactDto {
  organisationId?: number | null;
  /**
   * one line: no line break nor control character
   */
  firstName: string;
  /**
   * one line: no line break nor control character
   */
  lastName: string;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  phone?: string | null;
  /**
   * one line: no line break nor control character
   */
  function?: string | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  newsletterConsentAt?: string | null;
  notes?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateEventDto".
 */
export interface CreateEventDto {
  /**
   * one line: no line break nor control character
   */
  title: string;
  kind: 'workshop' | 'training' | 'working_group' | 'regional_meeting' | 'webinar' | 'fair' | 'festisol' | 'other';
  role: 'organised' | 'co_organised' | 'speaker' | 'participant';
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  startsAt: string;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  endsAt: string;
  online?: boolean | null;
  address?: string | null;
  departement?: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region') | null;
  themes?:
    | (
        | 'ecsi'
        | 'project_design'
        | 'funding'
        | 'partnership'
        | 'youth_mobility'
        | 'local_authorities'
        | 'migration'
        | 'climate'
        | 'health'
        | 'other'
      )[]
    | null;
  sdgs?: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17)[] | null;
  /**
   * @maxItems 50
   */
  coOrganiserIds?: number[] | null;
  relayId?: number | null;
  site?: ('lyon' | 'clermont') | null;
  capacity?: number | null;
  publicDescription?: string | null;
  headCount?: number | null;
  hours?: number | null;
  /**
   * one line: no line break nor control character
   */
  trainer?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateInteractionDto".
 */
export interface CreateInteractionDto {
  requestId?: number | null;
  caseId?: number | null;
  kind: 'note' | 'call' | 'email' | 'meeting';
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  occurredAt?: string | null;
  minutesSpent?: number | null;
  body: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateOrganisationDto".
 */
export interface CreateOrganisationDto {
  /**
   * one line: no line break nor control character
   */
  name: string;
  /**
   * one line: no line break nor control character
   */
  acronym?: string | null;
  type:
    | 'association'
    | 'local_authority'
    | 'company'
    | 'school'
    | 'university'
    | 'hospital'
    | 'public_body'
    | 'private_body'
    | 'youth_education'
    | 'other';
  /**
   * SIRET: 14 digits with a valid Luhn key
   */
  siret?: string | null;
  rna?: string | null;
  departement?: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region') | null;
  postcode?: string | null;
  /**
   * one line: no line break nor control character
   */
  city?: string | null;
  address?: string | null;
  /**
   * one line: no line break nor control character
   */
  website?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  phone?: string | null;
  membership?: ('gip_member' | 'adherent' | 'associate' | 'none') | null;
  /**
   * @maxItems 9
   */
  zones?:
    | []
    | ['france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania']
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | null;
  /**
   * @maxItems 30
   */
  tags?: string[] | null;
  notes?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateRegistrationDto".
 */
export interface CreateRegistrationDto {
  eventId: number;
  status?: ('registered' | 'attended' | 'absent') | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  consentAt?: string | null;
  evaluationScore?: (1 | 2 | 3 | 4 | 5) | null;
  evaluationComment?: string | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  name?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  organisationId?: number | null;
  /**
   * one line: no line break nor control character
   */
  organisationName?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateRequestDto".
 */
export interface CreateRequestDto {
  site?: ('lyon' | 'clermont') | null;
  channel: 'phone' | 'email' | 'walk_in' | 'event' | 'web_form' | 'other';
  topic:
    | 'funding'
    | 'partnership'
    | 'project_design'
    | 'volunteering'
    | 'jobs_internships'
    | 'training'
    | 'ecsi'
    | 'events'
    | 'directory'
    | 'other';
  /**
   * one line: no line break nor control character
   */
  subject: string;
  question: string;
  organisationId?: number | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  requesterName?: string | null;
  /**
   * one line: no line break nor control character
   */
  requesterEmail?: string | null;
  assigneeId?: number | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  receivedAt?: string | null;
  status?: ('new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted') | null;
  answer?: string | null;
  minutesSpent?: number | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "CreateUserDto".
 */
export interface CreateUserDto {
  /**
   * one line: no line break nor control character
   */
  email: string;
  /**
   * one line: no line break nor control character
   */
  fullName: string;
  role: 'admin' | 'staff' | 'relay';
  site?: ('lyon' | 'clermont') | null;
  relayId?: number | null;
  active?: boolean | null;
  dailyDigest?: boolean | null;
  locale?: ('fr' | 'en') | null;
  password: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Dashboard".
 */
export interface Dashboard {
  requests: {
    overdue: {
      id: number;
      reference: string;
      subject: string;
      status: 'new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted';
      dueAt: string;
    }[];
    overdueCount: number;
    dueSoon: {
      id: number;
      reference: string;
      subject: string;
      status: 'new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted';
      dueAt: string;
    }[];
    dueSoonCount: number;
  };
  followUps: {
    overdue: {
      id: number;
      reference: string;
      projectTitle: string;
      nextFollowUpAt: string;
    }[];
    overdueCount: number;
    dueSoon: {
      id: number;
      reference: string;
      projectTitle: string;
      nextFollowUpAt: string;
    }[];
    dueSoonCount: number;
  };
  assignments: {
    unacknowledged: {
      id: number;
      caseId: number;
      caseReference: string;
      projectTitle: string;
      relayId: number;
      relayName: string;
      assignedAt: string;
    }[];
    count: number;
  };
  figures: {
    year: number;
    requests: number;
    casesOpened: number;
    casesActive: number;
    casesThroughRelay: number;
    answeredWithinDuePercent: number | null;
  } | null;
  mailboxesDown: {
    name: string;
    since: string;
    error: string;
  }[];
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "DeclineAssignmentDto".
 */
export interface DeclineAssignmentDto {
  declineReason: string;
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "DuplicateCandidate".
 */
export interface DuplicateCandidate {
  organisation: {
    id: number;
    version: number;
    name: string;
    acronym: string | null;
    siret: string | null;
    rna: string | null;
    departement: '01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region' | null;
    city: string | null;
    type:
      | 'association'
      | 'local_authority'
      | 'company'
      | 'school'
      | 'university'
      | 'hospital'
      | 'public_body'
      | 'private_body'
      | 'youth_education'
      | 'other';
  };
  reasons: ('siret' | 'rna' | 'name')[];
  similarity: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "EmailAnswer".
 */
export interface EmailAnswer {
  id: number;
  messageId: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "EmailAnswerDto".
 */
export interface EmailAnswerDto {
  body: string;
  close?: boolean | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "EraseContactDto".
 */
export interface EraseContactDto {
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "EventActionDto".
 */
export interface EventActionDto {
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "ImportCommitted".
 */
export interface ImportCommitted {
  mode: 'commit';
  resource: 'organisations' | 'contacts';
  imported: number;
  ids: number[];
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "ImportPreview".
 */
export interface ImportPreview {
  mode: 'preview';
  headers: string[];
  mapping: {
    [k: string]: string | null;
  };
  fields: string[];
  rows: number;
  valid: number;
  invalid: number;
  preview: {
    row: number;
    values: {
      [k: string]: unknown;
    };
  }[];
  resource: 'organisations' | 'contacts';
  errors: {
    row: number | null;
    field: string;
    message: string;
  }[];
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "InformationRequest".
 */
export interface InformationRequest {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  reference: string;
  site: 'lyon' | 'clermont';
  channel: 'phone' | 'email' | 'walk_in' | 'event' | 'web_form' | 'other';
  topic:
    | 'funding'
    | 'partnership'
    | 'project_design'
    | 'volunteering'
    | 'jobs_internships'
    | 'training'
    | 'ecsi'
    | 'events'
    | 'directory'
    | 'other';
  subject: string;
  question: string;
  organisationId: number | null;
  contactId: number | null;
  requesterName: string | null;
  requesterEmail: string | null;
  assigneeId: number | null;
  status: 'new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted';
  receivedAt: string;
  dueAt: string;
  waitingSince: string | null;
  firstResponseAt: string | null;
  answeredAt: string | null;
  answer: string | null;
  minutesSpent: number;
  caseId: number | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Interaction".
 */
export interface Interaction {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  requestId: number | null;
  caseId: number | null;
  kind: 'note' | 'call' | 'email' | 'meeting' | 'status_change' | 'stage_change';
  authorId: number | null;
  occurredAt: string;
  minutesSpent: number;
  body: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "KeyFigures".
 */
export interface KeyFigures {
  period: {
    from: string;
    to: string;
  };
  requests: {
    total: number;
    bySite: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byChannel: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byTopic: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byMonth: {
      month: string;
      count: number;
    }[];
    medianFirstResponseHours: number | null;
    answeredWithinDue: {
      count: number;
      of: number;
      percent: number | null;
    };
  };
  cases: {
    opened: number;
    active: number;
    closed: number;
    ledByTeam: number;
    throughRelay: number;
    byStage: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byZone: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byDepartement: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byOrganisationType: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    throughRelayByZone: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byOutcome: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byMonth: {
      month: string;
      count: number;
    }[];
  };
  assignments: {
    total: number;
    byRelay: {
      relayId: number;
      relayName: string;
      total: number;
      byStatus: {
        proposed: number;
        accepted: number;
        completed: number;
        declined: number;
        withdrawn: number;
      };
    }[];
  };
  minutesSpent: {
    requests: number;
    cases: number;
    total: number;
  };
  events: {
    hosted: number;
    asSpeaker: number;
    asParticipant: number;
    participants: number;
    organisations: number;
    associations: {
      count: number;
      percent: number;
    };
    byKind: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byTheme: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byDepartement: {
      base: number;
      items: {
        key: string | null;
        count: number;
        percent: number;
      }[];
    };
    byMonth: {
      month: string;
      count: number;
    }[];
  };
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "KeyFiguresView".
 */
export interface KeyFiguresView {
  figures: KeyFigures;
  publication: {
    year: number;
    publishedAt: string;
    publishedById: number | null;
    publishedByName: string | null;
  } | null;
  live: {
    period: {
      from: string;
      to: string;
    };
    requests: {
      total: number;
      bySite: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byChannel: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byTopic: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byMonth: {
        month: string;
        count: number;
      }[];
      medianFirstResponseHours: number | null;
      answeredWithinDue: {
        count: number;
        of: number;
        percent: number | null;
      };
    };
    cases: {
      opened: number;
      active: number;
      closed: number;
      ledByTeam: number;
      throughRelay: number;
      byStage: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byZone: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byDepartement: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byOrganisationType: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      throughRelayByZone: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byOutcome: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byMonth: {
        month: string;
        count: number;
      }[];
    };
    assignments: {
      total: number;
      byRelay: {
        relayId: number;
        relayName: string;
        total: number;
        byStatus: {
          proposed: number;
          accepted: number;
          completed: number;
          declined: number;
          withdrawn: number;
        };
      }[];
    };
    minutesSpent: {
      requests: number;
      cases: number;
      total: number;
    };
    events: {
      hosted: number;
      asSpeaker: number;
      asParticipant: number;
      participants: number;
      organisations: number;
      associations: {
        count: number;
        percent: number;
      };
      byKind: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byTheme: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byDepartement: {
        base: number;
        items: {
          key: string | null;
          count: number;
          percent: number;
        }[];
      };
      byMonth: {
        month: string;
        count: number;
      }[];
    };
  } | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "LinkContactDto".
 */
export interface LinkContactDto {
  contactId: number;
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "LoginDto".
 */
export interface LoginDto {
  email: string;
  password: string;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "MailAttachment".
 */
export interface MailAttachment {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  mailMessageId: number;
  requestId: number;
  fileName: string;
  contentType: string;
  size: number;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "MailMessage".
 */
export interface MailMessage {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  messageKey: string;
  direction: string;
  outcome: string;
  mailbox: string | null;
  requestId: number | null;
  authorId: number | null;
  fromName: string | null;
  fromAddress: string | null;
  toAddress: string | null;
  subject: string;
  text: string;
  safeHtml: string | null;
  inReplyTo: string | null;
  references: string | null;
  note: string | null;
  at: string;
  sentAt: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Me".
 */
export interface Me {
  id: number;
  email: string;
  fullName: string;
  role: 'admin' | 'staff' | 'relay';
  site: 'lyon' | 'clermont' | null;
  relayId: number | null;
  dailyDigest: boolean;
  locale: 'fr' | 'en';
  permissions: {
    organisations?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    contacts?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    users?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    relays?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    'audit-events'?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    requests?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    interactions?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    cases?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    assignments?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    notifications?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    queues?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    reports?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    'personal-data-reads'?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    events?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    registrations?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
    'answer-templates'?: ('list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import')[];
  };
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "MergeOrganisationsDto".
 */
export interface MergeOrganisationsDto {
  duplicateId: number;
  version: number;
  duplicateVersion: number;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Notification".
 */
export interface Notification {
  id: number;
  userId: number;
  rule:
    | 'case_follow_up'
    | 'request_due_tomorrow'
    | 'request_overdue'
    | 'request_overdue_escalation'
    | 'request_unassigned'
    | 'assignment_proposed'
    | 'assignment_answered'
    | 'assignment_unacknowledged'
    | 'assignment_unacknowledged_adviser'
    | 'case_inactive'
    | 'daily_digest'
    | 'event_attendance_missing'
    | 'event_evaluations_missing'
    | 'event_registrant_reminder';
  entity: string;
  entityId: number;
  message: string;
  messageKey: string | null;
  messageParams: {
    [k: string]: unknown;
  } | null;
  occurrenceId: string;
  createdAt: string;
  readAt: string | null;
  emailedAt: string | null;
  emailError: string | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Organisation".
 */
export interface Organisation {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  name: string;
  acronym: string | null;
  type:
    | 'association'
    | 'local_authority'
    | 'company'
    | 'school'
    | 'university'
    | 'hospital'
    | 'public_body'
    | 'private_body'
    | 'youth_education'
    | 'other';
  siret: string | null;
  rna: string | null;
  departement: '01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region' | null;
  postcode: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  membership: 'gip_member' | 'adherent' | 'associate' | 'none';
  zones: (
    'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania'
  )[];
  tags: string[];
  notes: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "ParticipantDto".
 */
export interface ParticipantDto {
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  name?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  organisationId?: number | null;
  /**
   * one line: no line break nor control character
   */
  organisationName?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PersonalData".
 */
export interface PersonalData {
  exportedAt: string;
  contact: Contact;
  organisation: {
    id: number;
    name: string;
  } | null;
  requests: {
    id: number;
    createdAt: string;
    updatedAt: string;
    version: number;
    reference: string;
    site: 'lyon' | 'clermont';
    channel: 'phone' | 'email' | 'walk_in' | 'event' | 'web_form' | 'other';
    topic:
      | 'funding'
      | 'partnership'
      | 'project_design'
      | 'volunteering'
      | 'jobs_internships'
      | 'training'
      | 'ecsi'
      | 'events'
      | 'directory'
      | 'other';
    subject: string;
    question: string;
    organisationId: number | null;
    contactId: number | null;
    requesterName: string | null;
    requesterEmail: string | null;
    assigneeId: number | null;
    status: 'new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted';
    receivedAt: string;
    dueAt: string;
    waitingSince: string | null;
    firstResponseAt: string | null;
    answeredAt: string | null;
    answer: string | null;
    minutesSpent: number;
    caseId: number | null;
    interactions: Interaction[];
  }[];
  mailMessages: MailMessage[];
  cases: SupportCase[];
  registrations: Registration[];
  history: AuditEvent[];
  relayReads: {
    at: string;
    kind: 'read' | 'list' | 'export';
    userId: number;
    userFullName: string;
  }[];
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "SupportCase".
 */
export interface SupportCase {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  reference: string;
  organisationId: number | null;
  contactId: number | null;
  projectTitle: string;
  projectSummary: string | null;
  countries: string[];
  zones: (
    'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania'
  )[];
  sdgs: number[];
  adviserId: number;
  site: 'lyon' | 'clermont';
  stage: 'design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication';
  status: 'open' | 'on_hold' | 'closed';
  outcome: 'funded' | 'completed' | 'redirected' | 'abandoned' | null;
  nextFollowUpAt: string | null;
  fundingSoughtEur: number;
  fundingObtainedEur: number;
  funders: string[];
  openedAt: string;
  closedAt: string | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Registration".
 */
export interface Registration {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  eventId: number;
  contactId: number | null;
  name: string | null;
  email: string | null;
  organisationId: number | null;
  organisationName: string | null;
  status: 'registered' | 'attended' | 'absent';
  consentAt: string | null;
  evaluationScore: number | null;
  evaluationComment: string | null;
  remindersOptedOutAt: string | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PersonalDataRead".
 */
export interface PersonalDataRead {
  id: string;
  userId: number;
  contactId: number;
  kind: string;
  at: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PreferencesDto".
 */
export interface PreferencesDto {
  dailyDigest?: boolean | null;
  locale?: ('fr' | 'en') | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PublicEvent".
 */
export interface PublicEvent {
  title: string;
  kind: 'workshop' | 'training' | 'working_group' | 'regional_meeting' | 'webinar' | 'fair' | 'festisol' | 'other';
  startsAt: string;
  endsAt: string;
  online: boolean;
  address: string | null;
  departement: '01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region' | null;
  publicDescription: string | null;
  full: boolean;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PublicRegistration".
 */
export interface PublicRegistration {
  status: 'registered';
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PublicRegistrationDto".
 */
export interface PublicRegistrationDto {
  /**
   * one line: no line break nor control character
   */
  name: string;
  /**
   * one line: no line break nor control character
   */
  email: string;
  /**
   * one line: no line break nor control character
   */
  organisationName?: string | null;
  consent: true;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Publication".
 */
export interface Publication {
  year: number;
  publishedAt: string;
  publishedById: number | null;
  publishedByName: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "PublishYearDto".
 */
export interface PublishYearDto {
  year: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "QueueOverview".
 */
export interface QueueOverview {
  name: string;
  counts: {
    [k: string]: number;
  };
  failed: {
    id: string;
    name: string;
    failedReason: string;
    attemptsMade: number;
    finishedOn: number | null;
    data: unknown;
  }[];
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Relay".
 */
export interface Relay {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  name: string;
  organisationId: number;
  departements: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region')[];
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "SignInSheetCommitted".
 */
export interface SignInSheetCommitted {
  mode: 'commit';
  resource: 'registrations';
  eventId: number;
  imported: number;
  ids: number[];
  created: number[];
  updated: number[];
  contacts: number[];
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "SignInSheetPreview".
 */
export interface SignInSheetPreview {
  mode: 'preview';
  headers: string[];
  mapping: {
    [k: string]: string | null;
  };
  fields: string[];
  rows: number;
  valid: number;
  invalid: number;
  preview: {
    row: number;
    values: {
      [k: string]: unknown;
    };
  }[];
  resource: 'registrations';
  eventId: number;
  errors: {
    row: number | null;
    field: string;
    column: string | null;
    message: string;
  }[];
  matches: {
    row: number;
    person: 'contact' | 'newContact' | 'registrant';
    contactId: number | null;
    registration: 'new' | 'existing';
    registrationId: number | null;
  }[];
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "StageChange".
 */
export interface StageChange {
  id: number;
  caseId: number;
  fromStage: 'design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication' | null;
  toStage: 'design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication';
  changedById: number | null;
  changedAt: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "Unsubscribed".
 */
export interface Unsubscribed {
  status: 'unsubscribed';
  message: string;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateAnswerTemplateDto".
 */
export interface UpdateAnswerTemplateDto {
  version: number;
  /**
   * one line: no line break nor control character
   */
  title?: string | null;
  body?: string | null;
  active?: boolean | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateCaseDto".
 */
export interface UpdateCaseDto {
  nextFollowUpAt?: string | null;
  status?: ('open' | 'on_hold' | 'closed') | null;
  outcome?: ('funded' | 'completed' | 'redirected' | 'abandoned') | null;
  version: number;
  organisationId?: number | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  projectTitle?: string | null;
  projectSummary?: string | null;
  /**
   * @maxItems 50
   */
  countries?: string[] | null;
  sdgs?: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17)[] | null;
  adviserId?: number | null;
  site?: ('lyon' | 'clermont') | null;
  stage?: ('design' | 'funding_search' | 'partner_search' | 'implementation' | 'reporting' | 'communication') | null;
  fundingSoughtEur?: number | null;
  fundingObtainedEur?: number | null;
  /**
   * @maxItems 20
   */
  funders?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  openedAt?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateContactDto".
 */
export interface UpdateContactDto {
  version: number;
  organisationId?: number | null;
  /**
   * one line: no line break nor control character
   */
  firstName?: string | null;
  /**
   * one line: no line break nor control character
   */
  lastName?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  phone?: string | null;
  /**
   * one line: no line break nor control character
   */
  function?: string | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  newsletterConsentAt?: string | null;
  notes?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateEventDto".
 */
export interface UpdateEventDto {
  version: number;
  /**
   * one line: no line break nor control character
   */
  title?: string | null;
  kind?: ('workshop' | 'training' | 'working_group' | 'regional_meeting' | 'webinar' | 'fair' | 'festisol' | 'other') | null;
  role?: ('organised' | 'co_organised' | 'speaker' | 'participant') | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  startsAt?: string | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  endsAt?: string | null;
  online?: boolean | null;
  address?: string | null;
  departement?: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region') | null;
  themes?:
    | (
        | 'ecsi'
        | 'project_design'
        | 'funding'
        | 'partnership'
        | 'youth_mobility'
        | 'local_authorities'
        | 'migration'
        | 'climate'
        | 'health'
        | 'other'
      )[]
    | null;
  sdgs?: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17)[] | null;
  /**
   * @maxItems 50
   */
  coOrganiserIds?: number[] | null;
  relayId?: number | null;
  site?: ('lyon' | 'clermont') | null;
  capacity?: number | null;
  publicDescription?: string | null;
  headCount?: number | null;
  hours?: number | null;
  /**
   * one line: no line break nor control character
   */
  trainer?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateOrganisationDto".
 */
export interface UpdateOrganisationDto {
  version: number;
  /**
   * one line: no line break nor control character
   */
  name?: string | null;
  /**
   * one line: no line break nor control character
   */
  acronym?: string | null;
  type?:
    | (
        | 'association'
        | 'local_authority'
        | 'company'
        | 'school'
        | 'university'
        | 'hospital'
        | 'public_body'
        | 'private_body'
        | 'youth_education'
        | 'other'
      )
    | null;
  /**
   * SIRET: 14 digits with a valid Luhn key
   */
  siret?: string | null;
  rna?: string | null;
  departement?: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region') | null;
  postcode?: string | null;
  /**
   * one line: no line break nor control character
   */
  city?: string | null;
  address?: string | null;
  /**
   * one line: no line break nor control character
   */
  website?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  phone?: string | null;
  membership?: ('gip_member' | 'adherent' | 'associate' | 'none') | null;
  /**
   * @maxItems 9
   */
  zones?:
    | []
    | ['france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania']
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | [
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
        'france' | 'sub_saharan_africa' | 'maghreb' | 'middle_east' | 'asia' | 'latin_america' | 'north_america' | 'europe' | 'oceania',
      ]
    | null;
  /**
   * @maxItems 30
   */
  tags?: string[] | null;
  notes?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateRegistrationDto".
 */
export interface UpdateRegistrationDto {
  version: number;
  status?: ('registered' | 'attended' | 'absent') | null;
  /**
   * an ISO 8601 date (YYYY-MM-DD) or date-time
   */
  consentAt?: string | null;
  evaluationScore?: (1 | 2 | 3 | 4 | 5) | null;
  evaluationComment?: string | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  name?: string | null;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  organisationId?: number | null;
  /**
   * one line: no line break nor control character
   */
  organisationName?: string | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateRelayDto".
 */
export interface UpdateRelayDto {
  /**
   * one line: no line break nor control character
   */
  name?: string | null;
  organisationId?: number | null;
  departements?: ('01' | '03' | '07' | '15' | '26' | '38' | '42' | '43' | '63' | '69D' | '69M' | '73' | '74' | 'outside_region')[] | null;
  version: number;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateRequestDto".
 */
export interface UpdateRequestDto {
  version: number;
  site?: ('lyon' | 'clermont') | null;
  channel?: ('phone' | 'email' | 'walk_in' | 'event' | 'web_form' | 'other') | null;
  topic?:
    | (
        | 'funding'
        | 'partnership'
        | 'project_design'
        | 'volunteering'
        | 'jobs_internships'
        | 'training'
        | 'ecsi'
        | 'events'
        | 'directory'
        | 'other'
      )
    | null;
  /**
   * one line: no line break nor control character
   */
  subject?: string | null;
  question?: string | null;
  organisationId?: number | null;
  contactId?: number | null;
  /**
   * one line: no line break nor control character
   */
  requesterName?: string | null;
  /**
   * one line: no line break nor control character
   */
  requesterEmail?: string | null;
  assigneeId?: number | null;
  status?: ('new' | 'in_progress' | 'waiting' | 'answered' | 'closed' | 'converted') | null;
  answer?: string | null;
  minutesSpent?: number | null;
}
/**
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "UpdateUserDto".
 */
export interface UpdateUserDto {
  version: number;
  /**
   * one line: no line break nor control character
   */
  email?: string | null;
  /**
   * one line: no line break nor control character
   */
  fullName?: string | null;
  role?: ('admin' | 'staff' | 'relay') | null;
  site?: ('lyon' | 'clermont') | null;
  relayId?: number | null;
  active?: boolean | null;
  dailyDigest?: boolean | null;
  locale?: ('fr' | 'en') | null;
  password?: string | null;
}
/**
 * Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).
 *
 * This interface was referenced by `ApiTypes`'s JSON-Schema
 * via the `definition` "User".
 */
export interface User {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  email: string;
  fullName: string;
  role: 'admin' | 'staff' | 'relay';
  site: 'lyon' | 'clermont' | null;
  relayId: number | null;
  active: boolean;
  dailyDigest: boolean;
  locale: 'fr' | 'en';
}

/** The fields each body takes, as the API validates them. */
export const BODY_FIELDS = {
  AssignmentActionDto: ['version'],
  AttendanceDto: ['status'],
  ConvertRequestDto: [
    'nextFollowUpAt',
    'projectTitle',
    'projectSummary',
    'countries',
    'sdgs',
    'adviserId',
    'site',
    'stage',
    'fundingSoughtEur',
    'fundingObtainedEur',
    'funders',
    'openedAt',
  ],
  CreateAnswerTemplateDto: ['title', 'body', 'active'],
  CreateAssignmentDto: ['caseId', 'relayId'],
  CreateCaseDto: [
    'organisationId',
    'contactId',
    'projectTitle',
    'projectSummary',
    'countries',
    'sdgs',
    'adviserId',
    'site',
    'stage',
    'nextFollowUpAt',
    'fundingSoughtEur',
    'fundingObtainedEur',
    'funders',
    'openedAt',
  ],
  CreateContactDto: ['organisationId', 'firstName', 'lastName', 'email', 'phone', 'function', 'newsletterConsentAt', 'notes'],
  CreateEventDto: [
    'title',
    'kind',
    'role',
    'startsAt',
    'endsAt',
    'online',
    'address',
    'departement',
    'themes',
    'sdgs',
    'coOrganiserIds',
    'relayId',
    'site',
    'capacity',
    'publicDescription',
    'headCount',
    'hours',
    'trainer',
  ],
  CreateInteractionDto: ['requestId', 'caseId', 'kind', 'occurredAt', 'minutesSpent', 'body'],
  CreateOrganisationDto: [
    'name',
    'acronym',
    'type',
    'siret',
    'rna',
    'departement',
    'postcode',
    'city',
    'address',
    'website',
    'email',
    'phone',
    'membership',
    'zones',
    'tags',
    'notes',
  ],
  CreateRegistrationDto: [
    'eventId',
    'status',
    'consentAt',
    'evaluationScore',
    'evaluationComment',
    'contactId',
    'name',
    'email',
    'organisationId',
    'organisationName',
  ],
  CreateRequestDto: [
    'site',
    'channel',
    'topic',
    'subject',
    'question',
    'organisationId',
    'contactId',
    'requesterName',
    'requesterEmail',
    'assigneeId',
    'receivedAt',
    'status',
    'answer',
    'minutesSpent',
  ],
  CreateUserDto: ['email', 'fullName', 'role', 'site', 'relayId', 'active', 'dailyDigest', 'locale', 'password'],
  DeclineAssignmentDto: ['declineReason', 'version'],
  EmailAnswerDto: ['body', 'close'],
  EraseContactDto: ['version'],
  EventActionDto: ['version'],
  LinkContactDto: ['contactId', 'version'],
  LoginDto: ['email', 'password'],
  MergeOrganisationsDto: ['duplicateId', 'version', 'duplicateVersion'],
  ParticipantDto: ['contactId', 'name', 'email', 'organisationId', 'organisationName'],
  PreferencesDto: ['dailyDigest', 'locale'],
  PublicRegistrationDto: ['name', 'email', 'organisationName', 'consent'],
  PublishYearDto: ['year'],
  UpdateAnswerTemplateDto: ['version', 'title', 'body', 'active'],
  UpdateCaseDto: [
    'nextFollowUpAt',
    'status',
    'outcome',
    'version',
    'organisationId',
    'contactId',
    'projectTitle',
    'projectSummary',
    'countries',
    'sdgs',
    'adviserId',
    'site',
    'stage',
    'fundingSoughtEur',
    'fundingObtainedEur',
    'funders',
    'openedAt',
  ],
  UpdateContactDto: ['version', 'organisationId', 'firstName', 'lastName', 'email', 'phone', 'function', 'newsletterConsentAt', 'notes'],
  UpdateEventDto: [
    'version',
    'title',
    'kind',
    'role',
    'startsAt',
    'endsAt',
    'online',
    'address',
    'departement',
    'themes',
    'sdgs',
    'coOrganiserIds',
    'relayId',
    'site',
    'capacity',
    'publicDescription',
    'headCount',
    'hours',
    'trainer',
  ],
  UpdateOrganisationDto: [
    'version',
    'name',
    'acronym',
    'type',
    'siret',
    'rna',
    'departement',
    'postcode',
    'city',
    'address',
    'website',
    'email',
    'phone',
    'membership',
    'zones',
    'tags',
    'notes',
  ],
  UpdateRegistrationDto: [
    'version',
    'status',
    'consentAt',
    'evaluationScore',
    'evaluationComment',
    'contactId',
    'name',
    'email',
    'organisationId',
    'organisationName',
  ],
  UpdateRelayDto: ['name', 'organisationId', 'departements', 'version'],
  UpdateRequestDto: [
    'version',
    'site',
    'channel',
    'topic',
    'subject',
    'question',
    'organisationId',
    'contactId',
    'requesterName',
    'requesterEmail',
    'assigneeId',
    'status',
    'answer',
    'minutesSpent',
  ],
  UpdateUserDto: ['version', 'email', 'fullName', 'role', 'site', 'relayId', 'active', 'dailyDigest', 'locale', 'password'],
} as const;
