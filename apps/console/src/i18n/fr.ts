/**
 * The console's own French wording: resource and field names, and the few messages
 * react-admin does not have. Reference-data labels (types, départements…) come from
 * `@resacoop/domain`, never from here.
 */
export const fr = {
  resources: {
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        id: 'N°',
        q: 'Rechercher',
        name: 'Nom',
        acronym: 'Sigle',
        type: 'Type',
        siret: 'SIRET',
        rna: 'RNA',
        departement: 'Département',
        postcode: 'Code postal',
        city: 'Commune',
        address: 'Adresse',
        website: 'Site web',
        email: 'E-mail',
        phone: 'Téléphone',
        membership: 'Adhésion',
        zones: 'Zones géographiques',
        tags: 'Mots-clés',
        notes: 'Notes',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
        version: 'Version',
      },
    },
    contacts: {
      name: 'Contact |||| Contacts',
      fields: {
        id: 'N°',
        q: 'Rechercher',
        organisationId: 'Organisation',
        firstName: 'Prénom',
        lastName: 'Nom',
        email: 'E-mail',
        phone: 'Téléphone',
        function: 'Fonction',
        newsletterConsentAt: 'Consentement à la lettre d’information',
        hasNewsletterConsent: 'Abonné·e à la lettre d’information',
        notes: 'Notes',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
        version: 'Version',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        id: 'N°',
        q: 'Rechercher',
        email: 'E-mail',
        fullName: 'Nom complet',
        role: 'Rôle',
        site: 'Site',
        relayId: 'Relais',
        active: 'Actif',
        password: 'Mot de passe',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
        version: 'Version',
      },
    },
    relays: {
      name: 'Relais |||| Relais',
      fields: {
        id: 'N°',
        name: 'Nom',
        organisationId: 'Organisation',
        departements: 'Départements',
      },
    },
    'audit-events': {
      name: 'Historique |||| Historique',
      fields: {
        id: 'N°',
        at: 'Date',
        actorId: 'Par',
        action: 'Action',
        entity: 'Fiche',
        entityId: 'N° de fiche',
        changes: 'Modifications',
      },
    },
  },
  resacoop: {
    title: 'RESACOOP',
    auth: {
      email: 'Adresse e-mail',
      invalid_credentials: 'Adresse e-mail ou mot de passe incorrect.',
      too_many_attempts: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
    },
    dashboard: {
      welcome: 'Bonjour %{name}',
      intro: 'Console de l’équipe RESACOOP : annuaire des organisations et des contacts du réseau.',
      nothing: 'Aucune rubrique de la console ne vous est ouverte pour le moment.',
    },
    action: {
      export_csv: 'Exporter en CSV',
      add_contact: 'Ajouter un contact',
      reload: 'Recharger',
    },
    errors: {
      version_conflict: 'Cette fiche a été modifiée par quelqu’un d’autre entre-temps. Rechargez-la puis refaites vos modifications.',
      other_fields: '%{message} (%{details})',
    },
    history: {
      title: 'Historique',
      colon: ' : ',
      empty: 'Aucune modification enregistrée.',
      system: 'Système',
      field: 'Champ',
      before: 'Avant',
      after: 'Après',
      actions: {
        create: 'Création',
        update: 'Modification',
        delete: 'Suppression',
      },
    },
    organisations: {
      sections: {
        identity: 'Identité',
        location: 'Adresse',
        contact: 'Coordonnées',
        network: 'Réseau',
      },
      contacts: 'Contacts de l’organisation',
      no_contacts: 'Aucun contact enregistré.',
    },
    users: {
      password_help_edit: 'Laissez vide pour garder le mot de passe actuel.',
    },
    empty_value: '—',
  },
};

export type Messages = typeof fr;
