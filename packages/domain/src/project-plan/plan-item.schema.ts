import { z } from "zod";
export { planItemKindLabels, planItemStatusLabels } from "../labels/index.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

/** An action spans time (a start and a due date); a milestone is a single date. */
export const planItemKinds = ["action", "milestone"] as const;
export const planItemKindSchema = z.enum(planItemKinds, { error: "Type inconnu : action ou jalon." });
export type PlanItemKind = z.infer<typeof planItemKindSchema>;

export const planItemStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export const planItemStatusSchema = z.enum(planItemStatuses, {
  error: "Statut inconnu : prévu, en cours, terminé ou abandonné.",
});
export type PlanItemStatus = z.infer<typeof planItemStatusSchema>;

export const progressSchema = z
  .number({ error: "L'avancement doit être un nombre entier de 0 à 100." })
  .int({ error: "L'avancement doit être un nombre entier de 0 à 100." })
  .min(0, { error: "L'avancement ne peut pas être inférieur à 0 %." })
  .max(100, { error: "L'avancement ne peut pas dépasser 100 %." });

export const planItemSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  kind: planItemKindSchema,
  title: nonEmptyText(200),
  description: z.string(),
  owner: z.string(),
  startsOn: isoDateSchema.nullable(),
  dueOn: isoDateSchema,
  progress: progressSchema,
  status: planItemStatusSchema,
  completedOn: isoDateSchema.nullable(),
  /** The items of the same project this one waits for. */
  dependsOnIds: z.array(idSchema),
  version: versionSchema,
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** What an officer writes of an item: everything but its identity, project and version. */
export type PlanItemContent = Omit<PlanItem, "id" | "projectId" | "version">;
