import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * The driver adapter Prisma's CLI (the 6.19 JS schema engine) migrates PostgreSQL with.
 * `@prisma/adapter-pg` alone does not get through `migrate`:
 * - the engine reads PostgreSQL's catalog, whose `name` and `"char"` columns the adapter
 *   refuses ("Column type 'name' could not be deserialized"): they are reported as text;
 * - its shadow database copies the pool's options with another database name, which a
 *   connection string overrides: the connection is given as separate fields;
 * - it drops the shadow database while its own pool still holds connections to it: here the
 *   shadow pool is closed first.
 */
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18 /* "char" */, 19 /* name */]);

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
  };
}

function catalogAsText(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? [])
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  }) as typeof pool.query;
  return pool;
}

async function connect(config: pg.PoolConfig) {
  return new PrismaPg(catalogAsText(new pg.Pool(config)), { disposeExternalPool: true }).connect();
}

export class MigratePg extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  override connect() {
    return connect(poolConfig(this.url));
  }

  override async connectToShadowDb() {
    const admin = new pg.Pool(poolConfig(this.url));
    const name = `${poolConfig(this.url).database}_shadow_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const adapter = await connect(poolConfig(this.url, name));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  }
}
