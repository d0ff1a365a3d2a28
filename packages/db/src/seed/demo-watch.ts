import { pickWatchItemTags } from "@cvv/domain/watch";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { watchRepository } from "../repositories/watch.repository.js";

/**
 * The demo veille: three feeds at fictitious example.org addresses, marked as demo so that the
 * scheduled fetch never asks them (the demo must not depend on the network), and a handful of
 * items as if they had been fetched, some already rated by the officers.
 */

type Db = PrismaClient | Prisma.TransactionClient;

interface DemoItem {
  title: string;
  summary: string;
  /** Days before the load day. */
  daysAgo: number;
  relevance?: number;
  status?: "new" | "kept" | "dismissed";
}

const sources: { key: string; name: string; url: string; tags: string[]; items: DemoItem[] }[] = [
  {
    key: "journal",
    name: "Le Journal des centres-villes (fictif)",
    url: "https://journal-centres-villes.example.org/rss.xml",
    tags: ["Presse"],
    items: [
      {
        title: "Les commerçants d'une commune de Seine-Saint-Denis s'unissent contre la vacance commerciale",
        summary:
          "Une association de commerçants lance une boutique à l'essai et un plan de reconquête des rez-de-chaussée.",
        daysAgo: 1,
      },
      {
        title: "Marchés forains : la fréquentation repart à la hausse",
        summary: "Les halles et marchés couverts de la petite couronne retrouvent leurs clients du samedi.",
        daysAgo: 3,
        relevance: 2,
        status: "kept",
      },
      {
        title: "Un festival de musique s'installe au parc départemental",
        summary: "Trois jours de concerts en plein air au début de l'été.",
        daysAgo: 4,
        relevance: 1,
        status: "dismissed",
      },
    ],
  },
  {
    key: "observatoire",
    name: "Observatoire du commerce de proximité (fictif)",
    url: "https://observatoire-commerce.example.org/atom.xml",
    tags: ["Études"],
    items: [
      {
        title: "Vente en ligne et retrait en magasin : trois exemples en Île-de-France",
        summary: "Le numérique au service des boutiques indépendantes : outils, coûts et premiers résultats.",
        daysAgo: 2,
        relevance: 3,
        status: "kept",
      },
      {
        title: "Réemploi : les ressourceries s'installent en centre-ville",
        summary: "Une étude recense les ressourceries et repair cafés ouverts dans des cellules vacantes.",
        daysAgo: 6,
      },
    ],
  },
  {
    key: "financements",
    name: "Appels à projets des collectivités (fictif)",
    url: "https://appels-a-projets.example.org/flux.xml",
    tags: ["Financement"],
    items: [
      {
        title: "Appel à projets régional pour les artisans et les métiers d'art",
        summary: "Subvention jusqu'à 30 000 € pour l'installation d'artisans en rez-de-chaussée commercial.",
        daysAgo: 5,
      },
      {
        title: "Fonds de requalification des linéaires commerciaux : ouverture de la seconde vague",
        summary: "Les communes peuvent déposer leur dossier jusqu'à la fin du trimestre.",
        daysAgo: 8,
      },
    ],
  },
];

/** Loads the demo veille once; returns how many sources it created. */
export async function loadDemoWatch(db: Db, ctx: { now: Date }): Promise<number> {
  if ((await db.watchSource.count({ where: { isDemo: true } })) > 0) return 0;
  const repo = watchRepository(db);
  for (const s of sources) {
    const source = await repo.createSource({ name: s.name, url: s.url, tags: s.tags, isDemo: true });
    await repo.insertNewItems(
      source.id,
      s.items.map((item, index) => {
        const publishedAt = new Date(ctx.now.getTime() - item.daysAgo * 86_400_000);
        return {
          guid: `${s.key}-demo-${index + 1}`,
          title: item.title,
          link: `${new URL(s.url).origin}/articles/${s.key}-${index + 1}`,
          summary: item.summary,
          publishedAt,
          tags: pickWatchItemTags(item, s),
        };
      }),
    );
    for (const [index, item] of s.items.entries()) {
      if (item.relevance === undefined && item.status === undefined) continue;
      await db.watchItem.update({
        select: { id: true },
        where: { sourceId_guid: { sourceId: source.id, guid: `${s.key}-demo-${index + 1}` } },
        data: { relevance: item.relevance ?? 0, status: item.status ?? "new" },
      });
    }
    // As if fetched an hour before the load: the sources page shows a last fetch, no error.
    await db.watchSource.update({
      select: { id: true },
      where: { id: source.id },
      data: { lastFetchedAt: new Date(ctx.now.getTime() - 3_600_000) },
    });
  }
  return sources.length;
}
