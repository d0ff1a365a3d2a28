import { z } from "zod";
export { roleLabels } from "../labels/index.js";

/** The anonymous visitor is not a role: a visitor is no user at all (null) and reads the public router. */
export const roles = ["admin", "officer", "contributor", "partner"] as const;
export const roleSchema = z.enum(roles, {
  error: "Rôle inconnu : administrateur, chargé de mission, contributeur communal ou partenaire.",
});
export type Role = z.infer<typeof roleSchema>;
