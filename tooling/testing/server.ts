import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createScratchDatabase } from "@cvv/db/testing";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface RunningServer {
  url: string;
  dataDir: string;
  /** The scratch PostgreSQL database this server was given, if any. */
  databaseUrl: string | null;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** The demo accounts printed at first start, by role word (admin, officer, contributor). */
  demoAccounts(): { admin: Account; officer: Account; contributor: Account; partner: Account };
  /** The e-mails written to the outbox folder, oldest first. */
  outbox(): string[];
  /** Sends SIGTERM and resolves with the exit code; `keepData` leaves the data folder for a restart. */
  stop(options?: { keepData?: boolean }): Promise<number | null>;
  /** Deletes the data folder and the scratch database (after a `stop({ keepData: true })`). */
  discard(): Promise<void>;
}

export interface Account {
  email: string;
  password: string;
}

/**
 * Starts the built server (apps/server/dist) as `npm start` does, on a free port and a fresh data
 * folder. With TEST_DATABASE_URL set, it runs on a scratch database of that PostgreSQL server
 * instead of the embedded one.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "cvv-e2e-"));
  // A DATABASE_URL given by the caller (a restart on the same data) is used as is.
  const scratch =
    process.env.TEST_DATABASE_URL && !env.DATABASE_URL
      ? await createScratchDatabase(process.env.TEST_DATABASE_URL, "cvv_e2e")
      : null;
  const extraEnv: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : {};

  const child: ChildProcess = spawn(process.execPath, [join(root, "apps/server/dist/main.js")], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NODE_ENV: "test",
      ...extraEnv,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Le serveur n'a pas démarré en 120 s.\n${stdout}\n${stderr}`)),
      120_000,
    );
    const check = () => {
      const match = stdout.match(/Centres-villes vivants : (http:\/\/localhost:\d+)\//);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Le serveur s'est arrêté (code ${code}).\n${stdout}\n${stderr}`));
    });
  });

  const account = (pattern: RegExp): Account => {
    const line = stdout.split("\n").find((l) => pattern.test(l));
    const parts = line?.trim().split(/\s+/) ?? [];
    const password = parts.at(-1);
    const email = parts.at(-2);
    if (!email || !password) throw new Error("Comptes de démonstration introuvables dans la sortie du serveur.");
    return { email, password };
  };

  const discard = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };

  return {
    url,
    dataDir,
    databaseUrl: scratch?.url ?? null,
    discard,
    output: () => stdout,
    demoAccounts: () => ({
      admin: account(/^\s+Administrateur\s/),
      officer: account(/^\s+Chargée de mission\s/),
      contributor: account(/^\s+Contributeur communal/),
      partner: account(/^\s+Partenaire/),
    }),
    outbox: () => {
      const dir = join(dataDir, "outbox");
      try {
        return readdirSync(dir)
          .sort()
          .map((f) => decodeMail(readFileSync(join(dir, f), "utf8")));
      } catch {
        return [];
      }
    },
    async stop(stopOptions = {}) {
      const code = await new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (c) => resolve(c));
        child.kill("SIGTERM");
      });
      if (!stopOptions.keepData) await discard();
      return code;
    },
  };
}

/** The text of an .eml file, with quoted-printable soft line breaks and escapes undone. */
function decodeMail(eml: string): string {
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(eml)) return eml;
  const joined = eml.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
