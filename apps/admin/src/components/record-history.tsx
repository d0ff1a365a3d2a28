import { useQuery } from "@tanstack/react-query";
import type { Inputs } from "../lib/api-types";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import { QueryBoundary } from "./query-state";

const t = messages.recordHistory;
type HistoryEntity = Inputs["history"]["record"]["entity"];

/**
 * Who changed what on a record, newest first, in the API's words (it names fields and values).
 * Key it by the record's version where it sits, so that it is read again after each save.
 */
export function RecordHistory({
  entity,
  entityId,
  headingLevel = 2,
}: {
  entity: HistoryEntity;
  entityId: string;
  headingLevel?: 2 | 3;
}) {
  const history = useQuery(trpc.history.record.queryOptions({ entity, entityId }));
  const id = `historique-${entity}-${entityId}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>{t.title}</Heading>
      <QueryBoundary query={history}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <ol className="trail">
              {entries.map((entry) => (
                <li key={entry.id} className="trail__item">
                  <p className="trail__what">
                    {t.entry(
                      t.actions[entry.action as keyof typeof t.actions] ?? t.otherAction,
                      entry.actorName ?? t.unknownActor,
                      formatDateTime(entry.createdAt),
                    )}
                  </p>
                  {entry.lines.length > 0 && (
                    <ul>
                      {entry.lines.map((line) => (
                        <li key={line.field}>{t.line(line.field, line.before, line.after)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}
