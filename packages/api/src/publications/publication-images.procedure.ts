import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { addImageInput, removeImageInput, updateImageInput } from "./publications.input.js";
import { addPublicationImage, removePublicationImage, updatePublicationImage } from "./publications.service.js";

/** The file goes up first (POST /api/files?purpose=image), then is attached here with its text alternative. */
export const addImageProcedure = authedProcedure
  .input(addImageInput)
  .mutation(async ({ ctx, input }) => unwrap(await addPublicationImage(ctx, ctx.user, input)));

export const updateImageProcedure = authedProcedure
  .input(updateImageInput)
  .mutation(async ({ ctx, input }) => unwrap(await updatePublicationImage(ctx, ctx.user, input)));

export const removeImageProcedure = authedProcedure
  .input(removeImageInput)
  .mutation(async ({ ctx, input }) => unwrap(await removePublicationImage(ctx, ctx.user, input)));
