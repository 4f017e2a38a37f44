import type { AppLoadContext } from "@remix-run/node";

import { HONEYPOT_FIELD } from "~/utils/honeypot.tsx";

/** The client's address as Express saw it (X-Forwarded-For is read only as far as TRUST_PROXY says). */
export function clientIp(context: AppLoadContext) {
  return context.clientIp ?? "unknown";
}

/** A filled honeypot field means a bot: the request is refused without telling why. */
export function isBotSubmission(formData: FormData) {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.length > 0;
}
