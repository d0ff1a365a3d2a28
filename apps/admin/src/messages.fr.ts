import {
  campaignStatusLabels,
  editionStatusLabels,
  importStatusLabels,
  indicatorAggregationLabels,
  indicatorDirectionLabels,
  indicatorFrequencyLabels,
  indicatorKindLabels,
  programmeStatusLabels,
  projectStatusLabels,
  roleLabels,
  updateStatusLabels,
  valueStatusLabels,
} from "@cvv/domain/labels";
import type { UpdateStatus } from "@cvv/domain/project-updates";

/**
 * Every string the admin app shows, in one place, so wording is reviewed (and one day
 * translated) without reading components. Status and role names come from the domain's labels,
 * the one wording the rules, this app and the portal share.
 */

const projectStatus = projectStatusLabels;
const updateStatus = updateStatusLabels;
const programmeStatus = programmeStatusLabels;
const editionStatus = editionStatusLabels;
const roles = roleLabels;

export const messages = {
  app: {
    name: "Centres-villes vivants — espace de gestion",
    titleSuffix: "Centres-villes vivants",
    skipLink: "Aller au contenu",
    mainNav: "Navigation principale",
    signedInAs: "Connecté(e) :",
    signOut: "Se déconnecter",
    signingOut: "Déconnexion…",
    footer: "Métropole du Grand Paris · Programme « Centres-villes vivants »",
    publicPortal: "Portail public du programme",
    demoData: "Données de démonstration : les comptes, projets et points d'avancement de cette instance sont fictifs.",
  },

  nav: {
    home: "Accueil",
    programmes: "Programmes",
    projects: "Projets",
    campaigns: "Campagnes",
    users: "Utilisateurs",
    experts: "Experts",
    governance: "Instances",
    applications: "Candidatures",
  },

  roles,
  projectStatus,
  updateStatus,
  programmeStatus,
  editionStatus,
  reviewDecision: {
    approved: "Approuvé et publié",
    returned: "Renvoyé pour correction",
    draft: "Brouillon",
    submitted: "Soumis",
  } as const satisfies Record<UpdateStatus, string>,

  common: {
    loading: "Chargement…",
    retry: "Réessayer",
    required: "(obligatoire)",
    saving: "Enregistrement…",
    sending: "Envoi…",
    notSet: "Non renseigné",
    none: "Aucune",
    backHome: "Retour à l'accueil",
    saveChanges: "Enregistrer les modifications",
    nothingChanged: "Aucune modification à enregistrer : le formulaire est identique à la version enregistrée.",
    optionalHint: "Facultatif.",
    dateHint: "Format : jj/mm/aaaa.",
    /** An empty table cell, where "nothing" is obvious from the column. */
    emptyCell: "—",
  },

  errors: {
    summaryTitle: "Le formulaire n'a pas pu être envoyé",
    summaryIntro: "Corrigez les points suivants :",
    summaryItem: (label: string, message: string) => `${label} : ${message}`,
    fieldPrefix: "Erreur :",
    network: "Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.",
    tooManyRequests: "Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.",
    unexpected: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'administrateur.",
    queryFailed: "Les informations n'ont pas pu être chargées.",
    conflictTitle: "Quelqu'un d'autre a enregistré avant vous",
    conflictHint:
      "Copiez au besoin votre texte avant de recharger : la version actuelle remplacera ce que vous avez saisi.",
    conflictReload: "Recharger la version actuelle",
    conflictReloaded: "La version actuelle est chargée ; elle remplace ce que vous aviez saisi.",
    sessionExpired:
      "Votre session a pris fin. Connectez-vous pour continuer ; vous reviendrez ensuite à la page demandée.",
    forbiddenTitle: "Accès refusé",
    forbidden: "Vous n'avez pas les droits nécessaires pour consulter cette page.",
    required: "Ce champ est obligatoire.",
    routeCrashTitle: "Une erreur est survenue",
    routeCrash: "La page n'a pas pu s'afficher. Rechargez-la ; si le problème persiste, contactez l'administrateur.",
    reloadPage: "Recharger la page",
  },

  signIn: {
    title: "Connexion",
    intro: "Connectez-vous avec l'adresse électronique et le mot de passe de votre compte.",
    email: "Adresse électronique",
    emailHint: "Par exemple : prenom.nom@mairie.fr",
    password: "Mot de passe",
    submit: "Se connecter",
    submitting: "Connexion…",
    noAccount:
      "Pas encore de compte ? L'accès se fait sur invitation d'un chargé de mission de la Métropole du Grand Paris.",
  },

  invitation: {
    title: "Activer votre compte",
    intro: "Choisissez le mot de passe de votre compte. Ce lien ne sert qu'une fois.",
    account: "Votre compte",
    email: "Adresse électronique",
    name: "Nom",
    password: "Nouveau mot de passe",
    passwordHint: "Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.",
    confirmation: "Confirmation du mot de passe",
    confirmationHint: "Saisissez le même mot de passe une seconde fois.",
    submit: "Activer mon compte",
    submitting: "Activation…",
    tooShort: "Le mot de passe doit comporter au moins 12 caractères.",
    mismatch: "Les deux mots de passe ne sont pas identiques.",
    invalidTitle: "Lien d'invitation non valable",
    activated: (name: string) => `Votre compte est activé. Bienvenue, ${name} !`,
    signIn: "Aller à la page de connexion",
  },

  home: {
    title: "Accueil",
    welcome: (name: string) => `Bonjour ${name}.`,
    toReview: "Points d'avancement à relire",
    toReviewEmpty: "Aucun point d'avancement n'attend de relecture.",
    toReviewCount: (n: number) =>
      n === 1 ? "1 point d'avancement attend votre relecture." : `${n} points d'avancement attendent votre relecture.`,
    submitted: (author: string | null, when: string) => (author ? `${author}, soumis le ${when}` : `Soumis le ${when}`),
    shortcuts: "Suivi du programme",
    allProjects: "Voir tous les projets",
    programmes: "Voir les programmes",
    myProjects: "Vos projets",
    myProjectsEmpty: "Aucun projet n'est encore rattaché à vos communes.",
    myUpdates: "Vos points d'avancement en cours",
    myUpdatesEmpty: "Aucun point d'avancement en cours : ni brouillon, ni renvoi à corriger.",
    returnedFlag: "À corriger :",
    officerComment: "Commentaire de la Métropole :",
    project: "Projet :",
    lastChange: "créé le",
  },

  programmes: {
    title: "Programmes",
    tableCaption: "Programmes de la Métropole",
    empty: "Aucun programme pour le moment.",
    colName: "Programme",
    colStatus: "Statut",
    colPeriod: "Période",
    colBudget: "Budget",
    newTitle: "Nouveau programme",
    submit: "Créer le programme",
    created: (name: string) => `Le programme « ${name} » a été créé.`,
  },

  /** The programme's fields, the same to create one and to edit it. */
  programmeForm: {
    name: "Nom du programme",
    summary: "Résumé",
    summaryHint: "Quelques phrases, reprises sur le portail public. 2000 caractères au plus.",
    objectives: "Objectifs",
    budget: "Budget (en euros)",
    budgetHint: "Un nombre entier d'euros, sans centimes. Par exemple : 1500000.",
    budgetInvalid: "Le budget doit être un nombre entier d'euros, sans centimes ni lettres.",
    startsOn: "Date de début",
    endsOn: "Date de fin",
    status: "Statut",
  },

  programme: {
    fallbackTitle: "Programme",
    details: "Présentation",
    status: "Statut",
    summary: "Résumé",
    objectives: "Objectifs",
    budget: "Budget",
    period: "Période",
    editTitle: "Modifier le programme",
    saved: "Les modifications du programme sont enregistrées.",
    editions: "Éditions",
    editionsCaption: "Éditions (appels à candidatures) du programme",
    editionsEmpty: "Aucune édition pour ce programme.",
    colEdition: "Édition",
    colYear: "Année",
    colOpens: "Ouverture",
    colCloses: "Clôture",
    colStatus: "Statut",
    newEdition: "Nouvelle édition",
    editionName: "Nom de l'édition",
    editionNameHint: "Par exemple : Appel à candidatures 2026.",
    year: "Année",
    yearInvalid: "L'année doit être un nombre de quatre chiffres, par exemple 2026.",
    opensOn: "Date d'ouverture des candidatures",
    closesOn: "Date de clôture des candidatures",
    editionStatus: "Statut de l'édition",
    editionSubmit: "Créer l'édition",
    editionCreated: (name: string) => `L'édition « ${name} » a été créée.`,
    projects: "Projets du programme",
    projectsCaption: (n: number) => `Projets du programme (${n})`,
    projectsEmpty: "Aucun projet dans ce programme.",
    newProject: "Nouveau projet",
    projectSubmit: "Créer le projet",
    projectCreated: (title: string) => `Le projet « ${title} » a été créé.`,
    communesLoading: "Chargement de la liste des communes…",
  },

  /** The project's fields, the same to create one (commune included) and to edit it (commune fixed). */
  projectForm: {
    commune: "Commune",
    communeChoose: "Choisissez une commune",
    edition: "Édition",
    editionNone: "Aucune édition",
    title: "Titre du projet",
    summary: "Résumé",
    description: "Description",
    startsOn: "Date de début",
    endsOn: "Date de fin",
  },

  projects: {
    title: "Projets",
    filters: "Filtrer les projets",
    filterStatus: "Statut",
    filterProgramme: "Programme",
    filterAll: "Tous",
    filterSubmit: "Filtrer",
    filterReset: "Effacer les filtres",
    caption: (n: number) => (n === 1 ? "1 projet" : `${n} projets`),
    empty: "Aucun projet ne correspond.",
    colTitle: "Projet",
    colCommune: "Commune",
    colProgramme: "Programme",
    colEdition: "Édition",
    colStatus: "Statut",
    colPending: "À relire",
  },

  project: {
    fallbackTitle: "Projet",
    details: "Fiche du projet",
    commune: "Commune",
    status: "Statut",
    programme: "Programme",
    programmeLink: "Voir le programme",
    period: "Période",
    summary: "Résumé",
    description: "Description",
    editTitle: "Modifier le projet",
    saved: "Les modifications du projet sont enregistrées.",
    changeStatusTitle: "Changer le statut du projet",
    newStatus: "Statut à appliquer",
    chooseStatus: "Choisissez un statut",
    changeStatusSubmit: "Changer le statut",
    statusChanged: (label: string) => `Le statut du projet est maintenant « ${label} ».`,
    finalStatus: "Ce statut est définitif : aucun changement n'est possible.",
    updates: "Points d'avancement",
    updatesEmpty: "Aucun point d'avancement pour ce projet.",
    updatesCaption: "Points d'avancement du projet, du plus récent au plus ancien",
    colUpdate: "Titre",
    colStatus: "Statut",
    colAuthor: "Auteur",
    colDate: "Créé le",
    newUpdate: "Nouveau point d'avancement",
    newUpdateIntro:
      "Décrivez où en est le projet. Vous pouvez enregistrer un brouillon et y revenir, ou le soumettre tout de suite à la Métropole, qui le relira avant publication sur le portail.",
    draftSaved: (title: string) =>
      `Le brouillon « ${title} » est enregistré. Vous le retrouverez dans la liste des points d'avancement.`,
    submitted: (title: string) => `Le point d'avancement « ${title} » est soumis à la Métropole pour relecture.`,
    subpagesLabel: "Suivi du projet",
    planLink: "Plan d'actions et jalons",
    fundingLink: "Budget et financements",
    rolesLink: "Rôles et responsabilités (RACI)",
  },

  updateForm: {
    title: "Titre",
    body: "Texte",
    bodyHint:
      "Ce qui a avancé, ce qui reste à faire, les difficultés éventuelles. Ce texte sera publié s'il est approuvé.",
    proposedStatus: "Nouveau statut du projet",
    proposedStatusHint:
      "À choisir seulement si le projet change d'étape ; il changera à l'approbation par la Métropole.",
    unchanged: "Inchangé",
    saveDraft: "Enregistrer le brouillon",
    submit: "Soumettre à la Métropole",
    save: "Enregistrer",
    submitFirst: "Soumettre",
    resubmit: "Soumettre à nouveau",
    submitting: "Envoi…",
  },

  update: {
    fallbackTitle: "Point d'avancement",
    project: "Projet",
    commune: "Commune",
    status: "Statut",
    author: "Rédigé par",
    createdAt: "Créé le",
    submittedAt: "Soumis le",
    reviewedAt: "Relu le",
    publishedAt: "Publié le",
    proposedStatus: "Nouveau statut proposé pour le projet",
    noProposedStatus: "Aucun changement de statut proposé",
    content: "Contenu",
    returnedTitle: "Renvoyé pour correction par la Métropole",
    returnedIntro: "Commentaire de la personne qui a relu :",
    editTitle: "Modifier le point d'avancement",
    saved: "Vos modifications sont enregistrées.",
    resubmitted: "Le point d'avancement est soumis à la Métropole pour relecture.",
    reviewTitle: "Relecture",
    reviewIntro:
      "Approuver publie ce point d'avancement sur le portail public et, s'il en propose un, applique le nouveau statut au projet. Renvoyer le rend à la commune avec votre commentaire.",
    comment: "Commentaire",
    commentHint: "Obligatoire pour renvoyer : dites ce qu'il faut corriger. Facultatif pour approuver.",
    commentRequired:
      "Un commentaire est obligatoire pour renvoyer un point d'avancement : dites ce qu'il faut corriger.",
    approve: "Approuver et publier",
    return: "Renvoyer pour correction",
    approved: "Le point d'avancement est approuvé et publié sur le portail.",
    returned: "Le point d'avancement est renvoyé à la commune avec votre commentaire.",
    trail: "Historique des relectures",
    trailEmpty: "Ce point d'avancement n'a pas encore été relu.",
    trailBy: (decision: string, who: string, when: string) => `${decision} par ${who}, le ${when}`,
    unknownReviewer: "une personne dont le compte a été supprimé",
    notEditable: "Ce point d'avancement n'est plus modifiable.",
  },

  users: {
    title: "Utilisateurs",
    caption: "Comptes de la plateforme",
    colName: "Nom",
    colEmail: "Adresse électronique",
    colRole: "Rôle",
    colCommunes: "Communes",
    colState: "État",
    colActions: "Actions",
    active: "Actif",
    inactive: "Désactivé",
    pending: "Invitation en attente",
    deactivate: "Désactiver",
    activate: "Réactiver",
    working: "Un instant…",
    deactivated: (name: string) => `Le compte de ${name} est désactivé ; ses sessions ouvertes sont fermées.`,
    activated: (name: string) => `Le compte de ${name} est réactivé.`,
    empty: "Aucun compte.",
    inviteTitle: "Inviter une personne",
    inviteIntro:
      "La personne reçoit par courriel un lien, valable 7 jours, pour choisir son mot de passe. Le lien n'est jamais affiché ici.",
    email: "Adresse électronique",
    displayName: "Nom et prénom",
    role: "Rôle",
    communes: "Communes",
    communesHint: "Cochez la ou les communes pour lesquelles la personne rédige les points d'avancement.",
    communesFilter: "Filtrer la liste des communes",
    communesSelected: (n: number) =>
      n === 0 ? "Aucune commune choisie." : n === 1 ? "1 commune choisie :" : `${n} communes choisies :`,
    communesNoMatch: "Aucune commune ne correspond.",
    /** Read out after a box is checked or unchecked: the count only, the list stays on screen. */
    communesChosenCount: (n: number) =>
      n === 0 ? "Aucune commune choisie" : n === 1 ? "1 commune choisie" : `${n} communes choisies`,
    /** Read out once typing in the filter pauses. */
    communesMatching: (n: number) =>
      n === 0 ? "Aucune commune ne correspond" : n === 1 ? "1 commune correspond" : `${n} communes correspondent`,
    communesRequired: "Un contributeur communal doit être rattaché à au moins une commune.",
    submit: "Envoyer l'invitation",
    invited: (email: string) => `Invitation envoyée à ${email}.`,
    mailFailed: (email: string) =>
      `Le compte de ${email} est créé, mais le courriel d'invitation n'a pas pu partir. Renvoyez l'invitation dans quelques minutes : seul le dernier lien envoyé fonctionnera.`,
    outboxNote:
      "Aucun serveur de messagerie n'est configuré : le courriel a été déposé dans le dossier d'envoi du serveur.",
    self: "(vous)",
  },

  /** The indicator library, an indicator's page and its follow-ups (programme and projects). */
  indicators: {
    title: "Indicateurs",
    intro:
      "La bibliothèque des indicateurs de la plateforme : leur définition, leur mode de calcul, et leur suivi par les programmes et les projets.",
    kind: indicatorKindLabels,
    direction: indicatorDirectionLabels,
    frequency: indicatorFrequencyLabels,
    aggregation: indicatorAggregationLabels,
    computed: "Calculé",
    collected: "Collecté",
    yes: "Oui",
    no: "Non",
    newLink: "Nouvel indicateur",
    filters: "Filtrer les indicateurs",
    filterKind: "Type",
    filterAll: "Tous les types",
    filterText: "Code ou nom",
    filterTextHint: "La liste se met à jour pendant la saisie.",
    filterReset: "Effacer les filtres",
    count: (n: number, total: number) =>
      n === 0
        ? "Aucun indicateur ne correspond aux filtres."
        : n === total
          ? `${n} indicateur${n > 1 ? "s" : ""}`
          : `${n} indicateur${n > 1 ? "s" : ""} sur ${total}`,
    caption: (n: number) =>
      n === 1 ? "Bibliothèque des indicateurs : 1 indicateur" : `Bibliothèque des indicateurs : ${n} indicateurs`,
    empty: "La bibliothèque ne contient aucun indicateur pour le moment.",
    colCode: "Code",
    colName: "Nom",
    colKind: "Type",
    colUnit: "Unité",
    colFrequency: "Fréquence",
    colAggregation: "Agrégation",
    colMode: "Calculé ou collecté",
    colPublic: "Public par défaut",

    form: {
      code: "Code",
      codeHint:
        "Lettres minuscules sans accent, chiffres et « _ », en commençant par une lettre ; par exemple cellules_vacantes. Formules et fichiers d'import s'y réfèrent : il ne pourra plus changer.",
      name: "Nom",
      definition: "Définition",
      definitionHint: "Ce que l'indicateur mesure, en une ou deux phrases.",
      unit: "Unité",
      unitHint: "Par exemple : %, cellules, €, visites/jour.",
      kind: "Type",
      direction: "Sens souhaité",
      frequency: "Fréquence de collecte",
      aggregation: "Agrégation à l'échelle du programme",
      aggregationHint:
        "Comment les valeurs des communes se combinent en un chiffre du programme, d'un EPT ou d'une édition.",
      method: "Méthode",
      source: "Source",
      publicByDefault: "Publier par défaut sur le portail public",
      publicByDefaultHint: "Les valeurs approuvées sont alors publiées, sauf celles marquées confidentielles.",
      formula: "Formule",
      formulaHint: "ex. cellules_vacantes / cellules_commerciales * 100 ; laissez vide pour un indicateur collecté",
      choose: "Choisissez",
    },

    newTitle: "Nouvel indicateur",
    newIntro:
      "Un indicateur collecté est saisi par les communes ; un indicateur calculé l'est à partir d'autres indicateurs par sa formule.",
    submit: "Créer l'indicateur",
    created: (name: string) => `L'indicateur « ${name} » a été créé.`,

    fallbackTitle: "Indicateur",
    backToLibrary: "Retour à la bibliothèque des indicateurs",
    sheet: "Fiche de l'indicateur",
    mode: "Mode",
    valueCount: "Valeurs enregistrées",
    updatedAt: "Dernière modification",
    references: "Indicateurs lus par la formule",
    usedBy: "Utilisé par",
    usedByNone: "Aucun indicateur calculé ne l'utilise.",
    missingCode: (code: string) => `${code} (absent de la bibliothèque)`,
    editTitle: "Modifier l'indicateur",
    codeFixed: (code: string) => `Code : ${code}. Il ne change pas : formules et fichiers d'import s'y réfèrent.`,
    saved: "Les modifications de l'indicateur sont enregistrées.",

    assignments: "Suivis de l'indicateur",
    assignmentsIntro:
      "Un suivi rattache l'indicateur à un programme, ou à l'un de ses projets, avec une valeur de référence, un seuil d'alerte et une trajectoire de cibles.",
    assignmentsEmpty: "Cet indicateur n'est suivi par aucun programme ni projet.",
    programmeLevel: (programme: string) => `Programme « ${programme} »`,
    projectLevel: (project: string, programme: string) => `Projet « ${project} » (programme « ${programme} »)`,
    baseline: "Valeur de référence",
    baselineValue: "Valeur de référence",
    baselineDate: "Date de la valeur de référence",
    baselineOn: (value: string, date: string) => `${value} au ${date}`,
    alertThreshold: "Seuil d'alerte",
    alertThresholdHint: (lowerIsBetter: boolean) =>
      lowerIsBetter
        ? "Facultatif. Une valeur au-dessus de ce seuil est signalée comme une alerte."
        : "Facultatif. Une valeur en dessous de ce seuil est signalée comme une alerte.",
    numberHint: "Facultatif. Un nombre ; virgule pour les décimales, par exemple 7,5.",
    numberInvalid: "Saisissez un nombre, par exemple 7,5 ou 1500.",
    targets: "Trajectoire : cibles par période",
    targetsHint: (example: string) =>
      `Une ligne par période, au format de la fréquence de l'indicateur (par exemple ${example}). L'enregistrement remplace toute la trajectoire.`,
    targetsCaption: "Trajectoire : cibles par période",
    targetsCaptionFor: (what: string) => `Cibles par période : ${what}`,
    targetsEmpty: "Aucune cible.",
    colPeriod: "Période",
    colTarget: "Cible",
    colActions: "Action",
    periodOfRow: (n: number) => `Période, ligne ${n}`,
    targetOfRow: (n: number) => `Cible, ligne ${n}`,
    addRow: "Ajouter une ligne",
    removeRow: "Supprimer",
    removeRowOf: (n: number) => ` la ligne ${n}`,
    rowAdded: (n: number) => `Ligne ${n} ajoutée.`,
    rowRemoved: (n: number) => `Ligne ${n} supprimée.`,
    periodRequired: "Indiquez la période de chaque cible.",
    targetRequired: "Indiquez la valeur de chaque cible.",
    saveAssignment: "Enregistrer le suivi",
    assignmentSaved: (what: string) => `Suivi enregistré : ${what}.`,
    remove: "Retirer ce suivi",
    removeWarning:
      "Le suivi, sa valeur de référence, son seuil d'alerte et sa trajectoire seront supprimés ; les valeurs saisies par les communes sont conservées.",
    removeConfirm: "Confirmer le retrait",
    removeCancel: "Annuler",
    removing: "Retrait…",
    removed: (what: string) => `Suivi retiré : ${what}.`,

    newAssignment: "Ajouter un suivi",
    programme: "Programme",
    programmeChoose: "Choisissez un programme",
    project: "Projet",
    projectNone: "Aucun : suivi à l'échelle du programme",
    projectHint: "Facultatif : laissez « Aucun » pour suivre l'indicateur sur tout le programme.",
    projectsLoading: "Chargement des projets du programme…",
    assignSubmit: "Ajouter le suivi",
    assigned: (what: string) => `Suivi ajouté : ${what}.`,
  },

  /** The programme's figures (officers and administrators) and one indicator's series. */
  figures: {
    title: "Chiffres du programme",
    intro:
      "Les valeurs approuvées des communes des projets du programme, combinées selon l'agrégation de chaque indicateur. Seuls les indicateurs suivis à l'échelle du programme figurent ici.",
    noValue: "Pas de valeur",
    choose: "Programme et année",
    programme: "Programme",
    year: "Année",
    show: "Afficher",
    noProgramme: "Aucun programme pour le moment.",
    noYear: "Aucune valeur approuvée pour ce programme pour le moment.",
    noIndicators:
      "Aucun indicateur n'est suivi à l'échelle de ce programme : ajoutez un suivi depuis la fiche d'un indicateur.",
    heading: (year: number) => `Indicateurs du programme en ${year}`,
    count: (n: number, programme: string, year: number) =>
      n === 1 ? `1 indicateur pour « ${programme} » en ${year}.` : `${n} indicateurs pour « ${programme} » en ${year}.`,
    programmeFigure: (period: string) => `Chiffre du programme (${period})`,
    noValueInYear: (year: number) => `Aucune valeur approuvée en ${year}.`,
    communes: (n: number) => (n === 1 ? "calculé sur 1 commune" : `calculé sur ${n} communes`),
    target: "Cible",
    noTarget: "Pas de cible pour cette période",
    meetsTarget: "Cible atteinte",
    missesTarget: "Cible non atteinte",
    alert: "Seuil d'alerte dépassé",
    alertThreshold: "Seuil d'alerte",
    seeSeries: "Voir l'évolution",
    seeSeriesOf: (name: string) => ` de « ${name} »`,
    seeIndicator: "Fiche de l'indicateur",
    periodsCaption: (name: string, year: number) => `${name} : chiffre du programme par période, ${year}`,
    colPeriod: "Période",
    colValue: "Chiffre du programme",
    colTarget: "Cible",
    colSituation: "Situation",
    breakdown: "Détail par EPT, par département et par édition",
    breakdownLoading: "Chargement du détail…",
    breakdownError: "Le détail n'a pas pu être chargé. Refermez puis rouvrez pour réessayer.",
    byTerritoryCaption: (name: string, period: string) =>
      `${name} par établissement public territorial (EPT), ${period}`,
    byDepartementCaption: (name: string, period: string) => `${name} par département, ${period}`,
    byEditionCaption: (name: string, period: string) => `${name} par édition du programme, ${period}`,
    colTerritory: "EPT",
    colDepartement: "Département",
    colEdition: "Édition",
    colGroupValue: "Valeur",
    colCommunes: "Communes",
    groupsEmpty: "Pas de valeur à détailler.",

    seriesFallbackTitle: "Évolution d'un indicateur",
    seriesProgramme: (programme: string) => `Programme « ${programme} »`,
    backToFigures: "Retour aux chiffres du programme",
    compare: "Comparer une commune",
    commune: "Commune",
    communeNone: "Aucune : chiffres du programme seulement",
    communeHint:
      "Les communes des projets du programme. Sa courbe s'ajoute à celle du programme, avec les médianes de ses pairs.",
    communesLoading: "Chargement des communes du programme…",
    evolution: "Évolution",
    chartLoading: "Chargement du graphique…",
    chartFailed: "Le graphique n'a pas pu être chargé ; le tableau donne les mêmes valeurs.",
    seriesEmpty: "Aucune valeur approuvée pour cet indicateur dans ce programme.",
    tableCaption: (name: string, unit: string, commune: string | null) =>
      commune
        ? `${name} (${unit}) par période : programme, cible et ${commune}`
        : `${name} (${unit}) par période : programme et cible`,
    lineProgramme: "Programme",
    lineTarget: "Cible",
    lineTerritoryMedian: "Médiane du même EPT",
    linePopulationMedian: "Médiane à population comparable",
    chartSummary: (parts: {
      name: string;
      from: string;
      to: string;
      programme: string;
      target: string | null;
      commune: string | null;
    }) =>
      [
        `Graphique en courbes : ${parts.name}, de ${parts.from} à ${parts.to}.`,
        `Programme : ${parts.programme}.`,
        parts.target ? `Cible : ${parts.target}.` : null,
        parts.commune,
        "Le tableau qui suit donne toutes les valeurs.",
      ]
        .filter(Boolean)
        .join(" "),
    fromTo: (first: string, last: string) => `de ${first} à ${last}`,
    communeSummary: (name: string, range: string) => `${name} : ${range}, comparée aux médianes de ses pairs.`,
    peers: "Communes de comparaison",
    sameTerritory: "Même EPT",
    similarPopulation: "Population comparable",
    peersNone: "Aucune",
    baseline: (value: string) => `Valeur de référence : ${value}.`,
  },

  /** Collection campaigns: list, creation, a campaign's page and a commune's sheet. */
  campaigns: {
    status: campaignStatusLabels,
    frequency: indicatorFrequencyLabels,
    title: "Campagnes de collecte",
    intro:
      "Chaque campagne demande aux communes les valeurs de ses indicateurs, période par période, jusqu'à une échéance. Suivez ici leur avancement.",
    introContributor:
      "Les campagnes qui concernent votre commune : ce qu'il reste à saisir, à corriger ou à envoyer à la Métropole.",
    newLink: "Nouvelle campagne",
    empty: "Aucune campagne pour le moment.",
    emptyContributor: "Aucune campagne ouverte ne concerne votre commune pour le moment.",
    caption: (n: number) => (n === 1 ? "1 campagne" : `${n} campagnes`),
    colName: "Campagne",
    colProgramme: "Programme",
    colStatus: "Statut",
    colPeriod: "Période couverte",
    colDeadline: "Échéance",
    colCommunes: "Communes",
    colApproved: "Valeurs approuvées",
    colRemaining: "Pour votre commune",
    overdue: "(échéance dépassée)",
    communesComplete: (complete: number, total: number) =>
      `${complete} / ${total} ${total === 1 ? "commune complète" : "communes complètes"}`,
    approvedOf: (approved: number, expected: number) =>
      `(${approved} / ${expected} ${expected === 1 ? "valeur" : "valeurs"})`,
    /** What a commune (or a contributor's communes) still owes, in one sentence. */
    remaining: (p: {
      missing: number;
      returned: number;
      drafts: number;
      submitted: number;
      complete: boolean;
      open: boolean;
    }) => {
      if (p.complete) return "Complet : toutes les valeurs sont approuvées.";
      const todo = [
        p.missing > 0 ? (p.missing === 1 ? "1 valeur à saisir" : `${p.missing} valeurs à saisir`) : null,
        p.returned > 0
          ? p.returned === 1
            ? "1 valeur renvoyée à corriger"
            : `${p.returned} valeurs renvoyées à corriger`
          : null,
        p.drafts > 0 ? (p.drafts === 1 ? "1 brouillon à envoyer" : `${p.drafts} brouillons à envoyer`) : null,
      ].filter(Boolean);
      if (todo.length > 0) return `${p.open ? "Reste à faire" : "Collecte fermée ; restait"} : ${todo.join(", ")}.`;
      return p.submitted === 1
        ? "Tout est envoyé : 1 valeur en relecture à la Métropole."
        : `Tout est envoyé : ${p.submitted} valeurs en relecture à la Métropole.`;
    },
    created: (name: string) =>
      `La campagne « ${name} » est créée, en préparation : les communes ne la verront qu'une fois ouverte.`,
    saved: (name: string) => `Les modifications de la campagne « ${name} » sont enregistrées.`,

    form: {
      title: "Nouvelle campagne de collecte",
      intro:
        "Choisissez les indicateurs à collecter, la période qu'ils couvrent et les communes concernées. La campagne est créée en préparation : ouvrez-la ensuite depuis sa page pour que les communes puissent saisir.",
      programme: "Programme",
      programmeChoose: "Choisissez un programme",
      programmeRequired: "Choisissez le programme de la campagne.",
      name: "Nom de la campagne",
      nameHint: "Par exemple : Collecte annuelle 2026.",
      instructions: "Consignes aux communes",
      instructionsHint:
        "Facultatif. Ce qu'il faut relever, comment, et où trouver les chiffres. 5000 caractères au plus.",
      periodStart: "Début de la période couverte",
      periodEnd: "Fin de la période couverte",
      deadline: "Échéance",
      deadlineHint:
        "Format : jj/mm/aaaa. Date limite de saisie ; les communes en retard sont relancées une semaine avant, puis après.",
      endBeforeStart: "La fin de la période doit suivre son début.",
      deadlineBeforeStart: "L'échéance ne peut pas précéder le début de la période.",
      indicators: "Indicateurs à collecter",
      indicatorsHint:
        "Seuls les indicateurs saisis par les communes sont proposés : un indicateur calculé se déduit des autres. Chacun est demandé pour chaque période de sa fréquence comprise dans la période couverte.",
      indicatorsChosen: (n: number) =>
        n === 0 ? "Aucun indicateur choisi." : n === 1 ? "1 indicateur choisi." : `${n} indicateurs choisis.`,
      noIndicators: "Aucun indicateur collecté n'existe encore : créez-en un dans la bibliothèque des indicateurs.",
      indicatorDetail: (unit: string, frequency: string) => `(${unit}, fréquence ${frequency.toLowerCase()})`,
      indicatorsRequired: "Choisissez au moins un indicateur.",
      communes: "Communes concernées",
      communesHint: "Par établissement public territorial. « Tout cocher » choisit toutes les communes du territoire.",
      communesChosen: (n: number) =>
        n === 0 ? "Aucune commune choisie." : n === 1 ? "1 commune choisie." : `${n} communes choisies.`,
      noTerritory: "Hors établissement public territorial",
      groupCount: (chosen: number, total: number) => `(${chosen} sur ${total})`,
      checkAll: "Tout cocher",
      uncheckAll: "Tout décocher",
      groupSuffix: (group: string) => `: ${group}`,
      communesRequired: "Choisissez au moins une commune.",
      submit: "Créer la campagne",
      cancel: "Annuler et revenir aux campagnes",
      editTitle: (name: string) => `Modifier la campagne « ${name} »`,
      editFallbackTitle: "Modifier la campagne",
      editIntro:
        "Seuls les champs que vous changez sont enregistrés. Les communes voient les changements dès l'enregistrement ; retirer un indicateur ou une commune ne supprime aucune valeur déjà saisie, elle n'est simplement plus demandée.",
      programmeFixed: "Une campagne reste dans le programme où elle a été créée.",
      backToCampaign: (name: string) => `Revenir à la campagne « ${name} »`,
      editCancel: "Annuler et revenir à la campagne",
    },

    page: {
      fallbackTitle: "Campagne",
      backToList: "Toutes les campagnes",
      details: "Présentation",
      programme: "Programme",
      status: "Statut",
      period: "Période couverte",
      deadline: "Échéance",
      periods: "Périodes demandées",
      instructions: "Consignes",
      noInstructions: "Aucune consigne particulière.",
      indicators: (n: number) => (n === 1 ? "1 indicateur demandé" : `${n} indicateurs demandés`),
      edit: "Modifier la campagne",
      statusTitle: "Ouverture et clôture",
      statusHelp: {
        draft:
          "La campagne est en préparation : les communes ne la voient pas encore. Ouvrez-la pour qu'elles puissent saisir.",
        open: "Les communes saisissent et envoient leurs valeurs. Clore la campagne arrête la saisie ; la relecture reste possible.",
        closed:
          "La campagne est close : plus aucune saisie. La rouvrir permet aux communes en retard de terminer ; les valeurs approuvées le restent.",
      },
      statusAction: { draft: "Ouvrir la collecte", open: "Clore la collecte", closed: "Rouvrir la collecte" },
      statusChanged: (label: string) => `La campagne est maintenant « ${label} ».`,
      remindersTitle: "Relances",
      remindersHelp:
        "Les communes qui n'ont pas tout envoyé sont relancées par courriel une semaine avant l'échéance, puis une fois l'échéance passée, automatiquement toutes les heures. Ce bouton envoie tout de suite les relances dues, pour toutes les campagnes ouvertes ; une relance n'est jamais envoyée deux fois.",
      remindersButton: "Envoyer les relances dues",
      remindersSent: (sent: number, communes: number) =>
        sent === 0
          ? "Aucune relance n'était due : aucun courriel envoyé."
          : `${sent === 1 ? "1 courriel de relance envoyé" : `${sent} courriels de relance envoyés`}, pour ${communes === 1 ? "1 commune" : `${communes} communes`}.`,
      completeness: "Avancement par commune",
      completenessCaption: (complete: number, total: number) =>
        `Avancement par commune : ${complete} / ${total} ${total === 1 ? "commune complète" : "communes complètes"}`,
      colCommune: "Commune",
      colExpected: "Attendues",
      colEntered: "Saisies",
      colSubmitted: "Soumises",
      colApproved: "Approuvées",
      colReturned: "Renvoyées",
      colMissing: "Manquantes",
      colShare: "Part approuvée",
      complete: "— complète",
      noCommunes: "Aucune commune dans cette campagne.",
      files: "Tableurs",
      templates: "Modèles à remplir",
      templatesHelp:
        "Une ligne par valeur attendue, pour chaque commune : remplissez la colonne « valeur » (et au besoin « source » et « commentaire »), puis importez le fichier depuis la page d'une commune.",
      templatesHelpCommune:
        "Une ligne par valeur attendue de la commune : remplissez la colonne « valeur » (et au besoin « source » et « commentaire »), puis importez le fichier ci-dessus.",
      templateXlsx: "Modèle au format Excel (.xlsx)",
      templateCsv: "Modèle au format CSV (séparateur virgule, UTF-8)",
      templateCsvExcel: "Modèle au format CSV pour Excel en français (séparateur point-virgule)",
      exports: "Valeurs saisies",
      valuesXlsx: "Export des valeurs au format Excel (.xlsx)",
      valuesCsv: "Export des valeurs au format CSV",
    },

    sheet: {
      title: (commune: string, campaign: string) => `${commune} — ${campaign}`,
      fallbackTitle: "Saisie des valeurs",
      backToCampaign: (name: string) => `Campagne « ${name} » : toutes les communes`,
      campaign: "La campagne",
      status: "Statut",
      period: "Période couverte",
      deadline: "Échéance",
      instructions: "Consignes de la Métropole",
      notOpen: (status: string) =>
        `La campagne est « ${status} » : la saisie est fermée. Les valeurs restent consultables ci-dessous.`,
      returnedTitle: (n: number) =>
        n === 1 ? "1 valeur renvoyée pour correction" : `${n} valeurs renvoyées pour correction`,
      returnedIntro:
        "La Métropole a relu ces valeurs et demande une correction. Corrigez chaque valeur à sa ligne, enregistrez-la, puis envoyez-la de nouveau pour relecture.",
      progress: "Avancement",
      expected: "Valeurs attendues",
      missing: "Manquantes",
      drafts: "Brouillons non envoyés",
      submitted: "Soumises, en relecture",
      returned: "Renvoyées pour correction",
      approved: "Approuvées",
      review: "Relecture",
      reviewHelp: (n: number) =>
        `${n === 1 ? "1 valeur attend" : `${n} valeurs attendent`} votre relecture. Approuvez-les ou renvoyez-les une à une dans les tableaux ci-dessous (un commentaire est obligatoire pour renvoyer), ou approuvez-les toutes d'un coup.`,
      approveAll: "Tout approuver",
      allApproved: (n: number) => (n === 1 ? "1 valeur approuvée et publiée." : `${n} valeurs approuvées et publiées.`),
      values: "Valeurs",
      valuesHelp:
        "Saisissez chaque valeur puis enregistrez sa ligne : elle reste un brouillon, modifiable, jusqu'à l'envoi pour relecture. Nombres en chiffres, avec une virgule pour les décimales (par exemple 12,5), sans unité.",
      valuesClosed: "La saisie est fermée : les valeurs sont affichées telles qu'enregistrées.",
      indicatorFacts: (unit: string, frequency: string) => `Unité : ${unit}. Fréquence ${frequency.toLowerCase()}.`,
      tableCaption: (name: string, unit: string) => `${name} (${unit}) : une ligne par période`,
      colPeriod: "Période",
      colValue: (unit: string) => `Valeur (${unit})`,
      colSource: "Source",
      colComment: "Commentaire",
      colMore: "Compléments",
      colStatus: "Statut",
      colActions: "Actions",
      sendTitle: "Envoyer à la Métropole",
      send: "Envoyer pour relecture",
      sendHelp: (drafts: number, returned: number) =>
        `${drafts === 1 ? "1 brouillon est prêt" : `${drafts} brouillons sont prêts`} à être envoyé${drafts === 1 ? "" : "s"} à la Métropole.` +
        (returned > 0
          ? ` ${returned === 1 ? "La valeur renvoyée non corrigée sera" : `Les ${returned} valeurs renvoyées non corrigées seront`} aussi renvoyée${returned === 1 ? "" : "s"} telle${returned === 1 ? "" : "s"} quelle${returned === 1 ? "" : "s"}.`
          : "") +
        " Une valeur envoyée n'est plus modifiable tant qu'elle n'a pas été relue.",
      sendReturnedFirst:
        "Corrigez d'abord les valeurs renvoyées : chaque ligne enregistrée devient un brouillon, à envoyer ensuite.",
      nothingToSend: "Aucun brouillon à envoyer : enregistrez d'abord des valeurs.",
      sent: (n: number) =>
        n === 1
          ? "1 valeur est envoyée à la Métropole pour relecture."
          : `${n} valeurs sont envoyées à la Métropole pour relecture.`,
      importTitle: "Importer un tableur",
    },
  },

  /** One value of a campaign's sheet: its line, its status, its review and its history. */
  values: {
    status: valueStatusLabels,
    missing: "À saisir",
    notEntered: "Non saisie",
    returnedComment: "Commentaire de la Métropole :",
    correcting: (publishedOn: string, published: string) =>
      `Publiée le ${publishedOn} — correction en cours (la valeur publiée, ${published}, reste affichée sur le portail jusqu'à la relecture).`,
    published: (on: string) => `Publiée le ${on}.`,
    confidentialApproved: "Approuvée ; confidentielle, elle n'est jamais affichée sur le portail.",
    publishedCorrected: (on: string, correctedOn: string) => `Publiée le ${on}, corrigée le ${correctedOn}.`,
    underReview: "En relecture : non modifiable jusqu'à la décision de la Métropole.",
    valueLabel: (unit: string, line: string) => `Valeur (${unit}) : ${line}`,
    sourceLabel: (line: string) => `Source : ${line}`,
    commentLabel: (line: string) => `Commentaire : ${line}`,
    valueRequired: "Saisissez une valeur avant d'enregistrer la ligne.",
    valueInvalid:
      "Saisissez un nombre en chiffres, par exemple 12 ou 12,5 : virgule pour les décimales, sans unité ni lettres.",
    save: "Enregistrer",
    savedDraft: (line: string) => `${line} : valeur enregistrée en brouillon.`,
    correct: "Corriger",
    reviewComment: "Commentaire de relecture",
    reviewCommentHint: "Obligatoire pour renvoyer : dites ce qu'il faut corriger.",
    returnCommentRequired: "Un commentaire est obligatoire pour renvoyer une valeur : dites ce qu'il faut corriger.",
    approve: "Approuver",
    return: "Renvoyer",
    approvedDone: (line: string) => `${line} : valeur approuvée et publiée.`,
    returnedDone: (line: string) => `${line} : valeur renvoyée à la commune avec votre commentaire.`,
    history: "Historique",
    historyEmpty: "Aucune modification enregistrée.",
    historyBy: (action: string, who: string, when: string) => `${action} par ${who}, le ${when}`,
    unknownActor: "une personne dont le compte a été supprimé",
    change: (field: string, before: string, after: string) => `${field} : ${before} → ${after}`,
    empty: "(vide)",
    yes: "oui",
    no: "non",
    attachedFile: "un fichier joint",
    // The line's complements: confidentiality, breakdown into parts, attached document.
    more: "Compléments",
    moreContext: (line: string) => ` — ${line}`,
    moreState: (items: readonly string[]) => (items.length > 0 ? `(${items.join(", ")})` : ""),
    stateConfidential: "confidentielle",
    stateParts: (n: number) => (n === 1 ? "1 part" : `${n} parts`),
    stateAttachment: "pièce jointe",
    confidential: "Valeur confidentielle (jamais publiée sur le portail)",
    confidentialHint:
      "Une valeur confidentielle sert aux suivis de la Métropole mais n'apparaît jamais sur le portail public, ni dans les chiffres qui en sont calculés.",
    confidentialHintNotPublic:
      "Les valeurs de cet indicateur ne sont de toute façon pas publiées sur le portail : l'indicateur n'est pas public.",
    confidentialTag: "Confidentielle",
    breakdown: "Décomposition en parts",
    breakdownHint:
      "Facultatif. Détaillez la valeur en parts, par exemple par type de commerce : un libellé et un nombre par part.",
    breakdownHintSum:
      "Facultatif. Détaillez la valeur en parts, par exemple par type de commerce : un libellé et un nombre par part. Les parts doivent s'additionner à la valeur.",
    breakdownNone: "Aucune part : la valeur n'est pas décomposée.",
    breakdownCaption: (line: string) => `Parts de la valeur : ${line}`,
    colPartLabel: "Libellé",
    colPartValue: (unit: string) => `Valeur (${unit})`,
    colPartAction: "Action",
    partLabel: (n: number, line: string) => `Libellé de la part ${n} : ${line}`,
    partValue: (n: number, unit: string, line: string) => `Valeur de la part ${n} (${unit}) : ${line}`,
    addPart: "Ajouter une part",
    removePart: "Retirer",
    removePartContext: (n: number, line: string) => ` la part ${n} : ${line}`,
    partLabelRequired: "Donnez un libellé à cette part.",
    partValueRequired: "Saisissez la valeur de cette part.",
    breakdownSum: (sum: string, value: string | null) =>
      value === null ? `Somme des parts : ${sum}` : `Somme des parts : ${sum} sur ${value}`,
    breakdownRead: "Décomposition :",
    part: (label: string, value: string) => `${label} : ${value}`,
    attachment: "Pièce jointe",
    attachmentChoose: "Joindre un fichier",
    attachmentReplace: "Remplacer la pièce jointe",
    attachmentHint:
      "Facultatif. Un justificatif : PDF, image PNG ou JPEG, classeur XLSX ou ODS, document DOCX ou ODT, ou fichier CSV, de 10 Mo au plus. Il est enregistré avec la ligne.",
    attachmentCurrent: "Fichier joint :",
    attachmentNone: "Aucun fichier joint.",
    attachmentRemove: "Retirer",
    attachmentRemoveContext: (line: string) => ` la pièce jointe : ${line}`,
    attachmentUploading: "Envoi du fichier…",
    attachmentUploaded: (name: string) => `Fichier « ${name} » joint : enregistrez la ligne pour le garder.`,
    attachmentRemoved: "Pièce jointe retirée : enregistrez la ligne pour confirmer.",
    attachmentFailed:
      "Le fichier n'a pas pu être envoyé. Réessayez ; si le problème persiste, contactez l'administrateur.",
    attachmentSize: (size: string) => `(${size})`,
    kilobytes: (n: number) => `${n} ko`,
    megabytes: (n: string) => `${n} Mo`,
    actions: {
      created: "Saisie",
      edited: "Modifiée",
      submitted: "Envoyée pour relecture",
      approved: "Approuvée",
      returned: "Renvoyée pour correction",
      correction: "Corrigée",
      imported: "Importée",
    },
    fields: {
      value: "Valeur",
      source: "Source",
      comment: "Commentaire",
      status: "Statut",
      confidential: "Confidentielle",
      breakdown: "Décomposition",
      attachmentId: "Pièce jointe",
      projectId: "Projet",
      publishedValue: "Valeur publiée",
      correctedAt: "Corrigée le",
    },
  },

  /** Importing a filled-in template into a campaign. */
  imports: {
    status: importStatusLabels,
    intro:
      "Remplissez un modèle de la campagne (lien plus bas), puis importez-le : le fichier est d'abord vérifié ligne par ligne, et rien n'est enregistré avant votre confirmation.",
    fileLabel: "Fichier à importer",
    fileHint: "Classeur Excel (.xlsx) ou fichier CSV, 20 Mo au plus, aux colonnes du modèle.",
    fileRequired: "Choisissez le fichier à importer.",
    fileType: "Choisissez un classeur .xlsx ou un fichier .csv.",
    submitOption:
      "Envoyer les valeurs importées pour relecture dès l'enregistrement (sinon, elles restent des brouillons)",
    check: "Vérifier le fichier",
    checkPending: "Vérification…",
    uploading: "Envoi du fichier…",
    uploadFailed: "Le fichier n'a pas pu être envoyé. Réessayez ; si le problème persiste, contactez l'administrateur.",
    queued: "Fichier reçu : la vérification va commencer.",
    checking: (done: number, total: number) =>
      total > 0
        ? `Vérification : ${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")} lignes vérifiées.`
        : "Vérification : lecture du fichier…",
    checkedOk: "Vérification terminée, sans erreur : confirmez l'import pour enregistrer les valeurs.",
    checkedWithErrors: (n: number) =>
      `Vérification terminée : ${n === 1 ? "1 erreur" : `${n.toLocaleString("fr-FR")} erreurs`} à corriger dans le fichier. Rien n'a été enregistré.`,
    applying: (done: number, total: number) =>
      `Enregistrement : ${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")} lignes enregistrées.`,
    doneSummary: (created: number, updated: number, unchanged: number) =>
      `Import terminé : ${created === 1 ? "1 valeur créée" : `${created.toLocaleString("fr-FR")} valeurs créées`}, ${updated === 1 ? "1 mise à jour" : `${updated.toLocaleString("fr-FR")} mises à jour`}, ${unchanged === 1 ? "1 inchangée" : `${unchanged.toLocaleString("fr-FR")} inchangées`}.`,
    failedShort: "L'import a échoué : aucune valeur du fichier n'a été enregistrée.",
    pollFailed: "L'avancement de l'import n'a pas pu être obtenu. Rechargez la page pour voir où il en est.",
    previewTitle: "Vérification du fichier",
    doneTitle: "Import terminé",
    failedTitle: "Import échoué",
    file: "Fichier",
    rows: "Lignes lues",
    toCreate: "Valeurs à créer",
    toUpdate: "Valeurs à mettre à jour",
    unchanged: "Valeurs inchangées",
    ignored: "Lignes ignorées (sans valeur)",
    errorCount: "Erreurs",
    destination: "Enregistrement",
    destinationDraft: "en brouillon",
    destinationSubmit: "envoyées pour relecture",
    errorsCaption: (shown: number, total: number) =>
      shown < total
        ? `Erreurs à corriger dans le fichier (les ${shown.toLocaleString("fr-FR")} premières sur ${total.toLocaleString("fr-FR")})`
        : `Erreurs à corriger dans le fichier (${total.toLocaleString("fr-FR")})`,
    colLine: "Ligne",
    colColumn: "Colonne",
    colMessage: "Erreur",
    fixErrors:
      "Le fichier contient des erreurs : corrigez-les dans votre tableur, puis importez-le de nouveau. L'import ne peut pas être confirmé en l'état.",
    nothingToImport: "Le fichier ne contient aucune valeur à enregistrer : remplissez la colonne « valeur ».",
    confirmHelp: (n: number) =>
      `Confirmer enregistre ${n === 1 ? "1 valeur" : `${n.toLocaleString("fr-FR")} valeurs`}, en une seule fois : tout ou rien.`,
    confirm: "Confirmer l'import",
    another: "Importer un autre fichier",
  },

  notFound: {
    title: "Page introuvable",
    text: "L'adresse demandée ne correspond à aucune page de l'espace de gestion. Elle a peut-être été mal saisie, ou la page a été déplacée.",
  },

  format: {
    from: "du",
    to: "au",
    since: "à partir du",
    until: "jusqu'au",
  },
} as const;
