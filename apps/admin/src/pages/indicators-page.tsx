import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { Options, SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { normalizeForSearch } from "../lib/communes";
import { isComputed, type Indicator, type IndicatorKind } from "../lib/indicators";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import "../indicators.css";

const t = messages.indicators;
const kinds = Object.keys(t.kind) as IndicatorKind[];
const isKind = (value: string | null): value is IndicatorKind => kinds.includes(value as IndicatorKind);

/** How long typing must pause before the new count is read out: not one announcement per key. */
const ANNOUNCE_COUNT_AFTER_MS = 600;

/** The filters live in the address (?type=…&q=…), so a filtered list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const kind = params.get("type");
  return {
    kind: isKind(kind) ? kind : "",
    text: params.get("q") ?? "",
    set(next: { kind: string; text: string }) {
      const search = new URLSearchParams();
      if (next.kind) search.set("type", next.kind);
      if (next.text) search.set("q", next.text);
      // Replace: a history entry per key typed would make "Back" useless.
      setParams(search, { replace: true });
    },
  };
}

function matches(indicator: Indicator, kind: string, text: string): boolean {
  if (kind && indicator.kind !== kind) return false;
  const needle = normalizeForSearch(text);
  return !needle || normalizeForSearch(`${indicator.code} ${indicator.name}`).includes(needle);
}

function IndicatorsTable({ indicators }: { indicators: readonly Indicator[] }) {
  return (
    <DataTable
      caption={t.caption(indicators.length)}
      columns={[t.colCode, t.colName, t.colKind, t.colUnit, t.colFrequency, t.colAggregation, t.colMode, t.colPublic]}
    >
      {indicators.map((indicator) => (
        <tr key={indicator.id}>
          <th scope="row">
            <code className="code">{indicator.code}</code>
          </th>
          <td>
            <Link to={`/indicateurs/${indicator.id}`}>{indicator.name}</Link>
          </td>
          <td>{t.kind[indicator.kind]}</td>
          <td>{indicator.unit}</td>
          <td>{t.frequency[indicator.frequency]}</td>
          <td>{t.aggregation[indicator.aggregation]}</td>
          <td>{isComputed(indicator) ? t.computed : t.collected}</td>
          <td>{indicator.publicByDefault ? t.yes : t.no}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function IndicatorsPage() {
  const user = useCurrentUser();
  const filters = useFilters();
  const list = useQuery(trpc.indicators.list.queryOptions());
  const visible = useMemo(
    () => (list.data ?? []).filter((indicator) => matches(indicator, filters.kind, filters.text)),
    [list.data, filters.kind, filters.text],
  );
  const filtered = filters.kind !== "" || filters.text !== "";

  // The count is what the live region says: after a pause in typing, not at every key.
  const [count, setCount] = useState("");
  useEffect(() => {
    if (!list.data) return;
    const text = t.count(visible.length, list.data.length);
    const timer = setTimeout(() => setCount(text), ANNOUNCE_COUNT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [visible.length, list.data]);

  function reset() {
    filters.set({ kind: "", text: "" });
    // The reset button goes away with the filters: the focus goes back to the first filter.
    document.getElementById("filtre-type")?.focus();
  }

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      {isStaff(user) && (
        <p>
          <Link to="/indicateurs/nouveau" className="button button--primary">
            {t.newLink}
          </Link>
        </p>
      )}
      <form
        className="filters"
        role="search"
        aria-labelledby="filtres-indicateurs"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="filtres-indicateurs" className="filters__title">
          {t.filters}
        </h2>
        <div className="field-row">
          <SelectField
            id="filtre-type"
            label={t.filterKind}
            value={filters.kind}
            onChange={(e) => filters.set({ kind: e.target.value, text: filters.text })}
          >
            <option value="">{t.filterAll}</option>
            <Options values={kinds} labels={t.kind} />
          </SelectField>
          <TextField
            id="filtre-texte"
            type="search"
            label={t.filterText}
            hint={t.filterTextHint}
            autoComplete="off"
            value={filters.text}
            onChange={(e) => filters.set({ kind: filters.kind, text: e.target.value })}
          />
        </div>
        {filtered && (
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={reset}>
              {t.filterReset}
            </button>
          </div>
        )}
      </form>
      <p role="status" className="result-count">
        {count}
      </p>
      <QueryBoundary query={list}>
        {(all) =>
          all.length === 0 ? <p>{t.empty}</p> : visible.length === 0 ? null : <IndicatorsTable indicators={visible} />
        }
      </QueryBoundary>
    </>
  );
}
