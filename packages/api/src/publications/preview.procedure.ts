import { can } from "@cvv/domain/permissions";
import { markdownSafetyWarnings } from "@cvv/domain/publications";
import { forbidden, unwrap } from "../shared/errors.js";
import { renderMarkdown } from "../shared/markdown.js";
import { authedProcedure } from "../trpc.js";
import { previewInput } from "./publications.input.js";

/** The body as the portal will show it: the same renderer and sanitiser, and what they will remove. */
export const previewProcedure = authedProcedure.input(previewInput).query(({ ctx, input }) => {
  if (!can(ctx.user, "publication.manage") && !can(ctx.user, "guide.propose")) return unwrap<never>(forbidden());
  return { html: renderMarkdown(input.body), warnings: markdownSafetyWarnings(input.body) };
});
