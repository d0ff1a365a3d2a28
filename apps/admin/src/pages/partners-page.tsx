import { useMutation, useQuery } from "@tanstack/react-query";
import { organisationKindLabels } from "@cvv/domain/labels";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Options, SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { showFlash } from "../lib/flash";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { PartnerForm, partnerKinds, toPartnerInput, type PartnerKind, type PartnerValues } from "./partner-form";

const t = messages.partners;
const isKind = (value: string | null): value is PartnerKind => partnerKinds.includes(value as PartnerKind);

/** The filters live in the address (?type=…&theme=…&nom=…), so a list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const kind = params.get("type");
  const current = { kind: isKind(kind) ? kind : "", theme: params.get("theme") ?? "", q: params.get("nom") ?? "" };
  return {
    current,
    apply(next: typeof current) {
      const search = new URLSearchParams();
      if (next.kind) search.set("type", next.kind);
      if (next.theme.trim()) search.set("theme", next.theme.trim());
      if (next.q.trim()) search.set("nom", next.q.trim());
      setParams(search);
    },
  };
}

function Filters({ filters }: { filters: ReturnType<typeof useFilters> }) {
  const [inputs, setInputs] = useState(filters.current);
  const filtered = Object.values(filters.current).some((v) => v !== "");
  const set = (name: keyof typeof inputs) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [name]: event.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filters.apply(inputs);
  }

  return (
    <form className="filters" role="search" aria-labelledby="filtres-partenaires" noValidate onSubmit={onSubmit}>
      <h2 id="filtres-partenaires" className="filters__title">
        {t.filtersTitle}
      </h2>
      <div className="field-row">
        <SelectField id="filtre-type" label={t.filterKind} value={inputs.kind} onChange={set("kind")}>
          <option value="">{t.filterKindAll}</option>
          <Options values={partnerKinds} labels={organisationKindLabels} />
        </SelectField>
        <TextField
          id="filtre-theme"
          label={t.filterTheme}
          hint={t.filterThemeHint}
          autoComplete="off"
          value={inputs.theme}
          onChange={set("theme")}
        />
        <TextField id="filtre-nom" label={t.filterName} autoComplete="off" value={inputs.q} onChange={set("q")} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.filterSubmit}
        </button>
        {filtered && (
          <Link
            to="/partenaires"
            className="button button--secondary"
            onClick={() => setInputs({ kind: "", theme: "", q: "" })}
          >
            {t.filterReset}
          </Link>
        )}
      </div>
    </form>
  );
}

function NewPartner() {
  const navigate = useNavigate();
  const create = useMutation(trpc.partners.create.mutationOptions());

  async function send(values: PartnerValues) {
    const { kind, name, ...rest } = toPartnerInput(values);
    const partner = await create.mutateAsync({ ...rest, name: name ?? "", kind: kind ?? "association" });
    await queryClient.invalidateQueries(trpc.partners.list.queryFilter());
    showFlash(t.created(partner.name), `/partenaires/${partner.id}`);
    await navigate(`/partenaires/${partner.id}`);
  }

  return (
    <section aria-labelledby="nouveau-partenaire-titre">
      <h2 id="nouveau-partenaire-titre">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <PartnerForm idPrefix="nouveau-partenaire" submitLabel={t.newSubmit} onSend={send} />
    </section>
  );
}

export function PartnersPage() {
  const filters = useFilters();
  const { kind, theme, q } = filters.current;
  const list = useQuery(
    trpc.partners.list.queryOptions({
      ...(kind ? { kind: kind as PartnerKind } : {}),
      ...(theme ? { theme } : {}),
      ...(q ? { q } : {}),
    }),
  );

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      {/* Keyed by the address: going back to another filter brings its own form values. */}
      <Filters key={JSON.stringify(filters.current)} filters={filters} />
      <p role="status" className="result-count">
        {list.data ? (list.data.length === 0 ? t.empty : t.caption(list.data.length)) : ""}
      </p>
      <QueryBoundary query={list}>
        {(partners) =>
          partners.length === 0 ? null : (
            <DataTable
              caption={t.caption(partners.length)}
              columns={[t.colName, t.colKind, t.colThemes, t.colContacts]}
            >
              {partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/partenaires/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{organisationKindLabels[p.kind]}</td>
                  <td>{p.themes.length === 0 ? messages.common.emptyCell : p.themes.join(", ")}</td>
                  <td className="numeric">{p.contactCount}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryBoundary>
      <NewPartner />
    </>
  );
}
