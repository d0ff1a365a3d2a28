import { Feed } from "feed";
import { publicPublicationsRepository, type PrismaClient } from "@cvv/db";
import { publicationKindLabels } from "@cvv/domain/publications";
import { renderMarkdown } from "../shared/markdown.js";

/** The feed's entries: enough for a reader, bounded so the file stays small. */
const FEED_SIZE = 30;

/** An entry changes when it is published or edited afterwards. */
const entryDate = (item: { publishedAt: string; updatedAt: string }) =>
  Math.max(Date.parse(item.updatedAt), Date.parse(item.publishedAt));

/**
 * The Atom feed of news and initiatives public at `now`: what a journalist or a commune's site
 * subscribes to. Links are absolute, from the base URL the server knows itself by.
 */
export async function newsAtomFeed(ctx: { db: PrismaClient; now: () => Date }, baseUrl: string): Promise<string> {
  const base = baseUrl.replace(/\/+$/, "");
  const now = ctx.now();
  const items = await publicPublicationsRepository(ctx.db).latestWithBody(now, ["news", "initiative"], FEED_SIZE);
  const feed = new Feed({
    title: "Centres-villes vivants : actualités et initiatives",
    description: "Les actualités du programme et les initiatives des communes de la Métropole du Grand Paris.",
    id: `${base}/actualites`,
    link: `${base}/actualites`,
    language: "fr",
    // A feed with nothing in it is as fresh as the moment it is read.
    updated: items.length > 0 ? new Date(Math.max(...items.map(entryDate))) : now,
    generator: false,
    feedLinks: { atom: `${base}/flux/actualites.atom` },
    copyright: "Métropole du Grand Paris",
  });
  for (const item of items) {
    const link = `${base}/actualites/${item.slug}`;
    feed.addItem({
      title: item.title,
      id: link,
      link,
      date: new Date(entryDate(item)),
      published: new Date(item.publishedAt),
      description: item.summary,
      // A reader shows the content away from the portal: links to its own pages made absolute.
      content: renderMarkdown(item.body).replace(/(href|src)="\/(?!\/)/g, `$1="${base}/`),
      category: [publicationKindLabels[item.kind], ...item.tags].map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}
