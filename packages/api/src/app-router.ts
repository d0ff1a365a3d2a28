import { programmesRepository } from "@cvv/db";
import { publicProcedure, router } from "./trpc.js";
import { authRouter } from "./auth/auth.router.js";
import { communesRouter } from "./communes/communes.router.js";
import { editionsRouter } from "./editions/editions.router.js";
import { programmesRouter } from "./programmes/programmes.router.js";
import { projectUpdatesRouter } from "./project-updates/project-updates.router.js";
import { projectsRouter } from "./projects/projects.router.js";
import { usersRouter } from "./users/users.router.js";
import { indicatorsRouter } from "./indicators/indicators.router.js";
import { campaignsRouter } from "./campaigns/campaigns.router.js";
import { valuesRouter } from "./indicator-values/values.router.js";
import { figuresRouter } from "./figures/figures.router.js";
import { importsRouter } from "./indicator-imports/imports.router.js";
import { planRouter } from "./project-plan/plan.router.js";
import { fundingRouter } from "./funding/funding.router.js";
import { expertsRouter } from "./experts/experts.router.js";
import { governanceRouter } from "./governance/governance.router.js";
import { applicationsRouter } from "./applications/applications.router.js";
import { documentsRouter } from "./documents/documents.router.js";
import { searchRouter } from "./search/search.router.js";
import { steeringRouter } from "./steering/steering.router.js";
import { recordHistoryRouter } from "./record-history/record-history.router.js";
import { reportsRouter } from "./reports/reports.router.js";
import { partnersRouter } from "./partners/partners.router.js";
import { contactsRouter } from "./contacts/contacts.router.js";
import { networksRouter } from "./networks/networks.router.js";
import { communicationRouter } from "./communication/communication.router.js";
import { watchRouter } from "./watch/watch.router.js";
import { publicationsRouter } from "./publications/publications.router.js";
import { guideRouter } from "./guide/guide.router.js";
import { eventsRouter } from "./events/events.router.js";

/** The signed-in users' API (admin app). The portal uses publicRouter, mounted apart. */
export const appRouter = router({
  /** What every screen may need before sign-in: whether this instance holds demo data. */
  instance: publicProcedure.query(async ({ ctx }) => ({
    demoData: (await programmesRepository(ctx.db).countDemo()) > 0,
  })),
  auth: authRouter,
  users: usersRouter,
  communes: communesRouter,
  programmes: programmesRouter,
  editions: editionsRouter,
  projects: projectsRouter,
  updates: projectUpdatesRouter,
  indicators: indicatorsRouter,
  campaigns: campaignsRouter,
  values: valuesRouter,
  figures: figuresRouter,
  imports: importsRouter,
  plan: planRouter,
  funding: fundingRouter,
  experts: expertsRouter,
  governance: governanceRouter,
  applications: applicationsRouter,
  documents: documentsRouter,
  search: searchRouter,
  steering: steeringRouter,
  history: recordHistoryRouter,
  reports: reportsRouter,
  partners: partnersRouter,
  contacts: contactsRouter,
  networks: networksRouter,
  communication: communicationRouter,
  watch: watchRouter,
  publications: publicationsRouter,
  guide: guideRouter,
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
