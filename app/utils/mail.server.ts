import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createTransport } from "nodemailer";
import { getEnv } from "./env.server.ts";

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends an email through SMTP when SMTP_URL is set; otherwise writes it as JSON to the
 * outbox folder (OUTBOX_DIR), where developers and the browser tests read it.
 */
export async function sendMail(mail: Mail) {
  const { SMTP_URL, MAIL_FROM, OUTBOX_DIR } = getEnv();
  if (SMTP_URL) {
    await createTransport(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  mkdirSync(OUTBOX_DIR, { recursive: true });
  const file = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`;
  writeFileSync(path.join(OUTBOX_DIR, file), JSON.stringify({ from: MAIL_FROM, ...mail }, null, 2));
}
