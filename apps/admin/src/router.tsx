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
import { ExpertsPage } from "./pages/experts-page";
import { FiguresPage } from "./pages/figures-page";
import { GovernanceBodiesPage } from "./pages/governance-bodies-page";
import { GovernanceBodyPage } from "./pages/governance-body-page";
import { MeetingPage } from "./pages/meeting-page";
import { ProjectRolesPage } from "./pages/project-roles-page";
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
                { path: "instances", element: <GovernanceBodiesPage /> },
                { path: "instances/:id", element: <GovernanceBodyPage /> },
                { path: "reunions/:id", element: <MeetingPage /> },
                { path: "projets/:id/roles", element: <ProjectRolesPage /> },
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
