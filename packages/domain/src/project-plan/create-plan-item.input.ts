import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { planItemKindSchema, planItemStatusSchema, progressSchema } from "./plan-item.schema.js";

/** Far beyond any real plan; low enough that a forged request cannot make the cycle check long. */
export const maxDependencies = 50;

const planItemContent = {
  kind: planItemKindSchema,
  title: nonEmptyText(200),
  description: z.string().trim().max(2000, { error: "La description ne doit pas dépasser 2000 caractères." }),
  owner: z.string().trim().max(200, { error: "Le responsable ne doit pas dépasser 200 caractères." }),
  /** Actions only: a milestone has a due date and nothing else. */
  startsOn: isoDateSchema.nullable(),
  dueOn: isoDateSchema,
  progress: progressSchema,
  status: planItemStatusSchema,
  /** Set for a done item; when left out, the rules date it from the day it is marked done. */
  completedOn: isoDateSchema.nullable(),
  dependsOnIds: z
    .array(z.uuid({ error: "Dépendance invalide." }))
    .max(maxDependencies, { error: `Au plus ${maxDependencies} dépendances par élément.` }),
};

export const createPlanItemInput = z.object({ projectId: idSchema, ...planItemContent }).partial({
  description: true,
  owner: true,
  startsOn: true,
  progress: true,
  status: true,
  completedOn: true,
  dependsOnIds: true,
});
export type CreatePlanItemInput = z.infer<typeof createPlanItemInput>;

/**
 * Only the fields sent change; no defaults, so an omitted field keeps what is stored. The item
 * stays in its project: moving it would carry its dependencies into another plan.
 */
export const updatePlanItemInput = z.object({ id: idSchema, version: versionSchema, ...planItemContent }).partial({
  kind: true,
  title: true,
  description: true,
  owner: true,
  startsOn: true,
  dueOn: true,
  progress: true,
  status: true,
  completedOn: true,
  dependsOnIds: true,
});
export type UpdatePlanItemInput = z.infer<typeof updatePlanItemInput>;

export const removePlanItemInput = z.object({ id: idSchema, version: versionSchema });
export type RemovePlanItemInput = z.infer<typeof removePlanItemInput>;

export const projectPlanInput = z.object({ projectId: idSchema });
export type ProjectPlanInput = z.infer<typeof projectPlanInput>;

export const overduePlanItemsInput = z.object({ programmeId: idSchema.optional() }).optional();
export type OverduePlanItemsInput = z.infer<typeof overduePlanItemsInput>;
