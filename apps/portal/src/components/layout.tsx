import { useQuery } from "@tanstack/react-query";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { Link, useLocation, useNavigationType, useOutlet } from "react-router";
import { messages } from "../messages.fr";
import { requestHeadingFocus } from "../navigation-focus";
import { useTRPC } from "../trpc";
import { ErrorBoundary } from "./error-boundary";
import { focusHeading } from "./page-title";
import { SiteSearch } from "./site-search";

const m = messages.layout;

/**
 * aria-current="page" only on the exact page; a page inside the section (a programme under
 * "Programmes") gets aria-current="true", which says "you are in here" without lying.
 */
function NavItem({ to, children }: { to: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const current = pathname === to ? "page" : to !== "/" && pathname.startsWith(`${to}/`) ? "true" : undefined;
  return (
    <li>
      <Link to={to} aria-current={current} className="main-nav-link">
        {children}
      </Link>
    </li>
  );
}

/**
 * On a change of page (not of #hash, as the skip link makes): start at the top and move focus to
 * the new page's <h1>. Child layout effects run before this one, so an <h1> rendered in the same
 * commit (data already cached) is focused from here; otherwise the request waits for the <h1>
 * that arrives with the data. Back and forward (POP) keep the browser's scroll restoration.
 */
function usePageChange(pathname: string): void {
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType !== "POP") window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) focusHeading(heading);
    else requestHeadingFocus();
  }, [pathname, navigationType]);
}

export function Layout() {
  const { pathname } = useLocation();
  const outlet = useOutlet();
  const trpc = useTRPC();
  const site = useQuery(trpc.site.queryOptions());
  usePageChange(pathname);

  return (
    <>
      <a className="skip-link" href="#contenu">
        {m.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-text">
              <span className="brand-name">{messages.siteName}</span>
              <span className="brand-publisher">{messages.publisher}</span>
              <span className="visually-hidden">{m.homeLinkSuffix}</span>
            </span>
          </Link>
          <nav aria-label={m.mainNavLabel} className="main-nav">
            <ul role="list">
              <NavItem to="/">{m.navHome}</NavItem>
              <NavItem to="/programmes">{m.navProgrammes}</NavItem>
              <NavItem to="/actualites">{messages.publications.nav}</NavItem>
              <NavItem to="/evenements">{messages.events.nav}</NavItem>
              <NavItem to="/indicateurs">{messages.indicatorsPage.nav}</NavItem>
              <NavItem to="/carte">{messages.metropoleMap.nav}</NavItem>
            </ul>
          </nav>
          <SiteSearch />
        </div>
        {/* On every page: a visitor landing from a search engine must not take fiction for fact. */}
        {site.data?.demoData ? (
          <div className="demo-notice">
            <p className="container">{m.demoNotice}</p>
          </div>
        ) : null}
      </header>

      <main id="contenu" tabIndex={-1} className="site-main">
        <div className="container">
          {/* Keyed by path: a new page starts fresh (state, focus, error) even when the route is the same. */}
          <ErrorBoundary key={pathname}>{outlet}</ErrorBoundary>
        </div>
      </main>

      <footer className="site-footer">
        <div className="container footer-inner">
          <p className="footer-brand">
            {messages.siteName} <span aria-hidden="true">{messages.separator}</span> {messages.publisher}
          </p>
          <p>{m.footerAbout}</p>
          <nav aria-label={m.footerNavLabel}>
            <ul role="list" className="footer-links">
              <li>
                <Link to="/accessibilite">{m.footerAccessibility}</Link>
              </li>
              <li>
                <Link to="/mentions-legales">{m.footerLegal}</Link>
              </li>
              <li>
                <Link to="/donnees-personnelles">{m.footerPrivacy}</Link>
              </li>
              <li>
                <Link to="/donnees">{messages.openData.footerLink}</Link>
              </li>
              <li>
                <Link to="/guide">{messages.guide.footerLink}</Link>
              </li>
            </ul>
          </nav>
          <p className="footer-licence">{m.footerLicence}</p>
        </div>
      </footer>
    </>
  );
}
