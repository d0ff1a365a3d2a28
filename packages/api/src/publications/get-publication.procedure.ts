import { z } from "zod";
import { publicationAdminRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { allowedPublicationMoves } from "@cvv/domain/publications";
import { forbidden, notFound, unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";

/** A publication with its versions (latest first) and the moves its status allows. */
export const getPublicationProcedure = authedProcedure
  .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
  .query(async ({ ctx, input }) => {
    if (!can(ctx.user, "publication.read")) return unwrap<never>(forbidden());
    const repo = publicationAdminRepository(ctx.db);
    const publication = await repo.find(input.id);
    if (!publication) return unwrap<never>(notFound("Publication"));
    return {
      ...publication,
      allowedMoves: [...allowedPublicationMoves(publication.status)],
      versions: await repo.versions(input.id),
    };
  });
