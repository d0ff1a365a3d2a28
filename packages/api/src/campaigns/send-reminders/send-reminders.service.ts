import { campaignsRepository, indicatorsRepository, usersRepository } from "@cvv/db";
import { REMINDER_DAYS_BEFORE, reminderDue } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden } from "../../shared/errors.js";
import { campaignProgress } from "../campaign-progress.js";

type ReminderContext = Pick<Context, "db" | "mailer" | "config" | "now">;

const frenchDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC" });

/**
 * Sends the reminders that are due: a week before a campaign's deadline and once it has passed,
 * to the contributors of each commune that still owes something. Each reminder is claimed in the
 * database before it is sent, so running this twice (or on two servers) never sends it twice.
 */
export async function sendDueReminders(ctx: ReminderContext): Promise<{ sent: number; communes: number }> {
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + REMINDER_DAYS_BEFORE * 86_400_000).toISOString().slice(0, 10);
  const campaigns = await campaignsRepository(ctx.db).openUntil(horizon);
  let sent = 0;
  let communes = 0;
  for (const campaign of campaigns) {
    const indicators = await indicatorsRepository(ctx.db).findMany(campaign.indicatorIds);
    const progress = await campaignProgress(ctx.db, campaign, indicators);
    const already = await campaignsRepository(ctx.db).remindersSent(campaign.id);
    const recipients = await usersRepository(ctx.db).contributorsOf(campaign.communeCodes);
    for (const commune of campaign.communes) {
      const p = progress.get(commune.inseeCode)!;
      // Returned values and unsent drafts are as pending as missing ones.
      const pending = p.missing + p.returned + (p.entered - p.submitted - p.approved - p.returned);
      const kinds = already.filter((r) => r.communeInseeCode === commune.inseeCode).map((r) => r.kind);
      const kind = reminderDue(campaign.deadline, today, campaign.status, pending, kinds);
      if (!kind) continue;
      const to = recipients.filter((r) => r.communeInseeCode === commune.inseeCode);
      if (to.length === 0) continue;
      const claimed = await campaignsRepository(ctx.db).claimReminder({
        campaignId: campaign.id,
        communeInseeCode: commune.inseeCode,
        kind,
        recipients: to.length,
      });
      if (!claimed) continue;
      communes += 1;
      const link = `${ctx.config.publicUrl}/admin/campagnes/${campaign.id}/communes/${commune.inseeCode}`;
      const subject =
        kind === "overdue"
          ? `Campagne « ${campaign.name} » : l'échéance du ${frenchDate(campaign.deadline)} est passée`
          : `Campagne « ${campaign.name} » : échéance le ${frenchDate(campaign.deadline)}`;
      for (const person of to) {
        await ctx.mailer.send({
          to: person.email,
          subject,
          text: [
            `Bonjour ${person.displayName},`,
            "",
            kind === "overdue"
              ? `L'échéance de la campagne « ${campaign.name} » était le ${frenchDate(campaign.deadline)}.`
              : `La campagne « ${campaign.name} » se termine le ${frenchDate(campaign.deadline)}.`,
            `Pour ${commune.name}, ${pending} valeur(s) sur ${p.expected} restent à saisir, à corriger ou à envoyer :`,
            `  - manquantes : ${p.missing}`,
            `  - renvoyées pour correction : ${p.returned}`,
            `  - brouillons non envoyés : ${pending - p.missing - p.returned}`,
            "",
            `Saisir ou importer les valeurs : ${link}`,
            "",
            "Métropole du Grand Paris — Centres-villes vivants",
          ].join("\n"),
        });
        sent += 1;
      }
    }
  }
  return { sent, communes };
}

/** An officer sends the due reminders now rather than waiting for the hourly run. */
export async function sendRemindersNow(
  ctx: Context,
  actor: SessionUser,
): Promise<Result<{ sent: number; communes: number }>> {
  if (!can(actor, "campaign.manage")) return forbidden();
  return ok(await sendDueReminders(ctx));
}
