import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { eventRegistrationsRepository, publicEventsRepository, publicProjectsRepository } from "@cvv/db";
import { checkRegistrationOpen, parisMidnight, parisMonthBounds, placesLeft } from "@cvv/domain/events";
import { slugSchema } from "@cvv/domain/shared";
import { renderMarkdown } from "../shared/markdown.js";
import { portalProcedure } from "../trpc.js";
import { publicEventSchema, publicEventSummarySchema, publicEventsInput } from "./public-events.schema.js";

const parisDayStart = (day: string, plusDays = 0) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return parisMidnight(y, m, d + plusDays);
};

/** The calendar: published and cancelled events, never drafts. */
export const eventsProcedure = portalProcedure
  .input(publicEventsInput)
  .output(z.array(publicEventSummarySchema))
  .query(async ({ ctx, input = {} }) => {
    const repo = publicEventsRepository(ctx.db);
    if (input.month) return repo.list({ ...parisMonthBounds(input.month), limit: input.limit });
    if (input.from || input.to) {
      return repo.list({
        from: input.from ? parisDayStart(input.from) : undefined,
        to: input.to ? parisDayStart(input.to, 1) : undefined,
        limit: input.limit,
      });
    }
    if (input.when === "past") return repo.listPast(ctx.now(), input.limit);
    return repo.list({ from: ctx.now(), limit: input.limit });
  });

/** One event's page; a draft answers NOT_FOUND, exactly like a slug that does not exist. */
export const eventProcedure = portalProcedure
  .input(z.object({ slug: slugSchema }))
  .output(publicEventSchema)
  .query(async ({ ctx, input }) => {
    const event = await publicEventsRepository(ctx.db).findBySlug(input.slug);
    if (!event) throw new TRPCError({ code: "NOT_FOUND", message: "Événement introuvable." });
    const { description, ...rest } = event;
    const communeHasPage = event.communeInseeCode
      ? await publicProjectsRepository(ctx.db).communeHasProjects(event.communeInseeCode)
      : false;
    const registrations = eventRegistrationsRepository(ctx.db);
    const stored = await registrations.findEventBySlug(input.slug);
    const confirmed = stored ? await registrations.countConfirmed(stored.id) : 0;
    return {
      ...rest,
      descriptionHtml: renderMarkdown(description),
      communeHasPage,
      placesLeft: placesLeft(event.capacity, confirmed),
      registrationOpen: checkRegistrationOpen(event, ctx.now()).ok,
    };
  });
