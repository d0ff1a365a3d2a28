import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { IndicatorForm, type IndicatorValues } from "../components/indicator-form";
import { PageHeading } from "../components/page-heading";
import { showFlash } from "../lib/flash";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../indicators.css";

const t = messages.indicators;

/** A new indicator of the library; the page of the indicator follows, where it can be assigned. */
export function NewIndicatorPage() {
  const navigate = useNavigate();
  const create = useMutation(trpc.indicators.create.mutationOptions());

  async function send(values: IndicatorValues, code: string) {
    const indicator = await create.mutateAsync({ code, ...values });
    await queryClient.invalidateQueries(trpc.indicators.list.queryFilter());
    showFlash(t.created(indicator.name), `/indicateurs/${indicator.id}`);
    await navigate(`/indicateurs/${indicator.id}`);
  }

  return (
    <>
      <PageHeading title={t.newTitle} />
      <p>
        <Link to="/indicateurs">{t.backToLibrary}</Link>
      </p>
      <p>{t.newIntro}</p>
      <IndicatorForm idPrefix="nouvel-indicateur" submitLabel={t.submit} onSend={send} />
    </>
  );
}
