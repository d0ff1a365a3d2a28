import { z } from "zod";
export { raciRoleLabels, raciRoleLetters } from "../labels/index.js";
import { nonEmptyText } from "../shared/common.schema.js";

/** Responsible does the work, Accountable approves it, Consulted is asked before, Informed is told after. */
export const raciRoles = ["responsible", "accountable", "consulted", "informed"] as const;
export const raciRoleSchema = z.enum(raciRoles, { error: "Rôle inconnu : R, A, C ou I." });
export type RaciRole = z.infer<typeof raciRoleSchema>;

/** One cell of a project's matrix: for an activity, the role of a party (a person, a service, an organisation). */
export const raciAssignmentSchema = z.object({
  activity: nonEmptyText(200),
  party: nonEmptyText(200),
  role: raciRoleSchema,
});
export type RaciAssignment = z.infer<typeof raciAssignmentSchema>;
