export { appRouter, type AppRouter } from "./app-router.js";
export { publicRouter, type PublicRouter } from "./public/public.router.js";
export { createCallerFactory } from "./trpc.js";
export type { Context, AppConfig, CookieJar, HttpInfo } from "./shared/context.js";
export { resolveSession } from "./auth/session.service.js";
export { createMailer, createMemoryMailer, type Mailer, type MailMessage } from "./mail/mailer.js";
export { createInvitation, invitationLink } from "./users/create-invitation.js";
