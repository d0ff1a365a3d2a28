import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { missionStatusSchema } from "./mission.schema.js";
import { missionDatesRefused } from "./mission.rules.js";
import { dayCountInput, euroAmountInput } from "./quantities.schema.js";

/** A date given as "" in a form means none. */
const optionalDate = z.union([z.literal("").transform(() => null), isoDateSchema]).nullable();

export const deliverableInput = z.object({
  title: nonEmptyText(200),
  dueOn: optionalDate.optional(),
  deliveredOn: optionalDate.optional(),
});
export type DeliverableInput = z.infer<typeof deliverableInput>;

const missionFields = {
  projectId: idSchema,
  title: nonEmptyText(200),
  scope: z.string().trim().max(5000, { error: "Le périmètre ne doit pas dépasser 5000 caractères." }),
  days: dayCountInput.nullable(),
  /** Entered in euros (HT), stored in cents. */
  budget: euroAmountInput.nullable(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  deliverables: z.array(deliverableInput).max(50, { error: "50 livrables au plus." }),
};

export const createMissionInput = z
  .object({
    expertId: idSchema,
    ...missionFields,
    scope: missionFields.scope.optional(),
    days: missionFields.days.optional(),
    budget: missionFields.budget.optional(),
    deliverables: missionFields.deliverables.optional(),
    /** A mission is proposed first; one already ordered, or past, may be recorded as it stands. */
    status: missionStatusSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const refusal = missionDatesRefused(input.startsOn, input.endsOn);
    if (refusal) ctx.addIssue({ code: "custom", path: ["endsOn"], message: refusal });
  });
export type CreateMissionInput = z.infer<typeof createMissionInput>;

/**
 * Only what changed, no defaults. The expert is named so the write's where holds it: an id of
 * another expert's mission finds nothing. The status changes only through changeMissionStatus.
 * The dates are checked against the stored ones by the service (one may be sent without the other).
 */
export const updateMissionInput = z
  .object(missionFields)
  .partial()
  .extend({ expertId: idSchema, id: idSchema, version: versionSchema });
export type UpdateMissionInput = z.infer<typeof updateMissionInput>;

export const changeMissionStatusInput = z.object({
  expertId: idSchema,
  id: idSchema,
  version: versionSchema,
  status: missionStatusSchema,
});
export type ChangeMissionStatusInput = z.infer<typeof changeMissionStatusInput>;
