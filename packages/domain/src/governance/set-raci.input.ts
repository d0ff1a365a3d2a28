import { z } from "zod";
import { idSchema } from "../shared/common.schema.js";
import { raciAssignmentSchema } from "./raci.schema.js";

/** The whole matrix of a project, which replaces the stored one; an empty list clears it. */
export const setRaciInput = z.object({
  projectId: idSchema,
  assignments: z.array(raciAssignmentSchema).max(2000, { error: "Au plus 2000 cases renseignées par matrice." }),
});
export type SetRaciInput = z.infer<typeof setRaciInput>;

export const raciInput = z.object({ projectId: idSchema });
export type RaciInput = z.infer<typeof raciInput>;
