import { resolve } from "node:path";
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** Every setting comes from the environment (twelve-factor): README.md lists them. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce
    .number({ error: "PORT doit être un numéro de port." })
    .int()
    .min(0)
    .max(65535, { error: "PORT doit être compris entre 0 et 65535." })
    .default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL doit commencer par postgresql://" })
      .optional(),
  ),
  PUBLIC_URL: optionalText.pipe(z.url({ error: "PUBLIC_URL doit être une adresse complète (https://…)." }).optional()),
  TRUSTED_ORIGINS: z.string().default(""),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, {
      error: "TRUST_PROXY vaut false, true (un proxy) ou le nombre de proxys devant le serveur.",
    })
    .default("false"),
  SMTP_URL: optionalText,
  MAIL_FROM: z.string().default("Centres-villes vivants <no-reply@localhost>"),
  // Lower-cased like every e-mail the platform stores, or the first administrator could not sign in.
  ADMIN_EMAIL: optionalText.pipe(
    z
      .email({ error: "ADMIN_EMAIL doit être une adresse électronique." })
      .transform((v) => v.toLowerCase())
      .optional(),
  ),
  DEMO_DATA: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  WATCH_ALLOW_INTERNAL_ADDRESSES: z
    .enum(["true", "false"], { error: "WATCH_ALLOW_INTERNAL_ADDRESSES vaut true ou false." })
    .default("false"),
});

export interface ServerConfig {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  trustedOrigins: string[];
  /** How many proxies to believe in X-Forwarded-*: never "all", or a client could pick its own IP. */
  trustProxy: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  adminEmail: string | undefined;
  /** Demo data is never loaded in production, whatever DEMO_DATA says. */
  loadDemoData: boolean;
  logLevel: string;
  rateLimitPerMinute: number;
  /** Lets the veille fetch feeds on this machine or a private network: for tests' fixture servers. */
  allowInternalFeedAddresses: boolean;
}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
): { ok: true; config: ServerConfig } | { ok: false; errors: string[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")} : ${i.message}`) };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      dataDir: resolve(e.DATA_DIR),
      databaseUrl: e.DATABASE_URL,
      publicUrl: e.PUBLIC_URL,
      trustedOrigins: e.TRUSTED_ORIGINS.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      trustProxy: e.TRUST_PROXY === "true" ? 1 : e.TRUST_PROXY === "false" ? 0 : Number(e.TRUST_PROXY),
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      adminEmail: e.ADMIN_EMAIL,
      loadDemoData: e.NODE_ENV !== "production" && e.DEMO_DATA === "true",
      logLevel: e.LOG_LEVEL,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      allowInternalFeedAddresses: e.WATCH_ALLOW_INTERNAL_ADDRESSES === "true",
    },
  };
}
