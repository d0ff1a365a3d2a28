import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout";
import { RequireAuth, RequireStaff } from "./components/require-auth";
import { ApplicationPage } from "./pages/application-page";
import { ApplicationsPage } from "./pages/applications-page";
import { CampaignPage } from "./pages/campaign-page";
import { NewApplicationPage } from "./pages/new-application-page";
import { CampaignSheetPage } from "./pages/campaign-sheet-page";
import { CampaignsPage } from "./pages/campaigns-page";
import { EditCampaignPage } from "./pages/edit-campaign-page";
import { ExpertPage } from "./pages/expert-page";
import { EventPage } from "./pages/event-page";
import { EventsPage } from "./pages/events-page";
import { ExpertsPage } from "./pages/experts-page";
import { FiguresPage } from "./pages/figures-page";
import { GovernanceBodiesPage } from "./pages/governance-bodies-page";
import { GovernanceBodyPage } from "./pages/governance-body-page";
import { MeetingPage } from "./pages/meeting-page";
import { ProjectRolesPage } from "./pages/project-roles-page";
import { ReportPage } from "./pages/report-page";
import { ReportsPage } from "./pages/reports-page";
import { HomePage } from "./pages/home-page";
import { IndicatorPage } from "./pages/indicator-page";
import { IndicatorsPage } from "./pages/indicators-page";
import { InvitationPage } from "./pages/invitation-page";
import { NewCampaignPage } from "./pages/new-campaign-page";
import { NewIndicatorPage } from "./pages/new-indicator-page";
import { NotFoundPage } from "./pages/not-found-page";
import { ProgrammePage } from "./pages/programme-page";
import { ProgrammesPage } from "./pages/programmes-page";
import { ProjectFundingPage } from "./pages/project-funding-page";
import { ProjectPage } from "./pages/project-page";
import { ProjectPlanPage } from "./pages/project-plan-page";
import { ProjectsPage } from "./pages/projects-page";
import { RouteErrorPage } from "./pages/route-error-page";
import { SearchPage } from "./pages/search-page";
import { SeriesPage } from "./pages/series-page";
import { SteeringPage } from "./pages/steering-page";
import { SignInPage } from "./pages/sign-in-page";
import { UpdatePage } from "./pages/update-page";
import { UsersPage } from "./pages/users-page";
import { CommunicationPage } from "./pages/communication-page";
import { WatchItemsPage } from "./pages/watch-items-page";
import { WatchSourcesPage } from "./pages/watch-sources-page";
import { PartnersPage } from "./pages/partners-page";
import { PartnerPage } from "./pages/partner-page";
import { PublicationsPage } from "./pages/publications-page";
import { PublicationNewPage } from "./pages/publication-new-page";
import { PublicationPage } from "./pages/publication-page";
import { GuidePage } from "./pages/guide-page";
import { GuideChapterPage } from "./pages/guide-chapter-page";
import { GuideProposalPage } from "./pages/guide-proposal-page";
import { ContactsPage } from "./pages/contacts-page";
import { ContactPage } from "./pages/contact-page";
import { NetworksPage } from "./pages/networks-page";
import { NetworkPage } from "./pages/network-page";

/** French addresses under /admin, the prefix the server serves this app from. */
export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <Layout />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: "connexion", element: <SignInPage /> },
        { path: "invitation/:token", element: <InvitationPage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            { path: "programmes", element: <ProgrammesPage /> },
            { path: "programmes/:id", element: <ProgrammePage /> },
            { path: "projets", element: <ProjectsPage /> },
            { path: "projets/:id", element: <ProjectPage /> },
            { path: "projets/:id/plan", element: <ProjectPlanPage /> },
            { path: "projets/:id/financement", element: <ProjectFundingPage /> },
            { path: "points/:id", element: <UpdatePage /> },
            { path: "campagnes", element: <CampaignsPage /> },
            { path: "recherche", element: <SearchPage /> },
            // Partners and officers: the API decides what each may do in the guide.
            { path: "guide", element: <GuidePage /> },
            { path: "guide/chapitres/:id", element: <GuideChapterPage /> },
            { path: "guide/propositions/:id", element: <GuideProposalPage /> },
            { path: "candidatures", element: <ApplicationsPage /> },
            { path: "candidatures/nouvelle", element: <NewApplicationPage /> },
            { path: "candidatures/:id", element: <ApplicationPage /> },
            {
              element: <RequireStaff />,
              children: [
                { path: "campagnes/nouvelle", element: <NewCampaignPage /> },
                { path: "campagnes/:id/modifier", element: <EditCampaignPage /> },
              ],
            },
            { path: "campagnes/:id", element: <CampaignPage /> },
            { path: "campagnes/:id/communes/:insee", element: <CampaignSheetPage /> },
            { element: <RequireStaff />, children: [{ path: "utilisateurs", element: <UsersPage /> }] },
            { path: "indicateurs", element: <IndicatorsPage /> },
            { path: "indicateurs/:id", element: <IndicatorPage /> },
            {
              element: <RequireStaff />,
              children: [
                { path: "indicateurs/nouveau", element: <NewIndicatorPage /> },
                { path: "chiffres", element: <FiguresPage /> },
                { path: "chiffres/:programmeId/indicateurs/:indicatorId", element: <SeriesPage /> },
                { path: "pilotage", element: <SteeringPage /> },
                { path: "experts", element: <ExpertsPage /> },
                { path: "experts/:id", element: <ExpertPage /> },
                { path: "evenements", element: <EventsPage /> },
                { path: "evenements/:id", element: <EventPage /> },
                { path: "publications", element: <PublicationsPage /> },
                { path: "publications/nouvelle", element: <PublicationNewPage /> },
                { path: "publications/:id", element: <PublicationPage /> },
                { path: "partenaires", element: <PartnersPage /> },
                { path: "partenaires/:id", element: <PartnerPage /> },
                { path: "contacts", element: <ContactsPage /> },
                { path: "contacts/:id", element: <ContactPage /> },
                { path: "reseaux", element: <NetworksPage /> },
                { path: "reseaux/:id", element: <NetworkPage /> },
                { path: "instances", element: <GovernanceBodiesPage /> },
                { path: "instances/:id", element: <GovernanceBodyPage /> },
                { path: "reunions/:id", element: <MeetingPage /> },
                { path: "projets/:id/roles", element: <ProjectRolesPage /> },
                { path: "communication", element: <CommunicationPage /> },
                { path: "veille", element: <WatchItemsPage /> },
                { path: "veille/sources", element: <WatchSourcesPage /> },
                { path: "rapports", element: <ReportsPage /> },
                { path: "rapports/:id", element: <ReportPage /> },
              ],
            },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: "/admin" },
);
