import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { dateTimeSchema } from "../governance/meeting.schema.js";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";
import { eventKindSchema, eventStatusSchema } from "./event.schema.js";
import { checkEventCapacity, checkEventDates } from "./event.rules.js";

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

const capacitySchema = z
  .number({ error: "La capacité est un nombre de places." })
  .int({ error: "La capacité est un nombre entier de places." })
  .positive({ error: "La capacité est d'au moins 1 place ; laissez-la vide s'il n'y a pas de limite." })
  .nullable();

const eventFields = {
  slug: slugSchema,
  kind: eventKindSchema,
  title: nonEmptyText(200),
  summary: optionalText(500, "Le résumé"),
  description: optionalText(20000, "La description"),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  place: optionalText(300, "Le lieu"),
  address: optionalText(300, "L'adresse"),
  communeInseeCode: inseeCodeSchema.nullable(),
  programmeId: idSchema.nullable(),
  capacity: capacitySchema,
  status: eventStatusSchema,
  projectIds: z.array(idSchema).max(50, { error: "50 projets liés au plus." }),
};

/** The same refusals as the rules, put on the field they are about so a form shows them there. */
function refuseWithRules(
  value: { startsAt?: string | undefined; endsAt?: string | undefined; capacity?: number | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.startsAt && value.endsAt) {
    const dates = checkEventDates(value.startsAt, value.endsAt);
    if (!dates.ok) ctx.addIssue({ code: "custom", message: dates.error.message, path: ["endsAt"] });
  }
  const capacity = checkEventCapacity(value.capacity);
  if (!capacity.ok) ctx.addIssue({ code: "custom", message: capacity.error.message, path: ["capacity"] });
}

/** A new event; the slug is proposed from the title when left out, and a new event is a draft unless told. */
export const createEventInput = z
  .object(eventFields)
  .partial({
    slug: true,
    summary: true,
    description: true,
    place: true,
    address: true,
    communeInseeCode: true,
    programmeId: true,
    capacity: true,
    status: true,
    projectIds: true,
  })
  .superRefine(refuseWithRules);
export type CreateEventInput = z.infer<typeof createEventInput>;

/**
 * Only the fields sent change; no defaults. The dates are checked here only when both are sent:
 * the service checks the stored event with one of them changed.
 */
export const updateEventInput = z
  .object(eventFields)
  .partial()
  .extend({ id: idSchema, version: versionSchema })
  .superRefine(refuseWithRules);
export type UpdateEventInput = z.infer<typeof updateEventInput>;
