import type { Label } from './labels';

/**
 * Every text the API sends to a person, in each language the console speaks, keyed. `{name}` is a
 * parameter; `{name|one|other}` picks a word by whether the parameter is 1. Both languages of a key
 * name the same parameters (checked by catalogue.spec.ts). French is the default.
 */
export const CATALOGUE = {
  // Whole-request refusals.
  'error.validation': { fr: 'Certains champs sont invalides.', en: 'Some fields are invalid.' },
  'error.notFound': { fr: '{entity} n° {id} introuvable.', en: '{entity} no. {id} not found.' },
  'error.notFoundByLink': {
    fr: '{entity} introuvable : ce lien n’est pas ou plus valable.',
    en: '{entity} not found: this link is not or no longer valid.',
  },
  'error.versionConflict': {
    fr: 'Cette fiche a été modifiée par quelqu’un d’autre entre-temps. Rechargez-la puis refaites vos changements.',
    en: 'Someone else changed this record meanwhile. Reload it, then make your changes again.',
  },
  'error.unauthenticated': { fr: 'Authentification requise.', en: 'Authentication required.' },
  'error.forbidden': { fr: 'Accès refusé.', en: 'Access denied.' },
  'error.tooManyLogins': {
    fr: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
    en: 'Too many login attempts. Try again in a few minutes.',
  },
  'error.jsonOnly': {
    fr: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
    en: 'Unsupported content type: send JSON (application/json).',
  },
  'error.unavailable': {
    fr: 'Service momentanément indisponible. Réessayez dans un instant.',
    en: 'Service temporarily unavailable. Try again in a moment.',
  },
  'error.db.unique': { fr: 'Cette valeur existe déjà.', en: 'This value already exists.' },
  'error.db.foreignKey': {
    fr: 'La fiche liée n’existe pas ou est encore utilisée.',
    en: 'The linked record does not exist or is still in use.',
  },
  'error.db.check': { fr: 'Une valeur ne respecte pas les règles de la fiche.', en: 'A value breaks the record’s rules.' },
  'error.db.notNull': { fr: 'Un champ obligatoire manque.', en: 'A required field is missing.' },
  'error.db.format': { fr: 'Une valeur n’a pas le bon format.', en: 'A value has the wrong format.' },
  'error.db.numberRange': { fr: 'Un nombre est hors limites.', en: 'A number is out of range.' },
  'error.db.tooLong': { fr: 'Un texte est trop long.', en: 'A text is too long.' },
  'error.db.dateFormat': { fr: 'Une date n’a pas le bon format.', en: 'A date has the wrong format.' },
  'error.db.dateRange': { fr: 'Une date est hors limites.', en: 'A date is out of range.' },
  'error.heldByHistory': {
    fr: 'Cette fiche est liée à un historique : elle ne peut pas être supprimée.',
    en: 'This record is part of the history: it cannot be deleted.',
  },
  'error.internal': { fr: 'Erreur interne. Elle a été enregistrée.', en: 'Internal error. It has been logged.' },
  'error.http.badRequest': { fr: 'Requête mal formée (JSON invalide ?).', en: 'Malformed request (invalid JSON?).' },
  'error.http.notFound': { fr: 'Ressource introuvable.', en: 'Resource not found.' },
  'error.http.methodNotAllowed': { fr: 'Méthode non autorisée.', en: 'Method not allowed.' },
  'error.http.tooLarge': { fr: 'Requête trop volumineuse.', en: 'Request too large.' },
  'error.http.unsupportedType': { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' },
  'error.http.refused': { fr: 'Requête refusée.', en: 'Request refused.' },
  'error.csrf': { fr: 'Origine de la requête refusée (protection CSRF).', en: 'Request origin refused (CSRF protection).' },
  'error.wrongLogin': { fr: 'E-mail ou mot de passe incorrect.', en: 'Wrong e-mail or password.' },
  'error.notReady': { fr: 'Non prêt : PostgreSQL {postgres}, Redis {redis}.', en: 'Not ready: PostgreSQL {postgres}, Redis {redis}.' },
  // Why a field fails a DTO rule (class-validator constraints), next to the field.
  'validation.whitelistValidation': { fr: 'champ inconnu ou non modifiable', en: 'unknown or read-only field' },
  'validation.isDefined': { fr: 'champ obligatoire', en: 'required field' },
  'validation.isNotEmpty': { fr: 'champ obligatoire', en: 'required field' },
  'validation.isString': { fr: 'texte attendu', en: 'text expected' },
  'validation.isInt': { fr: 'nombre entier attendu', en: 'whole number expected' },
  'validation.isNumber': { fr: 'nombre attendu (deux décimales au plus)', en: 'number expected (at most two decimals)' },
  'validation.isPositive': { fr: 'nombre positif attendu', en: 'positive number expected' },
  'validation.isBoolean': { fr: 'vrai ou faux attendu', en: 'true or false expected' },
  'validation.isEmail': { fr: 'adresse e-mail invalide', en: 'invalid e-mail address' },
  'validation.isUrl': { fr: 'adresse web invalide (https://…)', en: 'invalid web address (https://…)' },
  'validation.isIn': { fr: 'valeur non autorisée', en: 'value not allowed' },
  'validation.isArray': { fr: 'liste attendue', en: 'list expected' },
  'validation.arrayMaxSize': { fr: 'liste trop longue', en: 'list too long' },
  'validation.arrayUnique': { fr: 'valeurs en double', en: 'duplicate values' },
  'validation.isSingleLine': {
    fr: 'une seule ligne attendue, sans saut de ligne ni caractère de contrôle',
    en: 'one line expected, without line breaks or control characters',
  },
  'validation.maxLength': { fr: 'texte trop long', en: 'text too long' },
  'validation.minLength': { fr: 'texte trop court', en: 'text too short' },
  'validation.min': { fr: 'valeur trop petite', en: 'value too small' },
  'validation.max': { fr: 'valeur trop grande', en: 'value too large' },
  'validation.matches': { fr: 'format invalide', en: 'invalid format' },
  'validation.isSiret': {
    fr: 'SIRET invalide : 14 chiffres avec une clé de contrôle correcte',
    en: 'invalid SIRET: 14 digits with a valid check digit',
  },
  'validation.isRna': { fr: 'RNA invalide : W suivi de 9 chiffres', en: 'invalid RNA: W followed by 9 digits' },
  'validation.nestedValidation': { fr: 'valeur invalide', en: 'invalid value' },
  'validation.isCountryCode': { fr: 'code pays ISO à deux lettres inconnu', en: 'unknown two-letter ISO country code' },
  'validation.isCalendarDay': { fr: 'date attendue (AAAA-MM-JJ)', en: 'date expected (YYYY-MM-DD)' },
  'validation.isTimestamp': { fr: 'date invalide (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)', en: 'invalid date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)' },
  // Why a field is refused, next to the field.
  'field.objectExpected': { fr: 'un objet JSON est attendu', en: 'a JSON object is expected' },
  'field.unstorableText': {
    fr: 'caractère interdit : nul (\\u0000) ou demi-paire UTF-16 isolée',
    en: 'forbidden character: null (\\u0000) or lone UTF-16 surrogate',
  },
  'field.tooDeep': { fr: 'imbrication de plus de {max} niveaux', en: 'nested more than {max} levels deep' },
  'field.tooManyKeys': { fr: 'au plus {max} champs', en: 'at most {max} fields' },
  'field.tooManyValues': { fr: 'au plus {max} valeurs', en: 'at most {max} values' },
  'field.keyTooLong': { fr: 'nom de champ de plus de {max} caractères', en: 'field name longer than {max} characters' },
  'field.malformedParam': { fr: 'paramètre en double ou mal formé', en: 'repeated or malformed parameter' },
  'field.invalidJson': { fr: 'JSON invalide', en: 'invalid JSON' },
  'field.sortShape': { fr: 'attendu : ["champ","ASC"|"DESC"]', en: 'expected: ["field","ASC"|"DESC"]' },
  'field.sortUnknown': { fr: 'tri impossible sur « {field} »', en: 'cannot sort on “{field}”' },
  'field.sortOrder': { fr: 'ordre ASC ou DESC attendu', en: 'order ASC or DESC expected' },
  'field.rangeShape': { fr: 'attendu : [début, fin] entiers, fin ≥ début', en: 'expected: [start, end] whole numbers, end ≥ start' },
  'field.pageTooLarge': { fr: 'au plus {max} lignes par page', en: 'at most {max} rows per page' },
  'field.idExpected': { fr: 'identifiant entier attendu', en: 'whole-number id expected' },
  'field.isoDate': { fr: 'date ISO attendue (AAAA-MM-JJ)', en: 'ISO date expected (YYYY-MM-DD)' },
  'field.textMax': { fr: 'texte de {max} caractères au plus attendu', en: 'text of at most {max} characters expected' },
  'field.jsonObject': { fr: 'objet JSON attendu', en: 'JSON object expected' },
  'field.unknownFilter': { fr: 'filtre inconnu', en: 'unknown filter' },
  'field.unreadable': { fr: 'champ « {field} » hors de votre vue', en: 'field “{field}” is not in your view' },
  'field.stale': { fr: 'périmée', en: 'stale' },
  'field.jsonExpected': { fr: 'JSON attendu', en: 'JSON expected' },
  'field.missing.organisation': { fr: 'organisation introuvable', en: 'organisation not found' },
  'field.missing.contact': { fr: 'contact introuvable', en: 'contact not found' },
  'field.missing.case': { fr: 'accompagnement introuvable', en: 'support case not found' },
  'field.missing.request': { fr: 'demande introuvable', en: 'request not found' },
  'field.missing.relay': { fr: 'relais introuvable', en: 'relay not found' },
  'field.activeStaffExpected': { fr: 'membre actif de l’équipe attendu', en: 'an active team member is expected' },
  'field.notInFuture': { fr: 'ne peut pas être dans le futur', en: 'cannot be in the future' },
  'field.followUpRequired': { fr: 'obligatoire tant que l’accompagnement est ouvert', en: 'required while the case is open' },
  'field.outcomeRequired': { fr: 'indiquez l’issue pour clôturer', en: 'give the outcome to close' },
  'field.outcomeOnlyClosed': { fr: 'seulement pour un accompagnement clôturé', en: 'only for a closed case' },
  'field.caseHolderRequired': {
    fr: 'indiquez le porteur du projet : une organisation ou, pour un particulier, un contact',
    en: 'name the project holder: an organisation or, for a private individual, a contact',
  },
  'field.caseClosed': { fr: 'accompagnement clôturé', en: 'case closed' },
  'field.requestHolderRequired': {
    fr: 'liez d’abord la demande à une organisation ou, pour un particulier, à un contact : l’accompagnement a besoin d’un porteur',
    en: 'first link the request to an organisation or, for a private individual, to a contact: the case needs a holder',
  },
  'field.beforeReceived': { fr: 'ne peut pas précéder la réception de la demande', en: 'cannot be before the request was received' },
  'field.siteRequired': { fr: 'obligatoire pour un membre de l’équipe', en: 'required for a team member' },
  'field.relayRequired': { fr: 'obligatoire pour un utilisateur relais', en: 'required for a relay user' },
  'field.relayOnly': { fr: 'réservé aux utilisateurs relais', en: 'for relay users only' },
  'field.emailTaken': { fr: 'déjà utilisée par un autre compte', en: 'already used by another account' },
  'field.lastActiveAdmin': { fr: 'dernier administrateur actif', en: 'last active administrator' },
  'field.newRequestStatus': { fr: 'une nouvelle demande ne peut pas être « {status} »', en: 'a new request cannot be “{status}”' },
  'field.requesterRequired': {
    fr: 'indiquez le demandeur : une organisation, un contact ou un nom',
    en: 'name the requester: an organisation, a contact or a name',
  },
  'field.requestOrCase': {
    fr: 'indiquez une demande ou un accompagnement, pas les deux',
    en: 'give a request or a support case, not both',
  },
  'field.periodReversed': { fr: 'la fin de la période précède son début', en: 'the period ends before it starts' },
  'field.periodTooLong': { fr: 'période trop longue ({max} ans au plus)', en: 'period too long (at most {max} years)' },
  'field.yearNotOver': { fr: 'seule une année terminée peut être publiée', en: 'only a year that is over can be published' },
  'field.alreadyPublished': { fr: 'déjà publiée', en: 'already published' },
  'field.mergeSelf': { fr: 'une organisation ne peut pas absorber elle-même', en: 'an organisation cannot absorb itself' },
  'field.noRelayCovers': {
    fr: 'aucun relais ne couvre le département de l’organisation : choisissez-en un',
    en: 'no relay covers the organisation’s département: choose one',
  },
  'field.alreadyAssigned': { fr: 'déjà affecté', en: 'already assigned' },
  'field.illegalMoveFrom': { fr: 'impossible depuis « {status} »', en: 'not possible from “{status}”' },
  'field.required': { fr: 'obligatoire', en: 'required' },
  'field.missing.event': { fr: 'temps collectif introuvable', en: 'event not found' },
  'field.endsBeforeStart': { fr: 'la fin précède le début', en: 'ends before it starts' },
  'field.placeRequired': {
    fr: 'indiquez le département, ou que l’événement a lieu en ligne',
    en: 'give the département, or that the event is online',
  },
  'field.unknownPlaceholders': {
    fr: 'champs inconnus : {unknown} (connus : {known})',
    en: 'unknown fields: {unknown} (known: {known})',
  },
  'field.trainingOnly': { fr: 'seulement pour une formation', en: 'for a training only' },
  'field.participantRequired': { fr: 'un contact, ou un nom', en: 'a contact, or a name' },
  'field.alreadyLinked': { fr: 'déjà rattachée à un contact', en: 'already linked to a contact' },
  'field.alreadyRegistered': { fr: 'déjà inscrit à ce temps collectif', en: 'already registered for this event' },
  'field.eventClosed': { fr: 'temps collectif « {status} »', en: 'event “{status}”' },
  'field.consentRequired': { fr: 'le consentement est nécessaire pour s’inscrire', en: 'consent is needed to register' },
  'field.eventFull': { fr: 'complet', en: 'full' },
  'field.otherRelay': { fr: 'seulement votre relais', en: 'your own relay only' },
  // Joining words of lists.
  'list.and': { fr: ' et ', en: ' and ' },
  // A delete refused because history holds the record.
  'deletion.holder.contacts': { fr: '{count} {count|contact|contacts}', en: '{count} {count|contact|contacts}' },
  'deletion.holder.requests': { fr: '{count} {count|demande|demandes}', en: '{count} {count|request|requests}' },
  'deletion.holder.cases': { fr: '{count} {count|accompagnement|accompagnements}', en: '{count} support {count|case|cases}' },
  'deletion.holder.relays': { fr: '{count} relais', en: '{count} {count|relay|relays}' },
  'deletion.holder.personalDataReads': {
    fr: '{count} {count|consultation par un relais|consultations par un relais}',
    en: '{count} {count|read|reads} by a relay',
  },
  'deletion.holder.registrations': { fr: '{count} {count|inscription|inscriptions}', en: '{count} {count|registration|registrations}' },
  'deletion.event': {
    fr: 'Ce temps collectif a {holders} : il ne peut pas être supprimé. Annulez-le plutôt.',
    en: 'This event has {holders}: it cannot be deleted. Cancel it instead.',
  },
  'deletion.answerTemplate': {
    fr: 'Cette réponse type a {holders} : elle ne peut pas être supprimée. Désactivez-la plutôt.',
    en: 'This saved answer has {holders}: it cannot be deleted. Deactivate it instead.',
  },
  'deletion.organisation': {
    fr: 'Cette organisation est liée à {holders} : elle ne peut pas être supprimée.',
    en: 'This organisation is linked to {holders}: it cannot be deleted.',
  },
  'deletion.contact': {
    fr: 'Ce contact est lié à {holders} : il ne peut pas être supprimé. Pour retirer la personne, effacez ses données personnelles.',
    en: 'This contact is linked to {holders}: it cannot be deleted. To remove the person, erase their personal data.',
  },
  // Information requests.
  'request.illegalMove': { fr: 'passage de « {from} » à « {to} » interdit', en: 'moving from “{from}” to “{to}” is not allowed' },
  'request.answerRequired': {
    fr: 'la réponse est obligatoire pour passer la demande en « {status} »',
    en: 'an answer is required to set the request to “{status}”',
  },
  'request.alreadyConverted': {
    fr: 'cette demande est déjà convertie en accompagnement',
    en: 'this request has already become a support case',
  },
  'request.alreadyCase': {
    fr: 'Cette demande est déjà devenue l’accompagnement {case}.',
    en: 'This request has already become support case {case}.',
  },
  // Support cases.
  'case.teamOnlyFields': { fr: 'Réservé à l’équipe : {fields}.', en: 'Team only: {fields}.' },
  'case.closed.followUp': {
    fr: 'Cet accompagnement est clôturé : il n’a plus de prochaine relance.',
    en: 'This case is closed: it has no next follow-up any more.',
  },
  'case.closed.interaction': {
    fr: 'Cet accompagnement est clôturé : rouvrez-le pour y noter un nouvel échange.',
    en: 'This case is closed: reopen it to record a new exchange.',
  },
  'case.closed.handOver': {
    fr: 'Cet accompagnement est clôturé : rouvrez-le pour le confier à un relais.',
    en: 'This case is closed: reopen it to hand it to a relay.',
  },
  // Relay assignments.
  'assignment.alreadyLive': { fr: 'Cet accompagnement est déjà confié à {relay}.', en: 'This case is already handed to {relay}.' },
  'assignment.versionConflict': {
    fr: 'Cette affectation a changé entre-temps. Rechargez-la.',
    en: 'This assignment changed meanwhile. Reload it.',
  },
  'assignment.illegalMove': { fr: 'Impossible : cette affectation est « {status} ».', en: 'Not possible: this assignment is “{status}”.' },
  'assignment.acceptRelayOnly': { fr: 'Seul le relais peut accepter une affectation.', en: 'Only the relay can accept an assignment.' },
  'assignment.declineRelayOnly': {
    fr: 'Seul le relais peut décliner une affectation : retirez plutôt la proposition.',
    en: 'Only the relay can decline an assignment: withdraw the proposal instead.',
  },
  'assignment.withdrawTeamOnly': { fr: 'Seule l’équipe peut retirer une proposition.', en: 'Only the team can withdraw a proposal.' },
  // Collective events and registrations.
  'event.illegalMove': { fr: 'Impossible : ce temps collectif est « {status} ».', en: 'Not possible: this event is “{status}”.' },
  'event.closedForRegistrations': {
    fr: 'Ce temps collectif est « {status} » : il ne prend plus d’inscriptions.',
    en: 'This event is “{status}”: it takes no more registrations.',
  },
  'event.full': { fr: 'Ce temps collectif est complet.', en: 'This event is full.' },
  'event.alreadyRegistered': {
    fr: 'Cette personne est déjà inscrite à ce temps collectif.',
    en: 'This person is already registered for this event.',
  },
  'event.registrationLinked': {
    fr: 'Cette inscription est déjà rattachée à un contact du répertoire.',
    en: 'This registration is already linked to a contact of the directory.',
  },
  'event.reminder.subject': { fr: 'Rappel : {title}, {when}', en: 'Reminder: {title}, {when}' },
  'event.reminder.body': {
    fr: 'Bonjour {name},\n\nNous vous rappelons « {title} » : {when}, {place}.\n\nÀ bientôt,\nRESACOOP\n\nPour ne plus recevoir de rappel : {link}',
    en: 'Hello {name},\n\nA reminder of “{title}”: {when}, {place}.\n\nSee you soon,\nRESACOOP\n\nTo receive no more reminders: {link}',
  },
  'event.unsubscribed': {
    fr: 'Vous ne recevrez plus de rappel pour ce temps collectif.',
    en: 'You will receive no more reminders for this event.',
  },
  'event.online': { fr: 'en ligne', en: 'online' },
  'event.calendarName': { fr: 'RESACOOP – temps collectifs', en: 'RESACOOP – collective events' },
  'event.confirmation.subject': { fr: 'Inscription confirmée : {title}', en: 'Registration confirmed: {title}' },
  'event.confirmation.body': {
    fr: 'Bonjour {name},\n\nVotre inscription à « {title} » ({when}, {place}) est bien enregistrée.\n\nÀ bientôt,\nRESACOOP',
    en: 'Hello {name},\n\nYour registration for “{title}” ({when}, {place}) is recorded.\n\nSee you soon,\nRESACOOP',
  },
  'event.tooManyRegistrations': {
    fr: 'Trop d’inscriptions depuis votre connexion. Réessayez plus tard.',
    en: 'Too many registrations from your connection. Try again later.',
  },
  // Contacts.
  'contact.erased': {
    fr: 'Les données personnelles de ce contact ont été effacées (RGPD) : la fiche ne peut plus être modifiée.',
    en: 'This contact’s personal data has been erased (GDPR): the record can no longer be changed.',
  },
  // Users.
  'user.lastActiveAdmin': {
    fr: 'C’est le dernier administrateur actif : personne ne pourrait plus gérer les utilisateurs. Nommez d’abord un autre administrateur.',
    en: 'This is the last active administrator: nobody could manage users any more. First appoint another administrator.',
  },
  // Password policy.
  'password.tooShort': { fr: '{min} caractères au moins', en: 'at least {min} characters' },
  'password.isEmail': { fr: 'ne doit pas reprendre l’adresse e-mail', en: 'must not repeat the e-mail address' },
  'password.common': {
    fr: 'trop courant : il figure parmi les mots de passe les plus répandus ou divulgués',
    en: 'too common: it is among the most widespread or leaked passwords',
  },
  // Key figures.
  'report.alreadyPublished': {
    fr: 'Les chiffres de {year} sont déjà publiés : ils restent tels qu’imprimés.',
    en: 'The figures of {year} are already published: they stay as printed.',
  },
  // CSV exports.
  'export.tooManyOfYours': {
    fr: 'Vous avez déjà {count} {count|export|exports} en cours : attendez qu’ils se terminent avant d’en lancer un autre.',
    en: 'You already have {count} {count|export|exports} running: wait for them to finish before starting another.',
  },
  'export.serverBusy': {
    fr: 'Trop d’exports sont en cours sur le serveur. Réessayez dans quelques minutes.',
    en: 'Too many exports are running on the server. Try again in a few minutes.',
  },
  // The key figures' CSV export.
  'keyFigures.column.section': { fr: 'rubrique', en: 'section' },
  'keyFigures.column.figure': { fr: 'indicateur', en: 'figure' },
  'keyFigures.column.key': { fr: 'code', en: 'code' },
  'keyFigures.column.count': { fr: 'nombre', en: 'count' },
  'keyFigures.column.percent': { fr: 'pourcentage', en: 'percent' },
  'keyFigures.period': { fr: 'Période', en: 'Period' },
  'keyFigures.periodValue': { fr: '{from} au {to}', en: '{from} to {to}' },
  'keyFigures.requests': { fr: 'Demandes', en: 'Requests' },
  'keyFigures.requestsReceived': { fr: 'Demandes d’information reçues', en: 'Information requests received' },
  'keyFigures.site': { fr: 'Site', en: 'Site' },
  'keyFigures.channel': { fr: 'Canal', en: 'Channel' },
  'keyFigures.topic': { fr: 'Thème', en: 'Topic' },
  'keyFigures.month': { fr: 'Mois {month}', en: 'Month {month}' },
  'keyFigures.medianFirstResponse': { fr: 'Délai médian de première réponse (heures)', en: 'Median time to first response (hours)' },
  'keyFigures.answeredWithinDue': { fr: 'Répondues dans le délai', en: 'Answered on time' },
  'keyFigures.cases': { fr: 'Accompagnements', en: 'Support cases' },
  'keyFigures.opened': { fr: 'Ouverts', en: 'Opened' },
  'keyFigures.active': { fr: 'Actifs', en: 'Active' },
  'keyFigures.closed': { fr: 'Clôturés', en: 'Closed' },
  'keyFigures.ledByTeam': { fr: 'Accompagnements personnalisés (équipe)', en: 'Personalised support (team)' },
  'keyFigures.throughRelay': { fr: 'Accompagnements dans les départements (relais)', en: 'Support in the départements (relays)' },
  'keyFigures.stage': { fr: 'Étape', en: 'Stage' },
  'keyFigures.zone': { fr: 'Zone', en: 'Zone' },
  'keyFigures.zoneThroughRelay': { fr: 'Zone (relais)', en: 'Zone (relays)' },
  'keyFigures.departement': { fr: 'Département', en: 'Département' },
  'keyFigures.organisationType': { fr: 'Type de structure', en: 'Organisation type' },
  'keyFigures.outcome': { fr: 'Issue', en: 'Outcome' },
  'keyFigures.relays': { fr: 'Relais', en: 'Relays' },
  'keyFigures.proposals': { fr: 'Propositions aux relais', en: 'Proposals to relays' },
  'keyFigures.time': { fr: 'Temps passé', en: 'Time spent' },
  'keyFigures.minutesRequests': { fr: 'Minutes sur les demandes', en: 'Minutes on requests' },
  'keyFigures.minutesCases': { fr: 'Minutes sur les accompagnements', en: 'Minutes on support cases' },
  'keyFigures.minutesTotal': { fr: 'Minutes au total', en: 'Minutes in all' },
  'keyFigures.events': { fr: 'Temps collectifs', en: 'Collective events' },
  'keyFigures.eventsHosted': {
    fr: 'Temps collectifs organisés ou co-organisés (non annulés, débutant dans la période)',
    en: 'Events organised or co-organised (not cancelled, starting in the period)',
  },
  'keyFigures.eventParticipants': {
    fr: 'Participants (présents inscrits et publics comptés)',
    en: 'Participants (registrants who attended, plus head counts)',
  },
  'keyFigures.eventOrganisations': {
    fr: 'Structures présentes (au moins un participant présent)',
    en: 'Organisations present (at least one attendee)',
  },
  'keyFigures.eventAssociations': { fr: 'dont associations', en: 'of which associations' },
  'keyFigures.eventsAsSpeaker': {
    fr: 'Interventions dans des temps collectifs d’autres structures',
    en: 'Events of others RESACOOP spoke at',
  },
  'keyFigures.eventsAsParticipant': {
    fr: 'Participations à des temps collectifs d’autres structures',
    en: 'Events of others RESACOOP took part in',
  },
  'keyFigures.eventKind': { fr: 'Type de temps collectif', en: 'Kind of event' },
  'keyFigures.eventTheme': { fr: 'Thématique', en: 'Theme' },
  'keyFigures.breakdown': { fr: '{figure} : {value}', en: '{figure}: {value}' },
  'keyFigures.notGiven': { fr: 'non renseigné', en: 'not given' },
  // CSV imports.
  'import.fileTooLarge': { fr: 'fichier trop volumineux ({max} au plus)', en: 'file too large (at most {max})' },
  'import.notCsv': {
    fr: 'envoyez le fichier tel quel, avec l’en-tête Content-Type: text/csv',
    en: 'send the file as it is, with the header Content-Type: text/csv',
  },
  'import.mappingRefused': { fr: 'Correspondance des colonnes refusée : {reason}.', en: 'Column mapping refused: {reason}.' },
  'import.hasErrors': {
    fr: '{count} {count|erreur|erreurs} dans le fichier : rien n’a été importé. Corrigez-le puis recommencez.',
    en: '{count} {count|error|errors} in the file: nothing was imported. Correct it and try again.',
  },
  'import.fileRefused': { fr: 'Fichier refusé : {reason}.', en: 'File refused: {reason}.' },
  'import.notUtf8': {
    fr: 'le fichier n’est pas encodé en UTF-8 : dans Excel, choisissez « Enregistrer sous » puis le type « CSV UTF-8 (délimité par des virgules) »',
    en: 'the file is not encoded in UTF-8: in Excel, choose “Save as” then the type “CSV UTF-8 (comma delimited)”',
  },
  'import.csv.quoteNotClosed': {
    fr: 'CSV mal formé : un guillemet ouvert n’est jamais refermé (ligne {line})',
    en: 'malformed CSV: an opening quote is never closed (line {line})',
  },
  'import.csv.badClosingQuote': {
    fr: 'CSV mal formé : un guillemet fermant est suivi d’autre chose qu’un séparateur (ligne {line})',
    en: 'malformed CSV: a closing quote is followed by something other than a separator (line {line})',
  },
  'import.csv.columnCount': {
    fr: 'CSV mal formé : la ligne {line} n’a pas le même nombre de colonnes que la ligne des titres',
    en: 'malformed CSV: line {line} does not have as many columns as the title line',
  },
  'import.csv.lineTooLong': { fr: 'la ligne {line} dépasse {max} caractères', en: 'line {line} is longer than {max} characters' },
  'import.csv.malformed': { fr: 'CSV mal formé (ligne {line})', en: 'malformed CSV (line {line})' },
  'import.tooManyRows': {
    fr: 'le fichier a plus de {max} lignes de données : découpez-le en plusieurs fichiers',
    en: 'the file has more than {max} data rows: split it into several files',
  },
  'import.empty': { fr: 'le fichier est vide', en: 'the file is empty' },
  'import.nulCharacters': {
    fr: 'le fichier contient des caractères nuls : ce n’est pas un fichier CSV',
    en: 'the file contains null characters: it is not a CSV file',
  },
  'import.noRows': {
    fr: 'le fichier n’a aucune ligne de données sous sa ligne de titres',
    en: 'the file has no data row under its title line',
  },
  'import.tooManyColumns': { fr: 'le fichier a plus de {max} colonnes', en: 'the file has more than {max} columns' },
  'import.duplicateTitle': { fr: 'deux colonnes portent le même titre « {header} »', en: 'two columns have the same title “{header}”' },
  'import.mappingShape': {
    fr: 'un objet JSON {"titre de colonne": "champ" ou null} est attendu',
    en: 'a JSON object {"column title": "field" or null} is expected',
  },
  'import.mappingJson': { fr: 'JSON invalide : {expected}', en: 'invalid JSON: {expected}' },
  'import.unknownColumn': { fr: 'la colonne « {header} » n’est pas dans le fichier', en: 'column “{header}” is not in the file' },
  'import.unknownField': {
    fr: '« {target} » n’est pas un champ importable (champs : {fields})',
    en: '“{target}” is not a field that can be imported (fields: {fields})',
  },
  'import.sameField': {
    fr: 'les colonnes « {other} » et « {header} » vont toutes deux dans le champ « {target} »',
    en: 'columns “{other}” and “{header}” both go into field “{target}”',
  },
  'import.formula': {
    fr: 'formule refusée (une cellule ne peut commencer par =, +, -, @ ou une tabulation)',
    en: 'formula refused (a cell cannot start with =, +, -, @ or a tab)',
  },
  'import.duplicateOf': { fr: 'doublon : {record}', en: 'duplicate: {record}' },
  'import.duplicateRow': { fr: 'doublon : {same} qu’à la ligne {row}', en: 'duplicate: {same} as row {row}' },
  'import.organisationHasIdentifier': {
    fr: 'l’organisation n° {id} « {name} » a déjà ce {label}',
    en: 'organisation no. {id} “{name}” already has this {label}',
  },
  'import.organisationHasName': {
    fr: 'l’organisation n° {id} « {name} » porte déjà ce nom dans ce département',
    en: 'organisation no. {id} “{name}” already has this name in this département',
  },
  'import.sameName': { fr: 'même nom et même département', en: 'same name and same département' },
  'import.sameIdentifier': { fr: 'même {label}', en: 'same {label}' },
  'import.noOrganisation': { fr: 'aucune organisation n’a {by}', en: 'no organisation has {by}' },
  'import.contactHasEmail': { fr: 'le contact n° {id} a déjà cette adresse', en: 'contact no. {id} already has this address' },
  'import.sameEmail': { fr: 'même adresse', en: 'same address' },
  'import.severalOrganisations': {
    fr: 'plusieurs organisations ont {by} (n° {ids}) : indiquez son numéro (organisationId)',
    en: 'several organisations have {by} (nos. {ids}): give its number (organisationId)',
  },
  'import.bySiret': { fr: 'ce SIRET', en: 'this SIRET' },
  'import.byName': { fr: 'ce nom', en: 'this name' },
  'import.unmappedRequired': {
    fr: 'champ obligatoire : choisissez la colonne qui le contient',
    en: 'required field: choose the column that holds it',
  },
  'import.consentValue': {
    fr: 'oui ou non attendu (oui, non, x, 1, 0)',
    en: 'yes or no expected (oui, non, x, 1, 0)',
  },
  'import.firstNameForContact': {
    fr: 'un prénom est nécessaire pour créer le contact (consentement donné)',
    en: 'a first name is needed to create the contact (consent given)',
  },
  'import.severalContacts': {
    fr: 'plusieurs contacts de cette organisation portent ce nom (n° {ids}) : indiquez l’adresse e-mail',
    en: 'several contacts of this organisation have this name (nos. {ids}): give the e-mail address',
  },
  'import.samePerson': { fr: 'même personne qu’à la ligne {row}', en: 'same person as row {row}' },
  // Notifications (the bell), rendered in the reader’s language when read.
  'notification.assignmentProposed': { fr: 'Le dossier {case} vous est proposé par {by}.', en: 'Case {case} is proposed to you by {by}.' },
  'notification.assignmentUnacknowledged': {
    fr: 'Le dossier {case} vous a été proposé il y a {days} jours ouvrés et attend votre réponse.',
    en: 'Case {case} was proposed to you {days} working days ago and awaits your answer.',
  },
  'notification.assignmentUnacknowledgedAdviser': {
    fr: 'Le relais {relay} n’a pas répondu depuis {days} jours ouvrés à la proposition de votre dossier {case}.',
    en: 'Relay {relay} has not answered the proposal of your case {case} for {days} working days.',
  },
  'notification.assignmentDeclined': {
    fr: 'Le relais {relay} a décliné votre dossier {case} : {reason}',
    en: 'Relay {relay} declined your case {case}: {reason}',
  },
  'notification.theTeam': { fr: 'l’équipe RESACOOP', en: 'the RESACOOP team' },
  'notification.assignmentAccepted': {
    fr: 'Le relais {relay} a accepté votre dossier {case}.',
    en: 'Relay {relay} accepted your case {case}.',
  },
  'notification.about': { fr: '{rule} : {label}', en: '{rule}: {label}' },
  'notification.digestCounts': {
    fr: '{requests} demande(s) à échéance ou en retard, {cases} relance(s) d’accompagnement',
    en: '{requests} request(s) due or overdue, {cases} case follow-up(s)',
  },
  // Reminder and digest e-mails.
  'email.subject': { fr: '[RESACOOP] {message}', en: '[RESACOOP] {message}' },
  'email.body': {
    fr: 'Bonjour {name},\n\n{message}\n\nOuvrir la fiche : {link}\n\n— Le back-office RESACOOP',
    en: 'Hello {name},\n\n{message}\n\nOpen the record: {link}\n\n— The RESACOOP back-office',
  },
} as const satisfies Record<string, Label>;
