import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApplicationForm, type ApplicationValues, type Intent } from "../components/application-form";
import { useCurrentUser } from "../components/current-user";
import { SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import type { Commune, Outputs } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { showFlash } from "../lib/flash";
import { formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.applications;
type Edition = Outputs["applications"]["editions"][number];

function editionOption(edition: Edition): string {
  const label = t.editionLabel(edition.name, edition.programmeName);
  return edition.opensOn || edition.closesOn ? `${label}, ${formatPeriod(edition.opensOn, edition.closesOn)}` : label;
}

function NewApplicationForm({ editions, communes }: { editions: readonly Edition[]; communes: readonly Commune[] }) {
  const navigate = useNavigate();
  // With one choice only, it is made already: one field less to fill in.
  const [editionId, setEditionId] = useState(editions.length === 1 ? editions[0]!.id : "");
  const [communeInseeCode, setCommuneInseeCode] = useState(communes.length === 1 ? communes[0]!.inseeCode : "");
  const create = useMutation(trpc.applications.create.mutationOptions());
  const chosen = editions.find((edition) => edition.id === editionId);

  async function send(values: ApplicationValues, intent: Intent) {
    const created = await create.mutateAsync({
      editionId,
      communeInseeCode,
      ...values,
      estimatedBudget: values.estimatedBudget === "" ? null : values.estimatedBudget,
      submit: intent === "submit",
    });
    await queryClient.invalidateQueries(trpc.applications.list.queryFilter());
    showFlash(
      intent === "submit" ? t.submitted(created.title) : t.draftSaved(created.title),
      `/candidatures/${created.id}`,
    );
    await navigate(`/candidatures/${created.id}`);
  }

  return (
    <ApplicationForm
      idPrefix="nouvelle-candidature"
      saveLabel={t.form.saveDraft}
      submitLabel={t.form.submit}
      onSend={send}
      choice={{
        check: () => ({
          editionId: editionId === "" && messages.errors.required,
          communeInseeCode: communeInseeCode === "" && messages.errors.required,
        }),
        render: (error) => (
          <>
            <SelectField
              id="nouvelle-candidature-editionId"
              label={t.form.edition}
              required
              hint={chosen ? t.editionWindow(formatPeriod(chosen.opensOn, chosen.closesOn)) : undefined}
              value={editionId}
              onChange={(e) => setEditionId(e.target.value)}
              error={error("editionId")}
            >
              <option value="">{t.form.editionChoose}</option>
              {editions.map((edition) => (
                <option key={edition.id} value={edition.id}>
                  {editionOption(edition)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="nouvelle-candidature-communeInseeCode"
              label={t.form.commune}
              required
              value={communeInseeCode}
              onChange={(e) => setCommuneInseeCode(e.target.value)}
              error={error("communeInseeCode")}
            >
              <option value="">{t.form.communeChoose}</option>
              {communes.map((commune) => (
                <option key={commune.inseeCode} value={commune.inseeCode}>
                  {communeLabel(commune)}
                </option>
              ))}
            </SelectField>
          </>
        ),
      }}
    />
  );
}

export function NewApplicationPage() {
  const user = useCurrentUser();
  const editions = useQuery(trpc.applications.editions.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));

  return (
    <>
      <PageHeading title={t.newTitle} ready={!editions.isPending && !communes.isPending} />
      <p>
        <Link to="/candidatures">{t.title}</Link>
      </p>
      <p>{t.newIntro}</p>
      <QueryBoundary query={editions}>
        {(all) => {
          const open = all.filter((edition) => edition.status === "open");
          if (open.length === 0) return <p>{t.form.noOpenEdition}</p>;
          return (
            <QueryBoundary query={communes}>
              {(list) => (
                <NewApplicationForm
                  editions={open}
                  // A contributor applies for their own communes; an officer may enter one for any commune.
                  communes={isStaff(user) ? list : list.filter((c) => user.communeCodes.includes(c.inseeCode))}
                />
              )}
            </QueryBoundary>
          );
        }}
      </QueryBoundary>
    </>
  );
}
