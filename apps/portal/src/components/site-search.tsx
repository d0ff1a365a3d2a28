import { useId } from "react";
import { useSearchParams, useLocation } from "react-router";
import { messages } from "../messages.fr";
import { GetForm } from "./get-form";

const m = messages.siteSearch;

/** The header's search box, on every page; it leads to /recherche, which works without JavaScript too. */
export function SiteSearch() {
  const id = useId();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  // On the results page, the box keeps the query; keyed by it so "back" shows the right words.
  const q = pathname === "/recherche" ? (search.get("q") ?? "") : "";
  return (
    <GetForm action="/recherche" role="search" aria-label={m.label} className="site-search">
      <label htmlFor={id} className="visually-hidden">
        {m.label}
      </label>
      <input
        key={q}
        id={id}
        className="input site-search-input"
        type="search"
        name="q"
        defaultValue={q}
        placeholder={m.placeholderHint}
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="button site-search-button">
        {m.submit}
      </button>
    </GetForm>
  );
}
