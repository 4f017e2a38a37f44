/**
 * A stand-in for Stripe on this machine, which cannot reach it: the few Checkout endpoints the
 * platform calls, a payment page, and signed webhook deliveries. The platform talks to it when
 * STRIPE_API_URL points here; tests and local development use it, production never does.
 *
 *   npm run stripe:mock   (STRIPE_MOCK_PORT, STRIPE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET)
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

import Stripe from "stripe";

type MockSession = {
  id: string;
  object: "checkout.session";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  mode: "payment";
  url: string | null;
  success_url: string;
  cancel_url: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  amount_total: number;
  currency: string;
  expires_at: number;
  created: number;
  livemode: false;
};

export type StripeMockOptions = {
  port?: number;
  /** Where events are delivered; without it, none is sent. */
  webhookUrl?: string;
  webhookSecret: string;
};

const signer = new Stripe("sk_test_stripe_mock");
const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

function readBody(request: IncomingMessage) {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

function stripeError(response: ServerResponse, status: number, message: string) {
  json(response, status, { error: { type: "invalid_request_error", message } });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Starts the mock; resolves once it listens, with its address and a way to stop it. */
export async function startStripeMock({ port = 0, webhookUrl, webhookSecret }: StripeMockOptions) {
  const sessions = new Map<string, MockSession>();
  let origin = "";

  /** Delivers an event the way Stripe does: a JSON body signed with the endpoint's secret. */
  async function deliver(type: string, session: MockSession) {
    if (!webhookUrl) return true;
    const payload = JSON.stringify({
      id: id("evt"),
      object: "event",
      api_version: "2025-01-01",
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object: session },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    });
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
      body: payload,
    });
    return response.ok;
  }

  async function expire(session: MockSession) {
    session.status = "expired";
    session.url = null;
    return deliver("checkout.session.expired", session);
  }

  function createSession(form: URLSearchParams, response: ServerResponse) {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = Number(form.get("expires_at") ?? now + 24 * 3600);
    if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600) {
      return stripeError(response, 400, "expires_at must be between 30 minutes and 24 hours away");
    }
    const amount = Number(form.get("line_items[0][price_data][unit_amount]"));
    const successUrl = form.get("success_url");
    const cancelUrl = form.get("cancel_url");
    if (!Number.isInteger(amount) || amount <= 0 || !successUrl || !cancelUrl) {
      return stripeError(response, 400, "line_items, success_url and cancel_url are required");
    }
    const metadata: Record<string, string> = {};
    for (const [key, value] of form) {
      const name = /^metadata\[(.+)\]$/.exec(key)?.[1];
      if (name) metadata[name] = value;
    }
    const sessionId = id("cs");
    const session: MockSession = {
      id: sessionId,
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      mode: "payment",
      url: `${origin}/pay/${sessionId}`,
      success_url: successUrl.replace("{CHECKOUT_SESSION_ID}", sessionId),
      cancel_url: cancelUrl,
      client_reference_id: form.get("client_reference_id"),
      customer_email: form.get("customer_email"),
      metadata,
      amount_total: amount,
      currency: form.get("line_items[0][price_data][currency]") ?? "eur",
      expires_at: expiresAt,
      created: now,
      livemode: false,
    };
    sessions.set(session.id, session);
    json(response, 200, session);
  }

  function paymentPage(session: MockSession, response: ServerResponse) {
    const amount = new Intl.NumberFormat("en", {
      style: "currency",
      currency: session.currency,
    }).format(session.amount_total / 100);
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test payment</title></head>
<body><main>
<h1>Test payment (Stripe mock)</h1>
<p>Amount: <strong>${escapeHtml(amount)}</strong> for ${escapeHtml(session.customer_email ?? "")}</p>
<form method="post"><button name="action" value="pay">Pay ${escapeHtml(amount)}</button>
<button name="action" value="cancel">Cancel and go back</button>
<button name="action" value="pay-webhook-late">Pay, webhook late (test)</button></form>
</main></body></html>`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", origin);
    const [, root, ...rest] = url.pathname.split("/");
    const body = request.method === "POST" ? await readBody(request) : "";

    if (root === "health") return json(response, 200, { ok: true });
    if (root === "favicon.ico") return response.writeHead(204).end();
    if (root === "v1") {
      if (!request.headers.authorization?.startsWith("Bearer sk_")) {
        return stripeError(response, 401, "Invalid API key provided");
      }
      const [resource, kind, sessionId, verb] = rest;
      if (resource !== "checkout" || kind !== "sessions")
        return stripeError(response, 404, "Unknown endpoint");
      if (!sessionId && request.method === "POST") {
        return createSession(new URLSearchParams(body), response);
      }
      const session = sessions.get(sessionId ?? "");
      if (!session) return stripeError(response, 404, `No such checkout.session: ${sessionId}`);
      if (verb === "expire" && request.method === "POST") {
        if (session.status !== "open") {
          return stripeError(
            response,
            400,
            "Only Checkout Sessions with a status of open can be expired",
          );
        }
        await expire(session);
      }
      return json(response, 200, session);
    }

    const session = sessions.get(rest[0] ?? "");
    if (root === "pay" && session) {
      if (session.status !== "open")
        return stripeError(response, 410, "This Checkout Session is no longer open");
      if (request.method !== "POST") return paymentPage(session, response);
      const action = new URLSearchParams(body).get("action");
      if (action !== "pay" && action !== "pay-webhook-late") {
        response.writeHead(303, { Location: session.cancel_url });
        return response.end();
      }
      session.status = "complete";
      session.payment_status = "paid";
      session.url = null;
      // "pay-webhook-late": the learner is back before Stripe's event (which never comes here).
      if (action === "pay" && !(await deliver("checkout.session.completed", session))) {
        return stripeError(response, 502, "The platform refused the webhook");
      }
      response.writeHead(303, { Location: session.success_url });
      return response.end();
    }
    // A test's way to let time pass: the session expires now, as Stripe's would after 30 minutes.
    if (root === "expire" && session && request.method === "POST") {
      if (session.status !== "open") return stripeError(response, 400, "Not open");
      return json(response, (await expire(session)) ? 200 : 502, session);
    }
    stripeError(response, 404, "Not found");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      stripeError(response, 500, "Stripe mock error");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    sessions,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const mock = await startStripeMock({
    port: Number(process.env.STRIPE_MOCK_PORT ?? 12111),
    webhookUrl: process.env.STRIPE_WEBHOOK_URL ?? "http://localhost:3000/webhooks/stripe",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_local_stripe_mock",
  });
  console.log(`Stripe mock on ${mock.origin}`);
}
