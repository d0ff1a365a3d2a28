import { router } from "../trpc.js";
import {
  createChapterProcedure,
  getChapterProcedure,
  listChaptersProcedure,
  publishChapterProcedure,
  reorderChaptersProcedure,
  updateChapterProcedure,
} from "./guide-chapters.procedure.js";
import {
  acceptProposalProcedure,
  createProposalProcedure,
  declineProposalProcedure,
  getProposalProcedure,
  listProposalsProcedure,
  withdrawProposalProcedure,
} from "./guide-proposals.procedure.js";

/** The « Guide du commerce responsable »: officers write it, partners propose changes. */
export const guideRouter = router({
  chapters: listChaptersProcedure,
  chapter: getChapterProcedure,
  createChapter: createChapterProcedure,
  updateChapter: updateChapterProcedure,
  reorder: reorderChaptersProcedure,
  publish: publishChapterProcedure,
  propose: createProposalProcedure,
  proposals: listProposalsProcedure,
  proposal: getProposalProcedure,
  accept: acceptProposalProcedure,
  decline: declineProposalProcedure,
  withdraw: withdrawProposalProcedure,
});
