import { z } from "zod";
import { createContactInput, eraseContactInput, listContactsInput, updateContactInput } from "@cvv/domain/contacts";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { contactHistory, exportPerson, getContact, listContacts } from "./contacts.queries.js";
import { eraseContact } from "./erase-contact/erase-contact.service.js";
import { applyRetention, retentionPreview } from "./retention/retention.service.js";
import { createContact, updateContact } from "./save-contact/save-contact.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** People the officers work with: personal data, officers only. */
export const contactsRouter = router({
  list: authedProcedure
    .input(listContactsInput)
    .query(async ({ ctx, input }) => unwrap(await listContacts(ctx, ctx.user, input ?? {}))),
  get: authedProcedure.input(byId).query(async ({ ctx, input }) => unwrap(await getContact(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await contactHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createContactInput)
    .mutation(async ({ ctx, input }) => unwrap(await createContact(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateContactInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateContact(ctx, ctx.user, input))),
  retentionPreview: authedProcedure.query(async ({ ctx }) => unwrap(await retentionPreview(ctx, ctx.user))),
  applyRetention: authedProcedure.mutation(async ({ ctx }) => unwrap(await applyRetention(ctx, ctx.user))),
  exportPerson: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await exportPerson(ctx, ctx.user, input.id))),
  erase: authedProcedure
    .input(eraseContactInput)
    .mutation(async ({ ctx, input }) => unwrap(await eraseContact(ctx, ctx.user, input))),
});
