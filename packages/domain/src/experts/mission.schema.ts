import { z } from "zod";
import { idSchema, isoDateSchema, versionSchema } from "../shared/common.schema.js";

export const missionStatuses = ["proposed", "ordered", "in_progress", "delivered", "closed", "cancelled"] as const;
export const missionStatusSchema = z.enum(missionStatuses, { error: "Statut de mission inconnu." });
export type MissionStatus = z.infer<typeof missionStatusSchema>;

export const missionDeliverableSchema = z.object({
  id: idSchema,
  title: z.string(),
  dueOn: isoDateSchema.nullable(),
  deliveredOn: isoDateSchema.nullable(),
});
export type MissionDeliverable = z.infer<typeof missionDeliverableSchema>;

/** A mission as the API returns it, with the project and commune it serves: the expert's history across communes. */
export const missionSchema = z.object({
  id: idSchema,
  expertId: idSchema,
  projectId: idSchema,
  projectTitle: z.string(),
  communeInseeCode: z.string(),
  communeName: z.string(),
  title: z.string(),
  scope: z.string(),
  days: z.number().nonnegative().nullable(),
  budgetCents: z.number().int().nonnegative().nullable(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  status: missionStatusSchema,
  version: versionSchema,
  deliverables: z.array(missionDeliverableSchema),
});
export type Mission = z.infer<typeof missionSchema>;
