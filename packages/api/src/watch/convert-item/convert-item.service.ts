import { publicationsRepository, watchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { checkWatchItemConversion, watchDraftBody, type ConvertWatchItemInput } from "@cvv/domain/watch";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { uniqueSlug } from "../../shared/unique-slug.js";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Turns an item into a draft news publication (title, summary, the source cited with its link,
 * the item's tags) and marks the item converted, in one transaction: no draft without its mark,
 * no mark without its draft. The draft stays unpublished until an officer publishes it.
 */
export async function convertWatchItem(
  ctx: Context,
  actor: SessionUser,
  input: ConvertWatchItemInput,
): Promise<Result<{ itemId: string; publicationId: string; title: string; slug: string }>> {
  if (!can(actor, "watch.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const watch = watchRepository(tx);
    const item = await watch.findItem(input.id);
    if (!item) return notFound("Élément de veille");
    const convertible = checkWatchItemConversion(item.status);
    if (!convertible.ok) return convertible;
    const publications = publicationsRepository(tx);
    const title = clip(item.title, 200);
    const slug = await uniqueSlug(title, (candidate) => publications.slugTaken(candidate));
    const draft = await publications.create({
      slug,
      kind: "news",
      status: "draft",
      title,
      summary: clip(item.summary, 500),
      body: watchDraftBody(item, item.sourceName),
      tags: item.tags.slice(0, 12).map((tag) => clip(tag, 40)),
    });
    const marked = fromWrite(await watch.markConverted(item.id, input.version, draft.id), "Élément de veille");
    if (!marked.ok) return marked;
    return ok({ itemId: item.id, publicationId: draft.id, title: draft.title, slug: draft.slug });
  });
}
