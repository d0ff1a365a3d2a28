/**
 * Every string the portal shows, in one place, so that wording can be reviewed (and one day
 * translated) without reading components. Components never hold user-facing French.
 *
 * French typography: the space before « : ; ! ? » » and after « « » is a non-breaking space
 * (U+00A0), so punctuation never starts a line on a narrow screen. Keep it when editing.
 */

import { editionStatusLabels, programmeStatusLabels, projectStatusLabels } from "@cvv/domain/labels";

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
} as const;

export type Messages = typeof messages;
