import type { EditionStatus } from "../editions/edition.schema.js";
import type { ProgrammeStatus } from "../programmes/programme.schema.js";
import type { UpdateStatus } from "../project-updates/project-update.schema.js";
import type { ProjectStatus } from "../projects/project.schema.js";
import type { Role } from "../users/role.schema.js";

export * from "./funding-labels.js";
export * from "./plan-labels.js";
export * from "./expert-labels.js";
export * from "./governance-labels.js";
export * from "./application-labels.js";
export * from "./document-labels.js";
export * from "./event-labels.js";
export * from "./event-registration-labels.js";
export * from "./publication-labels.js";
export * from "./guide-labels.js";
export * from "./network-labels.js";
export * from "./communication-labels.js";
export * from "./watch-labels.js";

/**
 * The French names of the platform's statuses and roles: one wording for the rules' messages,
 * the admin app and the portal. No zod here (type imports only), so the SPAs can take it at run
 * time without the schemas.
 */
export const projectStatusLabels: Record<ProjectStatus, string> = {
  planned: "En projet",
  mature: "Mature",
  committed: "Engagé",
  in_progress: "En cours",
  completed: "Réalisé",
  abandoned: "Abandonné",
};

export const updateStatusLabels: Record<UpdateStatus, string> = {
  draft: "Brouillon",
  submitted: "Soumis, en attente de relecture",
  approved: "Approuvé et publié",
  returned: "Renvoyé pour correction",
};

export const programmeStatusLabels: Record<ProgrammeStatus, string> = {
  draft: "En préparation",
  active: "En cours",
  closed: "Clos",
};

export const editionStatusLabels: Record<EditionStatus, string> = {
  planned: "À venir",
  open: "Candidatures ouvertes",
  selection: "Sélection en cours",
  closed: "Clôturée",
};

export const roleLabels: Record<Role, string> = {
  admin: "Administrateur",
  officer: "Chargé(e) de mission",
  contributor: "Contributeur communal",
  partner: "Partenaire",
};

export const valueStatusLabels: Record<"draft" | "submitted" | "approved" | "returned", string> = {
  draft: "Brouillon",
  submitted: "Soumise, en attente de relecture",
  approved: "Approuvée et publiée",
  returned: "Renvoyée pour correction",
};

export const campaignStatusLabels: Record<"draft" | "open" | "closed", string> = {
  draft: "En préparation",
  open: "Ouverte",
  closed: "Close",
};

export const indicatorKindLabels: Record<"execution" | "performance" | "impact", string> = {
  execution: "Exécution",
  performance: "Performance",
  impact: "Impact",
};

export const indicatorDirectionLabels: Record<"higher_is_better" | "lower_is_better", string> = {
  higher_is_better: "Plus c'est haut, mieux c'est",
  lower_is_better: "Plus c'est bas, mieux c'est",
};

export const indicatorFrequencyLabels: Record<"monthly" | "quarterly" | "yearly", string> = {
  monthly: "Mensuelle",
  quarterly: "Trimestrielle",
  yearly: "Annuelle",
};

export const indicatorAggregationLabels: Record<"sum" | "population_weighted_mean" | "median" | "none", string> = {
  sum: "Somme",
  population_weighted_mean: "Moyenne pondérée par la population",
  median: "Médiane",
  none: "Pas d'agrégation",
};

export const importStatusLabels: Record<"queued" | "checking" | "checked" | "applying" | "done" | "failed", string> = {
  queued: "En attente",
  checking: "Vérification en cours",
  checked: "Vérifié : à confirmer",
  applying: "Enregistrement en cours",
  done: "Terminé",
  failed: "Échec",
};

const monthNames = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/**
 * "2025", "1er trimestre 2025", "mars 2025": the French name of a reporting period in its
 * canonical form ("2025", "2025-T1", "2025-03"); any other text is returned as it is.
 */
export function reportingPeriodLabel(period: string): string {
  const quarter = /^(\d{4})-T([1-4])$/.exec(period);
  if (quarter) return `${quarter[2] === "1" ? "1er" : `${quarter[2]}e`} trimestre ${quarter[1]}`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return `${monthNames[Number(month[2]) - 1]} ${month[1]}`;
  return period;
}
