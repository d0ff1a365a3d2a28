import { z } from "zod";
export { applicationStatusLabels } from "../labels/index.js";
import type { ProjectTheme } from "../projects/project-theme.schema.js";

/**
 * A commune's application to an edition: drafted and submitted by the commune, found eligible or
 * not by an officer, then selected or not after the selection committee. Withdrawn by the commune
 * at any time before it is examined.
 */
export const applicationStatuses = [
  "draft",
  "submitted",
  "eligible",
  "ineligible",
  "selected",
  "rejected",
  "withdrawn",
] as const;
export const applicationStatusSchema = z.enum(applicationStatuses, { error: "Statut de candidature inconnu." });
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** An application as the rules see it: amounts in cents, dates as AAAA-MM-JJ, moments as ISO text. */
export interface Application {
  id: string;
  editionId: string;
  communeInseeCode: string;
  title: string;
  summary: string;
  motivation: string;
  themes: ProjectTheme[];
  perimeter: string;
  estimatedBudgetCents: bigint | null;
  contactName: string;
  contactEmail: string;
  status: ApplicationStatus;
  submittedAt: string | null;
  eligibilityNote: string;
  decidedOn: string | null;
  decisionNote: string;
  /** The project the application's contract opened, once there is one. */
  projectId: string | null;
  version: number;
}

/** What the submission rule needs to know of the edition applied to. */
export interface EditionWindow {
  name: string;
  status: "planned" | "open" | "selection" | "closed";
  opensOn: string | null;
  closesOn: string | null;
}

/** The "contrat métropolitain de développement" signed with a selected commune. */
export interface Contract {
  id: string;
  projectId: string;
  applicationId: string | null;
  reference: string;
  parties: string;
  signedOn: string | null;
  amountCents: bigint;
  durationMonths: number;
  startsOn: string | null;
  version: number;
}
