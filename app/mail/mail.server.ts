import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { createTransport, type Transporter } from "nodemailer";

import { getEnv } from "~/utils/env.server.ts";

export type Mail = { to: string; subject: string; text: string };

/** How a queued email leaves the platform; the outbox worker takes another one in tests. */
export type MailTransport = (mail: Mail) => Promise<void>;

let smtp: { url: string; transporter: Transporter } | undefined;

/** One SMTP transport per process, with timeouts well inside the outbox's lease. */
function smtpTransporter(url: string) {
  if (smtp?.url !== url) {
    smtp = {
      url,
      transporter: createTransport({
        url,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      }),
    };
  }
  return smtp.transporter;
}

/**
 * Hands an email to SMTP when SMTP_URL is set; otherwise writes it as JSON to the outbox
 * folder (OUTBOX_DIR), where developers and the browser tests read it. Only the outbox worker
 * calls this: the rest of the platform queues email with `queueMail`.
 */
export const deliverMail: MailTransport = async (mail) => {
  const { SMTP_URL, MAIL_FROM, OUTBOX_DIR } = getEnv();
  if (SMTP_URL) {
    await smtpTransporter(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  mkdirSync(OUTBOX_DIR, { recursive: true });
  const file = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`;
  writeFileSync(path.join(OUTBOX_DIR, file), JSON.stringify({ from: MAIL_FROM, ...mail }, null, 2));
};
