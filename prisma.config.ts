import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./app/utils/database-url.js";

// A config file turns off Prisma's own .env loading; the schema's env("DATABASE_URL")
// must resolve or the CLI tries to download a query engine.
process.env.DATABASE_URL = databaseUrl();

// The JS schema engine replays a migration file as one executeRaw call, but
// better-sqlite3 runs one statement per call: run multi-statement SQL as a script.
type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

function withScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && query.sql.split(";").filter((s) => s.trim()).length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

class ScriptingSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    return withScripts(await super.connect());
  }
  override async connectToShadowDb() {
    return withScripts(await super.connectToShadowDb());
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => new ScriptingSQLite({ url: process.env.DATABASE_URL! }),
});
