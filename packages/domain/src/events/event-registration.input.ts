import { z } from "zod";
import { idSchema, versionSchema } from "../shared/common.schema.js";

/** The portal's registration form, with the French names of its fields in every message. */
export const registrationInput = z.object({
  name: z
    .string({ error: "Nom : ce champ est obligatoire." })
    .trim()
    .min(1, { error: "Nom : ce champ est obligatoire." })
    .max(200, { error: "Nom : 200 caractères au plus." }),
  email: z
    .string({ error: "Adresse électronique : ce champ est obligatoire." })
    .trim()
    .min(1, { error: "Adresse électronique : ce champ est obligatoire." })
    .max(254, { error: "Adresse électronique : 254 caractères au plus." })
    .pipe(z.email({ error: "Adresse électronique : format invalide (exemple : nom@exemple.fr)." }))
    .transform((email) => email.toLowerCase()),
  organisation: z.string().trim().max(200, { error: "Organisation : 200 caractères au plus." }).default(""),
  consent: z.literal(true, {
    error: "Consentement : cochez la case pour accepter l'utilisation de vos données pour cette inscription.",
  }),
});
export type RegistrationInput = z.infer<typeof registrationInput>;

/** A token from an e-mail link: 43 characters of base64url (32 random bytes). */
export const registrationTokenSchema = z
  .string({ error: "Lien invalide ou expiré." })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: "Lien invalide ou expiré." });

export const surveyInput = z.object({
  token: registrationTokenSchema,
  rating: z.coerce
    .number({ error: "Note : choisissez une note de 1 à 5." })
    .int({ error: "Note : choisissez une note de 1 à 5." })
    .min(1, { error: "Note : choisissez une note de 1 à 5." })
    .max(5, { error: "Note : choisissez une note de 1 à 5." }),
  comment: z.string().trim().max(2000, { error: "Commentaire : 2 000 caractères au plus." }).default(""),
});
export type SurveyInput = z.infer<typeof surveyInput>;

/** Attendance taken on the day: the confirmed registrants present, every other confirmed one absent. */
export const attendanceInput = z.object({
  eventId: idSchema,
  presentIds: z.array(idSchema).max(5000),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const eventTransitionInput = z.object({ id: idSchema, version: versionSchema });
export type EventTransitionInput = z.infer<typeof eventTransitionInput>;

export const eventLinksInput = z.object({
  id: idSchema,
  version: versionSchema,
  ids: z.array(idSchema).max(50, { error: "50 éléments liés au plus." }),
});
export type EventLinksInput = z.infer<typeof eventLinksInput>;
