import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { publicationKindLabels, publicationStatusLabels, publicationTagSuggestions } from "@cvv/domain/labels";
import { DataTable } from "../components/data-table";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.publicationsAdmin;
const kinds = Object.keys(publicationKindLabels) as (keyof typeof publicationKindLabels)[];
const statuses = Object.keys(publicationStatusLabels) as (keyof typeof publicationStatusLabels)[];

const formatDate = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" }).format(
        new Date(iso),
      )
    : "—";

/** The officers' list of publications; the filters live in the address (a plain GET form). */
export function PublicationsPage() {
  const [params] = useSearchParams();
  const kind = kinds.find((k) => k === params.get("type"));
  const status = statuses.find((s) => s === params.get("statut"));
  const tag = params.get("etiquette")?.trim() || undefined;
  const search = params.get("q")?.trim() || undefined;
  const list = useQuery(trpc.publications.list.queryOptions({ kind, status, tag, search }));
  return (
    <>
      <PageHeading title={t.title} />
      <p>
        <Link className="button" to="/publications/nouvelle">
          {t.create}
        </Link>
      </p>
      <form method="get" className="filters" aria-label={t.filters}>
        <div className="field">
          <label htmlFor="filtre-type">{t.kind}</label>
          <select id="filtre-type" name="type" className="select" defaultValue={kind ?? ""}>
            <option value="">{t.any}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {publicationKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-statut">{t.status}</label>
          <select id="filtre-statut" name="statut" className="select" defaultValue={status ?? ""}>
            <option value="">{t.any}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {publicationStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-etiquette">{t.tag}</label>
          <input id="filtre-etiquette" name="etiquette" className="input" list="etiquettes" defaultValue={tag ?? ""} />
          <datalist id="etiquettes">
            {publicationTagSuggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="filtre-q">{t.search}</label>
          <input id="filtre-q" name="q" type="search" className="input" defaultValue={search ?? ""} />
        </div>
        <button type="submit" className="button button--secondary">
          {t.apply}
        </button>
      </form>
      <QueryBoundary query={list}>
        {(items) =>
          items.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <DataTable caption={t.caption(items.length)} columns={t.columns}>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/publications/${p.id}`}>{p.title}</Link>
                  </th>
                  <td>{publicationKindLabels[p.kind]}</td>
                  <td>{publicationStatusLabels[p.status]}</td>
                  <td>{formatDate(p.publishAt)}</td>
                  <td>{p.tags.join(", ")}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryBoundary>
    </>
  );
}
