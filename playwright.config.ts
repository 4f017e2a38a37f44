import { defineConfig, devices } from "@playwright/test";

import { onPostgres, postgresUrl } from "./tests/setup/postgres.ts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The local stand-in for Stripe (scripts/stripe-mock.ts): tests never reach the network. */
const STRIPE_MOCK_PORT = PORT + 99;
const STRIPE_WEBHOOK_SECRET = "whsec_e2e_webhook_secret";
/** The test server's database, made afresh: SQLite, or PostgreSQL with TEST_DATABASE=postgresql. */
const DATABASE_URL = onPostgres ? postgresUrl("sta_e2e") : "file:./tests/.data/e2e.db";
process.env.E2E_DATABASE_URL ??= DATABASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /mobile\.spec\.ts/ },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 740 } },
      testMatch: /mobile\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/stripe-mock.ts",
      url: `http://127.0.0.1:${STRIPE_MOCK_PORT}/health`,
      env: {
        STRIPE_MOCK_PORT: String(STRIPE_MOCK_PORT),
        STRIPE_WEBHOOK_URL: `http://localhost:${PORT}/webhooks/stripe`,
        STRIPE_WEBHOOK_SECRET,
      },
      reuseExistingServer: !process.env.CI,
    },
    {
      command: "bash tests/e2e/start-server.sh",
      url: `http://localhost:${PORT}/healthz`,
      env: {
        PORT: String(PORT),
        PUBLIC_URL: `http://localhost:${PORT}`,
        DATABASE_URL,
        SESSION_SECRET: "e2e-session-secret-0123456789abcdef0123456789",
        OUTBOX_DIR: "tests/.data/outbox",
        TRUST_PROXY: "1",
        STRIPE_SECRET_KEY: "sk_test_e2e",
        STRIPE_WEBHOOK_SECRET,
        STRIPE_API_URL: `http://127.0.0.1:${STRIPE_MOCK_PORT}`,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: "pipe",
    },
  ],
});
