import { z } from "zod";

/** Who pays, by kind: the Métropole's fund, the Banque des Territoires, the Région, the commune itself… */
export const funderKinds = [
  "metropole",
  "banque_des_territoires",
  "region",
  "departement",
  "commune",
  "state",
  "europe",
  "other",
] as const;
export const funderKindSchema = z.enum(funderKinds, { error: "Type de financeur inconnu." });
export type FunderKind = z.infer<typeof funderKindSchema>;

/** How sure a line of the funding plan is: hoped for, asked for, or decided. */
export const fundingStatuses = ["planned", "requested", "committed"] as const;
export const fundingStatusSchema = z.enum(fundingStatuses, { error: "Statut de financement inconnu." });
export type FundingStatus = z.infer<typeof fundingStatusSchema>;

/** A line of a project's funding plan as the rules see it: amounts in cents, never floats. */
export interface FundingLine {
  id: string;
  projectId: string;
  funderKind: FunderKind;
  funderName: string;
  amountCents: bigint;
  status: FundingStatus;
  note: string;
  version: number;
}
