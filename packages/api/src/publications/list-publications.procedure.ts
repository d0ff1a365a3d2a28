import { publicationAdminRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { forbidden, unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { listPublicationsInput } from "./publications.input.js";

export const listPublicationsProcedure = authedProcedure.input(listPublicationsInput).query(async ({ ctx, input }) => {
  if (!can(ctx.user, "publication.read")) return unwrap<never>(forbidden());
  return publicationAdminRepository(ctx.db).list(input ?? {});
});
