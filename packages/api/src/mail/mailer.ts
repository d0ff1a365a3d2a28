import { mkdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** How mail leaves: "smtp" when a server is configured, "outbox" when written to a folder. */
  readonly delivery: "smtp" | "outbox" | "memory";
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP when SMTP_URL is set; otherwise each message is written as an .eml file to the outbox
 * folder, so a first run and the tests need no mail server.
 */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      delivery: "smtp",
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  mkdirSync(options.outboxDir, { recursive: true });
  return {
    delivery: "outbox",
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "").slice(0, 16)}.eml`;
      await writeFile(join(options.outboxDir, name), info.message as Buffer);
    },
  };
}

/** Keeps messages in memory: for tests. */
export function createMemoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    delivery: "memory",
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
