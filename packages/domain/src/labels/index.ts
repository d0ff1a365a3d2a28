import type { EditionStatus } from "../editions/edition.schema.js";
import type { ProgrammeStatus } from "../programmes/programme.schema.js";
import type { UpdateStatus } from "../project-updates/project-update.schema.js";
import type { ProjectStatus } from "../projects/project.schema.js";
import type { Role } from "../users/role.schema.js";

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
};
