import type { ApplicationStatus } from "../applications/application.schema.js";
import type { ProjectTheme } from "../projects/project-theme.schema.js";

/**
 * The French words of calls for applications and of the themes of projects: shared by the rules'
 * messages, the admin app and (later) the portal. Type imports only, like the rest of the labels,
 * so the SPAs can take it at run time.
 */
export const projectThemeLabels: Record<ProjectTheme, string> = {
  commerce: "Commerce",
  artisanat: "Artisanat",
  metiers_d_art: "Métiers d'art",
  ess: "Économie sociale et solidaire (ESS)",
  economie_de_la_reparation: "Économie de la réparation",
  seconde_main: "Seconde main",
  production_locale: "Production locale",
  espace_public: "Espace public",
  mobilite: "Mobilité",
  habitat: "Habitat",
  tiers_lieux: "Tiers-lieux",
  culture: "Culture",
};

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  draft: "Brouillon",
  submitted: "Déposée, en attente d'instruction",
  eligible: "Recevable, en attente du comité",
  ineligible: "Irrecevable",
  selected: "Retenue",
  rejected: "Non retenue",
  withdrawn: "Retirée",
};
