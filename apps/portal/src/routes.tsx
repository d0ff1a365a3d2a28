import type { FetchQueryOptions } from "@tanstack/react-query";
import type { ComponentType } from "react";
import AccessibilityPage from "./pages/accessibility-page";
import ApiDocumentationPage, { apiDocumentationPageQueries } from "./pages/api-documentation-page";
import AnnualReportPage, { annualReportPageQueries } from "./pages/annual-report-page";
import CommunePage, { communePageQueries } from "./pages/commune-page";
import EventPage, { eventPageQueries } from "./pages/event-page";
import EventsPage, { eventsPageQueries } from "./pages/events-page";
import HomePage, { homePageQueries } from "./pages/home-page";
import IndicatorsPage, { indicatorsPageQueries } from "./pages/indicators-page";
import LegalNoticePage from "./pages/legal-notice-page";
import OpenDataPage, { openDataPageQueries } from "./pages/open-data-page";
import MapPage, { mapPageQueries } from "./pages/map-page";
import PersonalDataPage from "./pages/personal-data-page";
import EventCancellationPage from "./pages/event-cancellation-page";
import EventSurveyPage from "./pages/event-survey-page";
import ProgrammePage, { programmePageQueries } from "./pages/programme-page";
import ProgrammesPage, { programmesPageQueries } from "./pages/programmes-page";
import ProjectPage, { projectPageQueries } from "./pages/project-page";
import PublicationPage, { publicationPageQueries } from "./pages/publication-page";
import PublicationsPage, { publicationsPageQueries } from "./pages/publications-page";
import GuidePage, { guidePageQueries } from "./pages/guide-page";
import GuideChapterPage, { guideChapterPageQueries } from "./pages/guide-chapter-page";
import SearchPage, { searchRouteQueries } from "./pages/search-page";
import type { PortalTRPC } from "./trpc";

export interface RouteLoadContext {
  trpc: PortalTRPC;
  params: Record<string, string | undefined>;
  search: URLSearchParams;
}

// Each page builds its own typed options; the table only needs to hand them to fetchQuery.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQueryOptions = FetchQueryOptions<any, any, any, any>;

export interface PortalRoute {
  path: string;
  Component: ComponentType;
  /** What the page reads; the server fetches all of it before rendering the first HTML. */
  queries?: (ctx: RouteLoadContext) => AnyQueryOptions[];
}

/** Every page of the portal. The server renders from this table and answers 404 outside it. */
export const routes: PortalRoute[] = [
  { path: "/", Component: HomePage, queries: (ctx) => Object.values(homePageQueries(ctx)) },
  { path: "programmes", Component: ProgrammesPage, queries: (ctx) => Object.values(programmesPageQueries(ctx)) },
  {
    path: "programmes/:slug",
    Component: ProgrammePage,
    queries: (ctx) => Object.values(programmePageQueries(ctx)),
  },
  {
    path: "bilans/:programme/:year",
    Component: AnnualReportPage,
    queries: (ctx) => Object.values(annualReportPageQueries(ctx)),
  },
  { path: "projets/:slug", Component: ProjectPage, queries: (ctx) => Object.values(projectPageQueries(ctx)) },
  {
    path: "communes/:inseeCode",
    Component: CommunePage,
    queries: (ctx) => Object.values(communePageQueries(ctx)),
  },
  { path: "indicateurs", Component: IndicatorsPage, queries: (ctx) => Object.values(indicatorsPageQueries(ctx)) },
  { path: "recherche", Component: SearchPage, queries: searchRouteQueries },
  { path: "carte", Component: MapPage, queries: (ctx) => Object.values(mapPageQueries(ctx)) },
  { path: "donnees", Component: OpenDataPage, queries: (ctx) => Object.values(openDataPageQueries(ctx)) },
  {
    path: "donnees/api",
    Component: ApiDocumentationPage,
    queries: () => Object.values(apiDocumentationPageQueries()),
  },
  {
    path: "actualites",
    Component: PublicationsPage,
    queries: (ctx) => Object.values(publicationsPageQueries(ctx)),
  },
  {
    path: "actualites/:slug",
    Component: PublicationPage,
    queries: (ctx) => Object.values(publicationPageQueries(ctx)),
  },
  { path: "guide", Component: GuidePage, queries: (ctx) => Object.values(guidePageQueries(ctx)) },
  { path: "guide/:slug", Component: GuideChapterPage, queries: (ctx) => Object.values(guideChapterPageQueries(ctx)) },
  { path: "evenements", Component: EventsPage, queries: (ctx) => Object.values(eventsPageQueries(ctx)) },
  // Static segments: they win over "evenements/:slug" whatever the order.
  { path: "evenements/inscription/annuler", Component: EventCancellationPage },
  { path: "evenements/enquete", Component: EventSurveyPage },
  { path: "evenements/:slug", Component: EventPage, queries: (ctx) => Object.values(eventPageQueries(ctx)) },
  { path: "accessibilite", Component: AccessibilityPage },
  { path: "mentions-legales", Component: LegalNoticePage },
  { path: "donnees-personnelles", Component: PersonalDataPage },
];

/** What every page shows around its content (the layout's demo notice). */
export const layoutQueries = ({ trpc }: Pick<RouteLoadContext, "trpc">) => ({ site: trpc.site.queryOptions() });
