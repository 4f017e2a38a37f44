import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

import { databaseEngine, databaseUrl } from "./app/utils/database-url.js";
import { ENGINE_FILES } from "./prisma/engines.js";
import { MigratePg } from "./prisma/postgresql/migrate-adapter.js";

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

/** The models are written once (prisma/schema.prisma); each engine has its schema and migrations. */
const engine = databaseEngine(process.env.DATABASE_URL);
const files = ENGINE_FILES[engine];
const adapter = (url: string) =>
  engine === "postgresql" ? new MigratePg(url) : new ScriptingSQLite({ url });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: files.schema,
  migrations: { path: files.migrations, seed: "tsx prisma/seed.ts" },
  adapter: async () => adapter(process.env.DATABASE_URL!),
});
