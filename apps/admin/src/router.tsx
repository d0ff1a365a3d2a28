import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout";
import { RequireAuth, RequireStaff } from "./components/require-auth";
import { HomePage } from "./pages/home-page";
import { InvitationPage } from "./pages/invitation-page";
import { NotFoundPage } from "./pages/not-found-page";
import { ProgrammePage } from "./pages/programme-page";
import { ProgrammesPage } from "./pages/programmes-page";
import { ProjectPage } from "./pages/project-page";
import { ProjectsPage } from "./pages/projects-page";
import { RouteErrorPage } from "./pages/route-error-page";
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
            { path: "points/:id", element: <UpdatePage /> },
            { element: <RequireStaff />, children: [{ path: "utilisateurs", element: <UsersPage /> }] },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: "/admin" },
);
