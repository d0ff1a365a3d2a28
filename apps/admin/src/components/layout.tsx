import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, type MouseEvent } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from "react-router";
import { toUserError } from "../lib/errors";
import { clearFlash, useFlash } from "../lib/flash";
import { isStaff } from "../lib/permissions";
import type { CurrentUser } from "../lib/api-types";
import { messages } from "../messages.fr";
import { forgetAllButSession, queryClient, trpc } from "../trpc";
import { StatusMessage } from "./status-message";

function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  // Focus the main region directly: a "#contenu" hash change would count as a navigation for the router.
  event.preventDefault();
  const main = document.getElementById("contenu");
  main?.focus();
  main?.scrollIntoView();
}

function MainNav({ user }: { user: CurrentUser }) {
  // A partner proposes changes to the guide and sees nothing else.
  const partnerLinks = [
    { to: "/", label: messages.nav.home, end: true },
    { to: "/guide", label: messages.nav.guide, end: false },
  ];
  const allLinks = [
    { to: "/", label: messages.nav.home, end: true },
    ...(isStaff(user) ? [{ to: "/programmes", label: messages.nav.programmes, end: false }] : []),
    { to: "/projets", label: messages.nav.projects, end: false },
    { to: "/campagnes", label: messages.nav.campaigns, end: false },
    { to: "/candidatures", label: messages.nav.applications, end: false },
    { to: "/indicateurs", label: messages.indicators.title, end: false },
    ...(isStaff(user) ? [{ to: "/chiffres", label: messages.figures.title, end: false }] : []),
    ...(isStaff(user)
      ? [
          { to: "/pilotage", label: messages.nav.steering, end: false },
          { to: "/experts", label: messages.nav.experts, end: false },
          { to: "/partenaires", label: messages.nav.partners, end: false },
          { to: "/contacts", label: messages.nav.contacts, end: false },
          { to: "/reseaux", label: messages.nav.networks, end: false },
          { to: "/instances", label: messages.nav.governance, end: false },
          { to: "/evenements", label: messages.nav.events, end: false },
          { to: "/publications", label: messages.nav.publications, end: false },
          { to: "/guide", label: messages.nav.guide, end: false },
          { to: "/communication", label: messages.nav.communication, end: false },
          { to: "/veille", label: messages.nav.watch, end: false },
          { to: "/rapports", label: messages.nav.reports, end: false },
        ]
      : []),
    ...(isStaff(user) ? [{ to: "/utilisateurs", label: messages.nav.users, end: false }] : []),
  ];
  const links = user.role === "partner" ? partnerLinks : allLinks;
  return (
    <nav className="main-nav" aria-label={messages.app.mainNav}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu({ user }: { user: CurrentUser }) {
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        // Leave first, then forget: the guard must not see "signed out" on a protected page and add a return address.
        await navigate("/connexion", { replace: true });
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        forgetAllButSession();
      },
    }),
  );
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{messages.app.signedInAs} </span>
        <span className="user-menu__name">{user.displayName}</span>
        <span className="visually-hidden">, </span>
        <span className="user-menu__role">{messages.roles[user.role]}</span>
      </p>
      <button
        type="button"
        className="button button--on-dark"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isPending ? messages.app.signingOut : messages.app.signOut}
      </button>
      {signOut.isError && (
        <p className="user-menu__error" role="alert">
          {toUserError(signOut.error).message}
        </p>
      )}
    </div>
  );
}

/**
 * On every page, signed in or not, when the instance holds demo data: whoever reads it (a
 * tester, a visitor shown the app) must not take fictitious accounts and projects for real ones.
 * Plain text, not a live region: it is part of the page, not news about it.
 */
function DemoDataNotice() {
  const instance = useQuery(trpc.instance.queryOptions(undefined, { staleTime: Infinity }));
  if (!instance.data?.demoData) return null;
  return <p className="demo-notice">{messages.app.demoData}</p>;
}

/** The search box of every page: a plain GET form, so it also works before the app has loaded. */
function HeaderSearch() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname === "/recherche" ? (params.get("q") ?? "") : "";
  return (
    <form
      role="search"
      aria-label={messages.search.landmark}
      className="header-search"
      action="/admin/recherche"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get("q") ?? "");
        void navigate(`/recherche?${new URLSearchParams({ q }).toString()}`);
      }}
    >
      <label htmlFor="recherche-globale">{messages.search.label}</label>
      <input id="recherche-globale" name="q" type="search" defaultValue={current} key={current} autoComplete="off" />
      <button type="submit">{messages.search.submit}</button>
    </form>
  );
}

/** The frame of every page: skip link, header with navigation, main region, footer. */
export function Layout() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data ?? null;
  const location = useLocation();
  const flash = useFlash();

  useEffect(() => {
    if (flash && flash.pathname !== location.pathname) clearFlash();
    // Only a change of page retires a confirmation; the message itself must not clear on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  return (
    <>
      <a href="#contenu" className="skip-link" onClick={skipToContent}>
        {messages.app.skipLink}
      </a>
      <header className="site-header">
        <DemoDataNotice />
        <div className="site-header__inner">
          <p className="site-header__brand">
            <Link to="/">{messages.app.name}</Link>
          </p>
          {user && user.role !== "partner" && <HeaderSearch />}
          {user && <UserMenu user={user} />}
        </div>
        {user && (
          <div className="site-header__nav">
            <MainNav user={user} />
          </div>
        )}
      </header>
      <main id="contenu" className="main" tabIndex={-1}>
        <StatusMessage message={flash && flash.pathname === location.pathname ? flash.message : null} />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{messages.app.footer}</p>
        <p>
          <a href="/">{messages.app.publicPortal}</a>
        </p>
      </footer>
    </>
  );
}
