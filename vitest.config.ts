import { fileURLToPath } from "node:url";

import { configDefaults, defineConfig } from "vitest/config";

/** `TEST_DATABASE=postgresql` runs the suite on PostgreSQL (see tests/setup/postgres.ts). */
const onPostgres = process.env.TEST_DATABASE === "postgresql";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "content-pipeline/**/*.test.ts", "tests/unit/**/*.test.ts"],
    // Tests of the SQLite engine itself (its connection) run on SQLite only.
    exclude: onPostgres
      ? [...configDefaults.exclude, "app/utils/sqlite-adapter.server.test.ts"]
      : configDefaults.exclude,
    // On PostgreSQL every statement is a round trip to a server that commits to disk.
    testTimeout: onPostgres ? 15_000 : 5_000,
    environment: "node",
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/database.ts"],
  },
});
