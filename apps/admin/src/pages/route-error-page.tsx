import { useEffect } from "react";
import { messages } from "../messages.fr";
import { pageTitle } from "../lib/format";

/**
 * Shown instead of the whole app when rendering crashes. It stands alone (no router hooks, no
 * queries), since whatever failed may be one of those; it keeps the landmarks and the h1.
 */
export function RouteErrorPage() {
  useEffect(() => {
    document.title = pageTitle(messages.errors.routeCrashTitle);
  }, []);
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__brand">
            <a href="/admin/">{messages.app.name}</a>
          </p>
        </div>
      </header>
      <main id="contenu" className="main" tabIndex={-1}>
        <h1>{messages.errors.routeCrashTitle}</h1>
        <p>{messages.errors.routeCrash}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {messages.errors.reloadPage}
        </button>
      </main>
      <footer className="site-footer">
        <p>{messages.app.footer}</p>
      </footer>
    </>
  );
}
