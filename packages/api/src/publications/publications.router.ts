import { router } from "../trpc.js";
import { createPublicationProcedure } from "./create-publication.procedure.js";
import { getPublicationProcedure } from "./get-publication.procedure.js";
import { listPublicationsProcedure } from "./list-publications.procedure.js";
import { addImageProcedure, removeImageProcedure, updateImageProcedure } from "./publication-images.procedure.js";
import { previewProcedure } from "./preview.procedure.js";
import { restoreVersionProcedure } from "./restore-version.procedure.js";
import { transitionPublicationProcedure } from "./transition-publication.procedure.js";
import { updatePublicationProcedure } from "./update-publication.procedure.js";

/** The portal's publications as officers write them: versions on each save, a workflow to go public. */
export const publicationsRouter = router({
  list: listPublicationsProcedure,
  get: getPublicationProcedure,
  create: createPublicationProcedure,
  update: updatePublicationProcedure,
  restoreVersion: restoreVersionProcedure,
  transition: transitionPublicationProcedure,
  addImage: addImageProcedure,
  updateImage: updateImageProcedure,
  removeImage: removeImageProcedure,
  preview: previewProcedure,
});
