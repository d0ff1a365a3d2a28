import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { roleSchema, type Role } from "./role.schema.js";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Adresse électronique invalide." }).max(254, { error: "Adresse électronique trop longue." }));

/** What the rules need to know of whoever acts: nothing more travels into `can`. */
export interface Actor {
  id: string;
  role: Role;
  /** The communes a contributor speaks for; empty for officers and administrators. */
  communeCodes: readonly string[];
}

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  communeCodes: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const passwordSchema = z
  .string()
  .min(12, { error: "Le mot de passe doit comporter au moins 12 caractères." })
  .max(200, { error: "Le mot de passe ne doit pas dépasser 200 caractères." });

export const signInInput = z.object({
  email: emailSchema,
  // Not the password policy: an old password that predates it must still sign in.
  password: z.string().min(1, { error: "Le mot de passe est obligatoire." }).max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const inviteUserInput = z
  .object({
    email: emailSchema,
    displayName: z.string().trim().min(1, { error: "Le nom est obligatoire." }).max(120),
    role: roleSchema,
    communeInseeCodes: z.array(inseeCodeSchema).max(20).optional(),
    /** A partner belongs to an organisation of the directory. */
    organisationId: z.uuid({ error: "Organisation invalide." }).optional(),
  })
  .refine((v) => v.role !== "partner" || v.organisationId !== undefined, {
    path: ["organisationId"],
    error: "Un partenaire doit être rattaché à une organisation.",
  })
  .refine((v) => v.role === "partner" || v.organisationId === undefined, {
    path: ["organisationId"],
    error: "Seul un partenaire est rattaché à une organisation.",
  })
  .refine((v) => v.role !== "contributor" || (v.communeInseeCodes?.length ?? 0) > 0, {
    path: ["communeInseeCodes"],
    error: "Un contributeur communal doit être rattaché à au moins une commune.",
  })
  .refine((v) => v.role === "contributor" || (v.communeInseeCodes?.length ?? 0) === 0, {
    path: ["communeInseeCodes"],
    error: "Seul un contributeur communal est rattaché à des communes.",
  });
export type InviteUserInput = z.infer<typeof inviteUserInput>;

export const acceptInvitationInput = z.object({
  token: z
    .string()
    .min(20, { error: "Lien d'invitation invalide." })
    .max(200, { error: "Lien d'invitation invalide." }),
  password: passwordSchema,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
