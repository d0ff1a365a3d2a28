import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { guideRepository } from "../repositories/guide.repository.js";

type Db = PrismaClient | Prisma.TransactionClient;

// Fictional but credible chapters of the « Guide du commerce responsable ».
const chapters: { slug: string; title: string; summary: string; body: string }[] = [
  {
    slug: "pourquoi-un-commerce-responsable",
    title: "Pourquoi un commerce responsable",
    summary: "Ce que le commerce de proximité peut faire pour le climat, l'emploi local et la vie des centres-villes.",
    body: `Le commerce de proximité fait vivre les centres-villes : il crée des emplois non délocalisables, des lieux de rencontre et des trajets courts, souvent à pied.

## Trois raisons d'agir

- **Réduire l'empreinte** des produits vendus, de leur fabrication à leur fin de vie ;
- **Renforcer l'économie locale** en achetant à des producteurs et artisans du territoire ;
- **Fidéliser la clientèle**, de plus en plus attentive à l'origine des produits.

Ce guide rassemble des pratiques simples, testées par des commerçants de la Métropole.`,
  },
  {
    slug: "circuits-courts-et-production-locale",
    title: "Circuits courts et production locale",
    summary: "S'approvisionner auprès des producteurs et fabricants du territoire.",
    body: `Un circuit court compte au plus un intermédiaire entre le producteur et le client.

## Par où commencer

1. Repérer les producteurs et ateliers à moins de 100 km ;
2. Proposer un rayon « fabriqué ici » clairement signalé ;
3. Mutualiser les livraisons avec d'autres commerces de la rue.`,
  },
  {
    slug: "reparation-et-seconde-main",
    title: "Réparation et seconde main",
    summary: "Allonger la vie des objets : réparer, reprendre, revendre.",
    body: `La réparation et la seconde main attirent une clientèle nouvelle et réduisent les déchets.

- Proposer un service de réparation ou orienter vers un réparateur labellisé ;
- Reprendre les articles usagés contre un bon d'achat ;
- Consacrer un espace aux produits reconditionnés.`,
  },
  {
    slug: "sobriete-energetique-des-boutiques",
    title: "Sobriété énergétique des boutiques",
    summary: "Éclairage, chauffage, froid : des gestes et des investissements rentables.",
    body: `Une boutique consomme surtout pour l'éclairage, le chauffage et, dans l'alimentaire, le froid.

## Gestes immédiats

- Éteindre les enseignes lumineuses entre 1 h et 6 h (obligation réglementaire) ;
- Fermer la porte d'entrée chauffée ou climatisée ;
- Passer à l'éclairage LED.`,
  },
  {
    slug: "accessibilite-des-commerces",
    title: "Accessibilité des commerces",
    summary: "Accueillir toutes les clientèles, y compris les personnes en situation de handicap.",
    body: `Un commerce accessible l'est pour tout le monde : poussettes, personnes âgées, livreurs.

- Une entrée de plain-pied ou une rampe amovible ;
- Un registre public d'accessibilité tenu à jour ;
- Des étiquettes de prix lisibles, en gros caractères et bien contrastées.`,
  },
  {
    slug: "cooperer-avec-les-artisans",
    title: "Coopérer avec les artisans",
    summary: "Dépôts-ventes, boutiques partagées et ateliers ouverts au public.",
    body: `Les artisans et métiers d'art cherchent des vitrines ; les commerces, des produits singuliers.

## Formules de coopération

- Le **dépôt-vente**, sans stock à financer ;
- La **boutique partagée**, où plusieurs créateurs se relaient ;
- L'**atelier ouvert**, qui montre la fabrication au public.`,
  },
];

/** Loads the demo guide once, with a pending proposal by a demo partner; returns the chapters created. */
export async function loadDemoGuide(db: Db, ctx: { now: Date; partnerPasswordHash?: string }): Promise<number> {
  if ((await db.guideChapter.count({ where: { isDemo: true } })) > 0) return 0;
  const repo = guideRepository(db);
  const created = [];
  for (const chapter of chapters) {
    created.push(await repo.createChapter({ ...chapter, status: "published", publishedAt: ctx.now, isDemo: true }));
  }
  const organisation = await db.organisation.findFirst({
    select: { id: true },
    where: { isDemo: true },
    orderBy: { name: "asc" },
  });
  // The demo partner signs in with the password printed at start-up; without one, the account only carries the proposal.
  const partner = await db.user.create({
    select: { id: true },
    data: {
      email: "partenaire@demo.cvv.example",
      displayName: "Nadia Ferreira (démo, partenaire)",
      role: "partner",
      isDemo: true,
      passwordHash: ctx.partnerPasswordHash ?? null,
      organisationId: organisation?.id ?? null,
    },
  });
  const target = created[2]!;
  await repo.createProposal({
    chapterId: target.id,
    authorId: partner.id,
    baseVersion: target.version,
    proposedTitle: target.title,
    proposedBody: `${target.body}\n- Signaler les ressourceries et repair cafés du quartier à la clientèle.`,
    comment: "Nous proposons d'ajouter les ressourceries, très demandées par nos adhérents.",
  });
  return created.length;
}
