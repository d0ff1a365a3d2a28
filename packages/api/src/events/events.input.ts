import { z } from "zod";
import { eventKindSchema, eventStatusSchema } from "@cvv/domain/events";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { isoDateSchema } from "@cvv/domain/shared";

export const eventByIdInput = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The officers' filters: a span of Paris days (both included), kind, status, commune. */
export const listEventsInput = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    kind: eventKindSchema.optional(),
    status: eventStatusSchema.optional(),
    communeInseeCode: inseeCodeSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "La fin de la période précède son début.", path: ["to"] })
  .optional();
