/**
 * Every string the portal shows, in one place, so that wording can be reviewed (and one day
 * translated) without reading components. Components never hold user-facing French.
 *
 * French typography: the space before « : ; ! ? » » and after « « » is a non-breaking space
 * (U+00A0), so punctuation never starts a line on a narrow screen. Keep it when editing.
 */

import {
  editionStatusLabels,
  eventKindLabels,
  programmeStatusLabels,
  projectStatusLabels,
  publicationKindLabels,
} from "@cvv/domain/labels";

const siteName = "Centres-villes vivants";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;

export const messages = {
  siteName,
  publisher: "Métropole du Grand Paris",
  siteDescription:
    "Les projets de revitalisation des centres-villes et du commerce de proximité soutenus par la Métropole du Grand Paris dans ses communes.",
  documentTitle: (page: string) => `${page} – ${siteName}`,
  /** "Statut : " before a value rendered by a component. */
  labelPrefix: (label: string) => `${label} : `,
  /** Decorative separator between two facts on one line (hidden from screen readers). */
  separator: "·",

  layout: {
    skipLink: "Aller au contenu",
    // Read after the visible brand, so the link's name still starts with its visible text.
    homeLinkSuffix: ", retour à l'accueil",
    mainNavLabel: "Menu principal",
    navHome: "Accueil",
    navProgrammes: "Programmes",
    footerNavLabel: "Informations sur le site",
    footerAccessibility: "Accessibilité : non conforme",
    footerLegal: "Mentions légales",
    footerPrivacy: "Données personnelles",
    footerAbout:
      "Un programme de la Métropole du Grand Paris pour la revitalisation des centres-villes et du commerce de proximité.",
    footerLicence: "Données publiées sous Licence Ouverte 2.0.",
    breadcrumbLabel: "Fil d'Ariane",
    demoNotice: "Données de démonstration : ce site présente des données fictives.",
  },

  state: {
    loadingTitle: "Chargement…",
    loading: "Chargement en cours…",
    errorTitle: "Le contenu n'a pas pu être chargé",
    errorBody: "Le serveur n'a pas répondu correctement. Vérifiez votre connexion à internet, puis réessayez.",
    retry: "Réessayer",
    retrying: "Nouvelle tentative…",
  },

  notFound: {
    title: "Page introuvable",
    description: "La page demandée n'existe pas ou n'est plus publiée.",
    body: "La page que vous cherchez n'existe pas, a été déplacée ou n'est pas (ou plus) publiée.",
    projectBody: "Ce projet n'existe pas ou n'est pas publié.",
    programmeBody: "Ce programme n'existe pas ou n'est pas publié.",
    communeBody: "Aucun projet publié n'est rattaché à cette commune, ou ce code de commune n'existe pas.",
    checkAddress: "Si vous avez saisi l'adresse, vérifiez son orthographe.",
    backHome: "Retourner à l'accueil",
  },

  status: {
    project: projectStatusLabels,
    programme: programmeStatusLabels,
    edition: editionStatusLabels,
  },

  departements: {
    "75": "Paris",
    "91": "Essonne",
    "92": "Hauts-de-Seine",
    "93": "Seine-Saint-Denis",
    "94": "Val-de-Marne",
    "95": "Val-d'Oise",
  } as Record<string, string>,
  departement: (code: string, name: string | undefined) => (name ? `${name} (${code})` : `Département ${code}`),

  dates: {
    from: (d: string) => `Depuis le ${d}`,
    range: (a: string, b: string) => `Du ${a} au ${b}`,
    until: (d: string) => `Jusqu'au ${d}`,
    published: (d: string) => `Publié le ${d}`,
  },

  project: {
    statusLabel: "Statut",
    statusInline: (label: string) => `Statut : ${label}`,
    editionInline: (edition: string) => `Édition : ${edition}`,
    communeInline: (commune: string) => `Commune : ${commune}`,
  },

  home: {
    title: "Accueil",
    heading: "Des centres-villes vivants dans la Métropole du Grand Paris",
    description:
      "Les projets de revitalisation des centres-villes et du commerce de proximité soutenus par la Métropole du Grand Paris dans ses 130 communes : chiffres clés, programmes et projets commune par commune.",
    introHeading: "Le programme en bref",
    intro: [
      "Commerces vacants, rez-de-chaussée fermés, marchés à moderniser : de nombreux centres-villes de la Métropole du Grand Paris doivent se réinventer. Avec le programme « Centres-villes vivants », la Métropole accompagne ses 130 communes qui agissent pour leur cœur de ville : études, travaux, animation commerciale, soutien aux commerçants et aux artisans.",
      "Ce portail présente les projets retenus, commune par commune, et les points d'avancement validés par la Métropole.",
    ],
    figuresHeading: "Chiffres clés",
    // Labels only: the number is shown larger, next to its label.
    figures: {
      programmes: (n: number) => (n > 1 ? "programmes publiés" : "programme publié"),
      projects: (n: number) => (n > 1 ? "projets soutenus" : "projet soutenu"),
      communes: (n: number) => (n > 1 ? "communes participantes" : "commune participante"),
    },
    figuresLoading: "Chargement des chiffres clés…",
    figuresError: "Les chiffres clés n'ont pas pu être chargés.",
    programmesHeading: "Les programmes",
    programmesEmpty: "Aucun programme n'est publié pour le moment.",
    programmesError: "La liste des programmes n'a pas pu être chargée.",
    programmesLoading: "Chargement des programmes…",
    projectsHeading: "Les projets, commune par commune",
    projectsLoading: "Chargement des projets…",
    projectsError: "La liste des projets n'a pas pu être chargée.",
    projectsEmpty: "Aucun projet n'est publié pour le moment.",
    filterLabel: "Filtrer par commune ou par titre de projet",
    filterHint: "Par exemple : Bondy, marché, Saint-Ouen. Les accents et les majuscules sont ignorés.",
    filterResult: (projects: number, communes: number) =>
      `${plural(projects, "projet affiché", "projets affichés")}, dans ${plural(communes, "commune", "communes")}.`,
    filterNone: (q: string) => `Aucun projet ne correspond à « ${q} ».`,
    filterClear: "Effacer le filtre",
    communeProjectsLink: (commune: string) => `Tous les projets de ${commune}`,
  },

  programmes: {
    title: "Programmes",
    heading: "Programmes",
    description: "Les programmes de la Métropole du Grand Paris pour des centres-villes vivants.",
    intro:
      "Chaque programme de la Métropole se déroule en éditions (appels à projets) ; les communes lauréates y portent leurs projets.",
    empty: "Aucun programme n'est publié pour le moment.",
    seeProgramme: (name: string) => `Découvrir le programme ${name}`,
  },

  programme: {
    documentTitle: (name: string) => `Programme « ${name} »`,
    description: (name: string) =>
      `Le programme ${name} de la Métropole du Grand Paris : objectifs, éditions et projets.`,
    statusLabel: "Statut",
    periodLabel: "Période",
    objectivesHeading: "Objectifs",
    editionsHeading: "Éditions",
    editionsEmpty: "Aucune édition n'est publiée pour ce programme.",
    editionYear: "Année",
    editionStatus: "Statut",
    editionDates: "Candidatures",
    editionDatesUnknown: "dates non communiquées",
    projectsHeading: (n: number) => `Projets (${n})`,
    projectsEmpty: "Aucun projet n'est encore publié pour ce programme.",
  },

  annualReport: {
    description: (year: number, programme: string) =>
      `Bilan annuel ${year} du programme ${programme} : chiffres clés, projets, indicateurs, événements, publications et réseau.`,
    figuresOf: (date: string, version: number) => `Chiffres arrêtés le ${date} (version ${version})`,
    published: (date: string) => `Publié le ${date}`,
    downloadPdf: (year: number) => `Télécharger le bilan ${year} (PDF accessible)`,
    pdfShort: (year: number) => `PDF du bilan ${year}`,
    backToProgramme: (programme: string) => `Retour au programme ${programme}`,
    listHeading: "Bilans annuels",
    notFoundBody: "Ce bilan annuel n'existe pas ou n'a pas encore été publié.",
  },

  projectPage: {
    description: (title: string, commune: string) => `${title} : un projet Centres-villes vivants à ${commune}.`,
    infoHeading: "En résumé",
    commune: "Commune",
    departement: "Département",
    territory: "Établissement public territorial (EPT)",
    territoryNone: "Non rattachée à un EPT",
    programme: "Programme",
    edition: "Édition",
    editionNone: "Sans édition",
    period: "Période",
    descriptionHeading: "Description",
    descriptionEmpty: "Aucune description n'est publiée pour ce projet.",
    updatesHeading: "Points d'avancement",
    updatesIntro:
      "Les points d'avancement transmis par la commune et validés par la Métropole, du plus récent au plus ancien.",
    updatesEmpty: "Aucun point d'avancement publié pour le moment.",
    otherProjects: (commune: string) => `Voir tous les projets de ${commune}`,
  },

  commune: {
    description: (name: string) =>
      `Les projets Centres-villes vivants de la commune de ${name}, Métropole du Grand Paris.`,
    territory: (name: string) => `Établissement public territorial : ${name}`,
    inseeCode: (code: string) => `Code INSEE : ${code}`,
    projectsHeading: (n: number) => (n > 1 ? `Projets (${n})` : "Projet"),
  },

  communeFigures: {
    heading: "Chiffres clés",
    intro:
      "Les valeurs transmises par la commune et validées par la Métropole. Une valeur corrigée après sa publication l'indique.",
    none: "Aucun chiffre validé n'a encore été publié pour cette commune.",
    loading: "Chargement des chiffres…",
    error: "Les chiffres de la commune n'ont pas pu être chargés.",
    latest: (period: string, value: string) => `Dernière valeur (${period}) : ${value}`,
    caption: (indicator: string, commune: string) => `${indicator} à ${commune}, par période`,
    period: "Période",
    value: "Valeur",
    publication: "Publication",
    published: (date: string) => `Publiée le ${date}`,
    corrected: (published: string, corrected: string) => `Publiée le ${published}, corrigée le ${corrected}`,
    computed: "Calculée à partir des valeurs publiées",
  },

  accessibility: {
    title: "Déclaration d'accessibilité",
    description:
      "Déclaration d'accessibilité du portail Centres-villes vivants (RGAA 4.1) : état de conformité, contact et voies de recours.",
    intro: [
      "La Métropole du Grand Paris s'engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
      "Cette déclaration d'accessibilité s'applique au portail public Centres-villes vivants.",
    ],
    statusHeading: "État de conformité",
    status:
      "Le portail Centres-villes vivants est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.",
    statusWhy:
      "Aucun audit de conformité n'a encore été réalisé : le taux de conformité n'est pas connu. Tant qu'un audit n'aura pas mesuré ce taux, le site ne peut être déclaré ni totalement ni partiellement conforme.",
    testedHeading: "Ce qui a été vérifié",
    testedIntro: "En attendant un audit, l'équipe qui développe le portail vérifie chaque type de page :",
    tested: [
      "par des tests automatisés avec l'outil axe-core, dans le navigateur Chromium ;",
      "par une navigation entièrement au clavier (ordre de tabulation, visibilité du focus, lien d'évitement « Aller au contenu ») ;",
      "par un affichage sur un écran de 320 pixels de large et avec un zoom du texte à 200 % ;",
      "par le respect de la préférence « réduire les animations » du système.",
    ],
    testedLimit:
      "Ces vérifications ne remplacent pas un audit : les tests automatisés ne détectent qu'une partie des défauts, et aucun test avec des lecteurs d'écran n'a encore été mené de façon systématique.",
    nonAccessibleHeading: "Contenus non accessibles",
    nonAccessible:
      "Faute d'audit, la liste des non-conformités n'est pas encore établie. Si vous rencontrez un défaut, signalez-le : il sera corrigé et ajouté à cette liste.",
    techHeading: "Technologies utilisées",
    tech: "HTML, CSS, JavaScript et WAI-ARIA.",
    establishedHeading: "Établissement de cette déclaration",
    established: "Date d'établissement : à compléter lors de la mise en ligne du portail.",
    contactHeading: "Retour d'information et contact",
    contactIntro:
      "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez nous contacter pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
    contactEmailLabel: "Adresse électronique : ",
    contactEmail: "accessibilite@example.org",
    contactEmailPlaceholder: "(adresse provisoire, à remplacer avant la mise en ligne)",
    recourseHeading: "Voies de recours",
    recourseIntro:
      "Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :",
    recourseForm: "écrire un message au Défenseur des droits (formulaire en ligne)",
    recourseFormUrl: "https://formulaire.defenseurdesdroits.fr/",
    recourseDelegate: "contacter le délégué du Défenseur des droits dans votre région",
    recourseDelegateUrl: "https://www.defenseurdesdroits.fr/carte-des-delegues",
    listItemEnd: " ;",
    recoursePhone: "appeler le 09 69 39 00 00 (du lundi au vendredi, de 8 h 30 à 19 h 30)",
    recoursePost:
      "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  },

  legal: {
    title: "Mentions légales",
    description:
      "Mentions légales du portail Centres-villes vivants de la Métropole du Grand Paris : éditeur, hébergeur, licence des données.",
    publisherHeading: "Éditeur",
    publisherLines: ["Métropole du Grand Paris", "15-19 avenue Pierre Mendès-France", "75013 Paris"],
    siren: "SIREN : 200054781",
    directorLabel: "Directeur ou directrice de la publication : ",
    toComplete: "à compléter",
    hostHeading: "Hébergement",
    host: "Hébergeur (nom, adresse et téléphone) : à compléter.",
    licenceHeading: "Licence des données",
    licence:
      "Les données publiées sur ce portail (programmes, projets, points d'avancement) sont librement réutilisables sous la ",
    licenceLink: "Licence Ouverte 2.0 (Etalab)",
    licenceUrl: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    licenceEnd:
      ", sous réserve de mentionner leur source (« Métropole du Grand Paris ») et la date de leur dernière mise à jour.",
    referential:
      "La liste des communes et des établissements publics territoriaux provient du référentiel du découpage administratif publié par Etalab, sous Licence Ouverte.",
    softwareHeading: "Logiciel",
    software: "Le portail est un logiciel libre, publié sous licence EUPL 1.2.",
    accessibilityHeading: "Accessibilité",
    accessibility: "Le portail n'est pas encore conforme au RGAA 4.1. Pour en savoir plus, consultez la ",
    accessibilityLink: "déclaration d'accessibilité",
    accessibilityEnd: ".",
  },

  privacy: {
    title: "Données personnelles",
    description: "Le portail Centres-villes vivants ne dépose aucun cookie et ne collecte aucune donnée personnelle.",
    cookiesHeading: "Aucun cookie, aucun traceur",
    cookies:
      "Ce portail ne dépose aucun cookie sur votre appareil et n'utilise aucun traceur. Aucun bandeau de consentement n'est donc nécessaire.",
    audienceHeading: "Aucune mesure d'audience",
    audience:
      "Aucun outil de mesure d'audience ni service tiers (vidéos, réseaux sociaux, polices de caractères externes) n'est utilisé.",
    dataHeading: "Aucune donnée personnelle collectée",
    data: "Le portail ne comporte ni formulaire, ni compte utilisateur : il ne collecte aucune donnée personnelle vous concernant. Il se contente d'afficher des informations publiques sur les projets des communes.",
    contactHeading: "Une question ?",
    contact:
      "Pour toute question sur ce sujet, vous pouvez écrire à la Métropole du Grand Paris (coordonnées dans les ",
    contactLink: "mentions légales",
    contactEnd: ").",
  },
  // ---------- Indicators page, indicator charts, search, project timeline (issue 5) ----------
  indicatorChart: {
    period: "Période",
    value: "Valeur publiée",
    target: "Cible",
    outcome: "Objectif",
    met: "Atteint",
    notMet: "Non atteint",
    notApplicable: "Sans objet",
    noData: "Pas de donnée",
    /** Two lines under the bars of the drawing. */
    noDataShort: ["pas de", "donnée"],
    noTarget: "Pas de cible",
    chosen: " (année choisie)",
    legendValue: "Valeur publiée",
    legendTarget: "Cible",
  },

  indicatorsPage: {
    nav: "Indicateurs",
    title: "Indicateurs",
    documentTitle: (programme: string) => `Indicateurs du programme ${programme}`,
    description: (programme: string) =>
      `Les indicateurs publics du programme ${programme}, année par année, comparés à leurs cibles.`,
    intro:
      "Les chiffres transmis par les communes et validés par la Métropole, année par année, comparés aux cibles du programme. Seuls les indicateurs publics figurent ici ; les valeurs confidentielles ne sont jamais comptées.",
    formLabel: "Choisir le programme et l'année",
    programmeLabel: "Programme",
    yearLabel: "Année",
    submit: "Afficher",
    heading: (programme: string, year: number | null) =>
      year === null ? `Programme ${programme}` : `Programme ${programme} : l'année ${year}`,
    yearFallback: (requested: string, shown: number) =>
      `Aucun chiffre ni aucune cible pour « ${requested} » : l'année ${shown} est affichée.`,
    empty: "Aucun indicateur public n'a encore de chiffre publié ni de cible pour ce programme.",
    inYear: (year: number, value: string) => `En ${year} : ${value}`,
    inYearNoData: (year: number) => `En ${year} : pas de donnée publiée.`,
    withTarget: (target: string, outcome: string) => ` (cible : ${target}, objectif ${outcome})`,
    withTargetOnly: (target: string) => ` La cible est de ${target}.`,
    reached: "atteint",
    notReached: "non atteint",
    caption: (indicator: string, programme: string) =>
      `${indicator}, ensemble des communes du programme ${programme}, par période`,
    communes: "Communes comptées",
    kind: "Type",
    direction: "Lecture",
    method: "Méthode",
    source: "Source",
    none: "—",
  },

  siteSearch: {
    label: "Rechercher sur le site",
    placeholderHint: "Projet, commune, programme…",
    submit: "Rechercher",
  },

  searchPage: {
    title: "Rechercher",
    documentTitle: (q: string) => `Recherche « ${q} »`,
    description: "Rechercher un projet, une commune, un programme, une actualité ou un événement.",
    intro:
      "Les accents et les majuscules sont ignorés ; chaque mot peut être le début d'un mot (« commer » trouve « commerce »).",
    formLabel: "Recherche détaillée",
    label: "Mots recherchés",
    submit: "Rechercher",
    loading: "Recherche en cours…",
    error: "La recherche n'a pas pu aboutir.",
    tooShort: "Saisissez au moins 2 caractères pour lancer la recherche.",
    tooLong: "La recherche est limitée à 200 caractères.",
    noWord: "La recherche doit contenir au moins un mot (des lettres ou des chiffres).",
    count: (n: number, q: string) =>
      n === 0 ? `Aucun résultat pour « ${q} ».` : `${plural(n, "résultat", "résultats")} pour « ${q} ».`,
    kinds: {
      project: "Projets",
      commune: "Communes",
      programme: "Programmes",
      publication: "Actualités et ressources",
      event: "Événements",
    },
    groupHeading: (label: string, n: number) => `${label} (${n.toLocaleString("fr-FR")})`,
    more: (shown: number, total: number) =>
      `Les ${shown} premiers résultats sur ${total.toLocaleString("fr-FR")} : précisez votre recherche pour voir les autres.`,
    cancelled: "Annulé",
    suggestionsHeading: "Quelques pistes",
    suggestions: [
      "Vérifiez l'orthographe des mots.",
      "Essayez moins de mots, ou des mots plus généraux (« commerce » plutôt que « commerces de bouche »).",
      "Cherchez le nom de la commune plutôt que celui du quartier.",
    ],
    browse: "Vous pouvez aussi parcourir ",
    browseProjects: "les projets par commune",
    browseOr: ", ",
    browseProgrammes: "les programmes",
    browseAnd: " ou ",
    browseIndicators: "les indicateurs",
    browseEnd: ".",
  },

  projectPlan: {
    heading: "Calendrier des actions",
    intro: "Les actions et les étapes clés (jalons) du projet, dans l'ordre de leur échéance.",
    empty: "Le calendrier des actions de ce projet n'a pas encore été publié.",
    loading: "Chargement du calendrier…",
    error: "Le calendrier n'a pas pu être chargé.",
    kind: { action: "Action", milestone: "Jalon" },
    status: { planned: "Prévue", in_progress: "En cours", done: "Terminée", cancelled: "Abandonnée" },
    milestoneStatus: { planned: "À venir", in_progress: "En cours", done: "Atteint", cancelled: "Abandonné" },
    span: (from: string, to: string) => `Du ${from} au ${to}`,
    due: (date: string) => `Échéance : ${date}`,
    milestoneOn: (date: string) => `Prévu le ${date}`,
    reachedOn: (date: string) => `Atteint le ${date}`,
    doneOn: (date: string) => `Terminée le ${date}`,
    progress: (n: number) => `Avancement : ${n} %`,
    statusLabel: "État : ",
    summary: (reached: number, milestones: number) =>
      `${reached} jalon${reached > 1 ? "s" : ""} atteint${reached > 1 ? "s" : ""} sur ${milestones}.`,
  },

  projectIndicators: {
    heading: "Indicateurs du projet",
    intro:
      "Les chiffres publiés de la commune pour les indicateurs que suit le projet, comparés aux cibles fixées pour le projet.",
    loading: "Chargement des indicateurs…",
    error: "Les indicateurs du projet n'ont pas pu être chargés.",
    caption: (indicator: string, commune: string) => `${indicator} à ${commune}, comparé aux cibles du projet`,
  },
  // ---------- Map of the métropole (issue 5) ----------
  metropoleMap: {
    nav: "Carte",
    title: "Carte de la Métropole",
    heading: "La carte des communes participantes",
    description:
      "La carte des 130 communes de la Métropole du Grand Paris : les communes participantes par édition, et un indicateur public commune par commune.",
    intro:
      "Chaque commune colorée porte au moins un projet publié : choisissez-la sur la carte ou dans le tableau pour découvrir ses projets. Vous pouvez n'afficher qu'une édition, et colorer les communes selon un indicateur public.",
    notFoundBody: "Cette édition ou cet indicateur n'existe pas, ou n'est pas publié.",
    formLabel: "Choisir l'édition et l'indicateur de la carte",
    editionLabel: "Édition",
    editionAll: "Toutes les éditions",
    editionOption: (name: string, programme: string) => `${name} – ${programme}`,
    indicatorLabel: "Indicateur",
    indicatorNone: "Aucun (participation seulement)",
    indicatorOption: (name: string, unit: string) => (unit && unit !== "nombre" ? `${name} (${unit})` : name),
    yearLabel: "Année",
    yearLatest: "La plus récente",
    submit: "Afficher",
    summary: (participating: number, total: number, edition: string | null) =>
      `${plural(participating, "commune participante", "communes participantes")} sur ${total}${edition ? `, pour l'édition ${edition}` : ", toutes éditions confondues"}.`,
    svgTitle: (participating: number, edition: string | null) =>
      `Carte des 130 communes de la Métropole du Grand Paris : ${plural(participating, "commune participante", "communes participantes")}${edition ? ` (${edition})` : ""}, chacune un lien vers ses projets`,
    projects: (n: number) => plural(n, "projet", "projets"),
    linkName: (commune: string, projects: string, figure: string | null) =>
      figure === null ? `${commune} : ${projects}` : `${commune} : ${projects} ; ${figure}`,
    noData: "pas de donnée publiée",
    classLabel: (index: number, count: number) => `classe ${index + 1} sur ${count}`,
    valueWithClass: (value: string, label: string) => `${value} (${label})`,
    range: (min: string, max: string) => (min === max ? min : `de ${min} à ${max}`),
    legendHeading: "Légende",
    legendIndicator: (indicator: string, period: string) => `Légende : ${indicator}, ${period}`,
    legendClass: (range: string, communes: number) => `${range} (${plural(communes, "commune", "communes")})`,
    legendParticipating: (n: number) => `Commune participante, lien vers ses projets (${n})`,
    legendNoData: (n: number) => `Commune participante sans donnée publiée pour cette période (${n})`,
    legendOther: "Commune sans projet publié",
    legendFewer: "Il y a moins de valeurs différentes que de classes : chaque valeur forme sa propre classe.",
    legendNone: (year: number) => `Aucune valeur publiée en ${year} pour les communes participantes.`,
    legendClasses:
      "Chaque classe regroupe à peu près autant de communes ; les motifs, du plus clair au plus dense, suivent l'ordre des classes.",
    tableCaption: (edition: string | null) =>
      edition
        ? `Communes participantes à l'édition ${edition}, par territoire`
        : "Communes participantes, par territoire",
    commune: "Commune",
    projectsColumn: "Projets",
    valueColumn: (indicator: string, period: string) => `${indicator} (${period})`,
    editions: (names: string[]) => `${names.length > 1 ? "Éditions" : "Édition"} : ${names.join(", ")}`,
    paris: "Paris (hors établissement public territorial)",
    noTerritory: "Sans établissement public territorial",
    others: (n: number) => `Les ${plural(n, "commune", "communes")} sans projet publié`,
    othersInTerritory: (territory: string, communes: string) => `${territory} : ${communes}.`,
    none: "Aucune commune ne participe encore.",
    source: "Contours des communes : IGN, Admin Express (Licence Ouverte), simplifiés.",
    homeHeading: "La carte des communes participantes",
    homeIntro: "Les communes colorées portent au moins un projet publié : choisissez-en une pour voir ses projets.",
    homeLink: "Explorer la carte par édition et par indicateur",
    loading: "Chargement de la carte…",
    error: "La carte n'a pas pu être chargée.",
  },

  guide: {
    title: "Guide du commerce responsable",
    description:
      "Des pratiques concrètes pour un commerce de proximité responsable : circuits courts, réparation, sobriété, accessibilité, coopération avec les artisans.",
    intro:
      "Écrit par la Métropole du Grand Paris avec ses partenaires (chambres consulaires, réseaux d'artisans et de l'économie sociale et solidaire), ce guide rassemble des pratiques testées par des commerçants.",
    tocHeading: "Sommaire",
    empty: "Le guide est en cours de rédaction : ses premiers chapitres paraîtront bientôt.",
    previous: "Chapitre précédent :",
    next: "Chapitre suivant :",
    chapterNav: "Chapitres voisins",
    backToGuide: "Retour au sommaire du guide",
    notFoundBody: "Ce chapitre n'existe pas ou n'est pas encore publié.",
    footerLink: "Guide du commerce responsable",
    bodyHeading: "Texte du chapitre",
  },
  publicationImages: { heading: "Images" },
  publications: {
    nav: "Actualités",
    title: "Actualités et ressources",
    description:
      "Les actualités du programme « Centres-villes vivants », les initiatives des communes, des ressources pratiques et des dossiers thématiques.",
    intro:
      "Actualités du programme, initiatives des communes, ressources pratiques et dossiers thématiques : filtrez par type ou par étiquette.",
    kinds: publicationKindLabels,
    kindsPlural: {
      news: "Actualités",
      initiative: "Initiatives",
      resource: "Ressources",
      thematic: "Dossiers thématiques",
    } as Record<string, string>,
    formLabel: "Filtrer les publications",
    kindLabel: "Type de publication",
    kindAll: "Tous les types",
    tagLabel: "Étiquette",
    tagAll: "Toutes les étiquettes",
    submit: "Filtrer",
    reset: "Tout afficher",
    count: (n: number) =>
      n === 0 ? "Aucune publication ne correspond à ces critères." : plural(n, "publication", "publications"),
    documentTitle: (page: number) => `Actualités et ressources, page ${page}`,
    loading: "Chargement des publications…",
    error: "Les publications n'ont pas pu être chargées.",
    published: (d: string) => `Publié le ${d}`,
    tagsLabel: "Étiquettes",
    tagLinkTitle: (tag: string) => `Toutes les publications « ${tag} »`,
    paginationLabel: "Pages de la liste",
    previous: "Page précédente",
    next: "Page suivante",
    pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
    feedLink: "S'abonner au flux Atom des actualités et des initiatives",
    feedTitle: "Actualités et initiatives – Centres-villes vivants",
    notFoundBody: "Cette publication n'existe pas ou n'est pas publiée.",
    archivedNotice: "Cette publication est archivée : elle reste consultable mais n'est plus tenue à jour.",
    bodyHeading: "Texte de la publication",
    communesHeading: "Communes concernées",
    projectsHeading: "Projets liés",
    projectInline: (title: string, commune: string) => `${title} (${commune})`,
    backToList: "Toutes les actualités et ressources",
    homeHeading: "Dernières actualités",
    homeEmpty: "Aucune actualité publiée pour le moment.",
    homeAll: "Toutes les actualités et ressources",
    homeLoading: "Chargement des actualités…",
    homeError: "Les actualités n'ont pas pu être chargées.",
  },

  events: {
    nav: "Événements",
    title: "Événements",
    description:
      "L'agenda du programme « Centres-villes vivants » : visites de sites, ateliers, rencontres des managers de centre-ville, assises et salons.",
    intro:
      "Visites de sites, ateliers, rencontres des managers de centre-ville, assises et salons : l'agenda du programme. Les heures sont celles de Paris.",
    kinds: eventKindLabels,
    cancelled: "Annulé",
    loading: "Chargement des événements…",
    error: "Les événements n'ont pas pu être chargés.",
    upcomingHeading: "À venir",
    upcomingEmpty: "Aucun événement à venir pour le moment.",
    pastHeading: "Passés",
    pastIntro: "Les plus récents d'abord.",
    pastEmpty: "Aucun événement passé.",
    calendarHeading: "Calendrier du mois",
    calendarCaption: (month: string) => `Événements de ${month}`,
    calendarEmpty: (month: string) => `Aucun événement en ${month}.`,
    calendarNavLabel: "Changer de mois",
    previousMonth: (month: string) => `Mois précédent (${month})`,
    nextMonth: (month: string) => `Mois suivant (${month})`,
    monthFormLabel: "Aller à un mois",
    monthLabel: "Mois (AAAA-MM)",
    monthSubmit: "Afficher",
    weekdays: [
      { short: "lun.", long: "lundi" },
      { short: "mar.", long: "mardi" },
      { short: "mer.", long: "mercredi" },
      { short: "jeu.", long: "jeudi" },
      { short: "ven.", long: "vendredi" },
      { short: "sam.", long: "samedi" },
      { short: "dim.", long: "dimanche" },
    ],
    icsLink: "S'abonner au calendrier des événements (iCalendar)",
    icsHint:
      "Copiez l'adresse de ce lien dans votre agenda (Outlook, Google Agenda, Calendrier…) pour y voir les événements et leurs changements.",
    notFoundBody: "Cet événement n'existe pas ou n'est pas publié.",
    cancelledNotice: "Cet événement est annulé : il n'aura pas lieu.",
    infoHeading: "Informations pratiques",
    when: "Date",
    kind: "Type",
    place: "Lieu",
    address: "Adresse",
    commune: "Commune",
    capacity: "Places",
    capacityValue: (n: number) => plural(n, "place", "places"),
    addToCalendar: "Ajouter à mon agenda (fichier iCalendar)",
    descriptionHeading: "Présentation",
    backToList: "Tous les événements",
    sameDay: (day: string, start: string, end: string) => `Le ${day}, de ${start} à ${end}`,
    severalDays: (startDay: string, startTime: string, endDay: string, endTime: string) =>
      `Du ${startDay} à ${startTime} au ${endDay} à ${endTime}`,
    documentDescription: (title: string, when: string) => `${title} : ${when}.`,
    homeHeading: "Prochains événements",
    homeEmpty: "Aucun événement à venir pour le moment.",
    homeAll: "Tous les événements",
    homeLoading: "Chargement des événements…",
    homeError: "Les événements n'ont pas pu être chargés.",
  },
  apiDocumentation: {
    title: "Documentation de l'API de données ouvertes",
    description:
      "Les jeux de données ouvertes du programme Centres-villes vivants, leurs champs, formats, filtres, en-têtes et exemples d'appel de l'API /api/v1.",
    back: "Retour aux données ouvertes",
  },
  openData: {
    title: "Données ouvertes",
    footerLink: "Données ouvertes",
    description:
      "Projets, valeurs d'indicateurs, subventions et événements du programme Centres-villes vivants à télécharger en CSV ou en JSON, sous Licence Ouverte 2.0.",
    intro:
      "Les données publiées sur ce portail sont libres : téléchargez-les en CSV ou en JSON, réutilisez-les, y compris à des fins commerciales, en citant leur source.",
    licenceHeading: "Licence",
    licenceBefore: "Toutes ces données sont publiées sous la ",
    licenceLink: "Licence Ouverte 2.0 (Etalab)",
    licenceAfter:
      " : vous pouvez les copier, les modifier et les diffuser librement, à condition de mentionner leur source (« Métropole du Grand Paris — programme Centres-villes vivants ») et la date de leur mise à jour.",
    contentNote:
      "Les fichiers ne contiennent que ce que le portail montre déjà : ni donnée personnelle, ni valeur confidentielle ou en attente de relecture, ni projet d'un programme en préparation.",
    apiHeading: "Utiliser l'API",
    apiIntro:
      "Chaque fichier a une adresse stable, à appeler depuis un tableur, un script ou une page web, sans inscription ni clé :",
    apiPattern: "/api/v1/<jeu>.csv, /api/v1/<jeu>.json",
    apiFilters:
      "Les filtres se passent dans l'adresse, par exemple ?commune=93010&annee=2025 ; ajoutez format=excel à un fichier CSV pour la variante Excel. Un filtre mal formé reçoit une erreur 400 expliquée en français.",
    apiStability:
      "Version v1 : ses champs ne sont jamais supprimés ni renommés ; de nouveaux champs peuvent s'ajouter à la fin.",
    apiRateLimit: "Limite : 600 requêtes par minute et par adresse IP.",
    catalogueBefore: "La liste des jeux, de leurs champs et de leurs adresses est dans le ",
    catalogueLink: "catalogue au format JSON",
    catalogueAfter: " (inspiré de DCAT, moissonnable par data.gouv.fr).",
    documentationBefore: "La ",
    documentationLink: "documentation complète de l'API",
    documentationAfter: " détaille chaque champ, les formats, les en-têtes de cache et donne des exemples.",
    downloadsLabel: (dataset: string) => `Téléchargements du jeu « ${dataset} »`,
    ofDataset: (dataset: string) => ` – ${dataset}`,
    filtersHeading: "Filtres acceptés",
    fieldsCaption: (dataset: string) => `Champs du jeu « ${dataset} »`,
    fieldName: "Champ",
    fieldType: "Type",
    fieldMeaning: "Signification",
    empty: "Aucun jeu de données n'est publié pour le moment.",
  },
  eventRegistration: {
    heading: "S'inscrire",
    intro: "Inscription gratuite. Les champs marqués d'un astérisque (*) sont obligatoires.",
    required: "obligatoire",
    name: "Nom et prénom",
    email: "Adresse électronique",
    emailHint: "Format attendu : nom@exemple.fr. La confirmation et le lien d'annulation y seront envoyés.",
    organisation: "Organisation (facultatif)",
    organisationHint: "Commune, commerce, association, chambre consulaire…",
    consent: "J'accepte que mes données soient utilisées pour gérer mon inscription à cet événement.",
    notice:
      "Vos nom, adresse électronique et organisation sont utilisés par la Métropole du Grand Paris pour gérer votre inscription : confirmation, rappel la veille, liste de présence et, après l'événement, une courte enquête de satisfaction. Ils ne sont ni cédés ni utilisés à d'autres fins, et sont supprimés au plus tard un an après l'événement. Vous pouvez annuler votre inscription à tout moment par le lien reçu par courriel, et exercer vos droits d'accès, de rectification et d'effacement comme l'explique la page « Données personnelles ».",
    noticeLink: "Données personnelles",
    submit: "S'inscrire",
    submitWaiting: "S'inscrire sur la liste d'attente",
    placesLeft: (n: number) => (n === 1 ? "Il reste 1 place." : `Il reste ${n} places.`),
    full: "Complet : inscription sur liste d'attente. Si une place se libère, elle est attribuée dans l'ordre des inscriptions et vous êtes prévenu(e) par courriel.",
    closed: "Les inscriptions à cet événement sont closes.",
    confirmed:
      "Votre inscription est confirmée. Un courriel de confirmation vous a été envoyé, avec le lien pour annuler si besoin.",
    waiting:
      "L'événement est complet : vous êtes inscrit(e) sur la liste d'attente. Un courriel vous a été envoyé ; vous serez prévenu(e) si une place se libère.",
    errorSummary: "Le formulaire contient des erreurs :",
    errors: {
      nom: "Nom et prénom : ce champ est obligatoire (200 caractères au plus).",
      courriel: "Adresse électronique : saisissez une adresse valide, par exemple nom@exemple.fr.",
      organisation: "Organisation : 200 caractères au plus.",
      consentement: "Consentement : cochez la case pour accepter l'utilisation de vos données pour cette inscription.",
      doublon: "Cette adresse est déjà inscrite à cet événement.",
      ferme: "Les inscriptions à cet événement sont closes : il a commencé, est passé ou a été annulé.",
    },
  },
  eventCancellation: {
    title: "Annuler mon inscription",
    description: "Annuler votre inscription à un événement du programme « Centres-villes vivants ».",
    confirmText:
      "Vous êtes sur le point d'annuler votre inscription. Votre place sera attribuée à la première personne de la liste d'attente.",
    submit: "Confirmer l'annulation",
    missingToken: "Ce lien est incomplet : utilisez le lien reçu par courriel.",
    results: {
      annulee: "Votre inscription est annulée. Merci de nous avoir prévenus.",
      deja: "Cette inscription était déjà annulée.",
      invalide:
        "Ce lien d'annulation n'est pas valide ou n'est plus à jour : utilisez le lien du dernier courriel reçu.",
      terminee: "Cet événement est terminé : l'inscription ne peut plus être annulée.",
    },
    backToEvents: "Voir les événements",
  },
  eventSurvey: {
    title: "Votre avis sur l'événement",
    description: "Enquête de satisfaction après un événement du programme « Centres-villes vivants ».",
    intro: "Merci d'avoir participé. Les organisateurs lisent la note et le commentaire sans votre nom.",
    rating: "Votre satisfaction globale",
    ratingRequired: "obligatoire",
    ratings: {
      1: "1 – Pas du tout satisfait(e)",
      2: "2 – Peu satisfait(e)",
      3: "3 – Moyennement satisfait(e)",
      4: "4 – Satisfait(e)",
      5: "5 – Très satisfait(e)",
    },
    comment: "Commentaire (facultatif)",
    commentHint: "2 000 caractères au plus.",
    submit: "Envoyer mon avis",
    missingToken: "Ce lien est incomplet : utilisez le lien reçu par courriel.",
    errorSummary: "Le formulaire contient des erreurs :",
    errors: {
      note: "Note : choisissez une note de 1 à 5.",
      commentaire: "Commentaire : 2 000 caractères au plus.",
    },
    results: {
      merci: "Merci : votre avis a bien été enregistré.",
      deja: "Vous avez déjà répondu à cette enquête : merci pour votre avis.",
      invalide: "Ce lien d'enquête n'est pas valide : utilisez le lien du courriel reçu.",
    },
    backToEvents: "Voir les événements",
  },
} as const;

export type Messages = typeof messages;
