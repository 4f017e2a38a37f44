import { configuredOrigin } from "../utils/origin.server.ts";
import { sendDueReminders } from "./cohort-mail.server.ts";

const EVERY_TEN_MINUTES = 10 * 60 * 1000;

/**
 * Sends the live-session reminders that are due, now and every ten minutes. Each server
 * process may run it: a session is claimed once before its reminders go out.
 */
export function scheduleReminders() {
  if (process.env.REMINDERS === "off") return;
  const run = () =>
    sendDueReminders(configuredOrigin()).catch((error: unknown) =>
      console.error("Could not send the live-session reminders", error),
    );
  setInterval(run, EVERY_TEN_MINUTES).unref();
  void run();
}
