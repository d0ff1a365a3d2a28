import { eventIndicatorsRepository, type Tx } from "@cvv/db";
import { countParticipants, parisMidnight, parisDayOf } from "@cvv/domain/events";

export const EVENTS_HELD_CODE = "evenements_organises";
export const PARTICIPANTS_CODE = "participants_evenements";

const definitions = [
  {
    code: EVENTS_HELD_CODE,
    name: "Événements organisés",
    definition:
      "Nombre d'événements du programme d'animation tenus dans l'année (publiés, terminés, non annulés), comptés dans la commune où ils ont lieu.",
    unit: "événements",
    method: "Calcul automatique à partir du calendrier des événements ; un événement sans commune n'est pas compté.",
  },
  {
    code: PARTICIPANTS_CODE,
    name: "Participants aux événements",
    definition:
      "Nombre de participants aux événements tenus dans l'année : les présents quand les présences ont été prises, sinon les inscrits confirmés.",
    unit: "participants",
    method:
      "Calcul automatique à partir des inscriptions ; quand les présences n'ont pas été prises, les inscriptions confirmées tiennent lieu de participants.",
  },
] as const;

export interface EventIndicatorsSummary {
  year: number;
  events: number;
  participants: number;
  /** Events held without a commune: a value is per commune, so they are left out of the figures. */
  withoutCommune: number;
}

/**
 * Counts the events held in a (Paris) year and their participants, per commune of the event,
 * and writes both figures as approved values of the year. A value is keyed by indicator,
 * commune and period, not by programme: the count covers every event of the commune that year,
 * and the indicators are assigned to each programme those events belong to. Communes counted
 * before but no longer (an event cancelled afterwards) go back to 0. Runs in the caller's
 * transaction, so it lands with the attendance that changed it.
 */
export async function refreshEventIndicators(
  tx: Tx,
  input: { year: number; now: Date; actorId: string | null },
): Promise<EventIndicatorsSummary> {
  const repo = eventIndicatorsRepository(tx);
  const held = await repo.heldEvents(parisMidnight(input.year, 1, 1), parisMidnight(input.year + 1, 1, 1), input.now);
  const perCommune = new Map<string, { events: number; participants: number }>();
  let withoutCommune = 0;
  for (const event of held) {
    if (!event.communeInseeCode) {
      withoutCommune += 1;
      continue;
    }
    const figures = perCommune.get(event.communeInseeCode) ?? { events: 0, participants: 0 };
    figures.events += 1;
    figures.participants += countParticipants(event.registrations);
    perCommune.set(event.communeInseeCode, figures);
  }

  const [eventsIndicator, participantsIndicator] = [
    await repo.ensureIndicator(definitions[0]),
    await repo.ensureIndicator(definitions[1]),
  ];
  for (const programmeId of new Set(held.map((e) => e.programmeId).filter((id): id is string => id !== null))) {
    await repo.ensureAssignment(eventsIndicator.id, programmeId);
    await repo.ensureAssignment(participantsIndicator.id, programmeId);
  }
  const period = String(input.year);
  for (const [indicator, pick] of [
    [eventsIndicator, (f: { events: number }) => f.events],
    [participantsIndicator, (f: { participants: number }) => f.participants],
  ] as const) {
    const communes = new Set([...perCommune.keys(), ...(await repo.communesWithValue(indicator.id, period))]);
    for (const communeInseeCode of communes) {
      const figures = perCommune.get(communeInseeCode) ?? { events: 0, participants: 0 };
      await repo.writeComputed({
        indicatorId: indicator.id,
        communeInseeCode,
        period,
        value: pick(figures),
        now: input.now,
        actorId: input.actorId,
      });
    }
  }
  let events = 0;
  let participants = 0;
  for (const figures of perCommune.values()) {
    events += figures.events;
    participants += figures.participants;
  }
  return { year: input.year, events, participants, withoutCommune };
}

/** The Paris year an event took place in, the period of its figures. */
export function eventYear(startsAt: string): number {
  return Number(parisDayOf(new Date(startsAt)).slice(0, 4));
}
