import { setTimeout as sleep } from "node:timers/promises";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;
type Query = Parameters<Connection["queryRaw"]>[0];

/**
 * How long SQLite itself waits for another process's write lock. Its wait blocks the event
 * loop, so it stays short; longer waits are retried asynchronously (see `retryWhileBusy`).
 */
const BUSY_TIMEOUT_MS = 20;
/** How long a statement keeps retrying while another process holds the write lock. */
const BUSY_DEADLINE_MS = 15_000;

/**
 * WAL lets readers go on while one writer writes (and several processes share the file);
 * `synchronous = FULL` makes every acknowledged commit survive a crash of the machine, not
 * only of the process; foreign keys are enforced as the schema says.
 */
const PRAGMAS = `PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`;

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });

/** A first-come, first-served lock: `acquire` resolves with the function that releases it. */
export class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => once(release));
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function once(fn: () => void) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

function isBusy(error: unknown) {
  const cause = (error as { cause?: { originalCode?: string } } | null)?.cause;
  return cause?.originalCode === "SQLITE_BUSY";
}

/**
 * Runs a statement again, after a growing pause, while another process holds the database's
 * write lock. A statement that failed as busy changed nothing, so running it again is safe.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, deadlineMs = BUSY_DEADLINE_MS) {
  const deadline = Date.now() + deadlineMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await sleep(pause + Math.random() * pause);
    }
  }
}

/**
 * The better-sqlite3 adapter shares one connection per process, and its queries do not wait
 * for an open transaction: another request's query would run inside it and be undone by its
 * rollback. Here every query and every transaction takes the connection in turn, so a
 * transaction has the connection to itself from `BEGIN` to `COMMIT` or `ROLLBACK`.
 */
class SerialisedConnection implements Connection {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: Connection;
  readonly #lock = new Lock();

  constructor(inner: Connection) {
    this.#inner = inner;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: Query) {
    return this.#lock.run(() => retryWhileBusy(() => this.#inner.queryRaw(query)));
  }

  executeRaw(query: Query) {
    return this.#lock.run(() => retryWhileBusy(() => this.#inner.executeRaw(query)));
  }

  executeScript(script: string) {
    return this.#lock.run(() => this.#inner.executeScript(script));
  }

  /**
   * `BEGIN IMMEDIATE` takes the write lock first: two processes can then never both read
   * and then fail to write, and a seat change decided inside holds until it commits.
   */
  async startTransaction(): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      await retryWhileBusy(() => this.#inner.executeRaw(statement("BEGIN IMMEDIATE")));
    } catch (error) {
      release();
      throw error;
    }
    const inner = this.#inner;
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      // Prisma sends COMMIT or ROLLBACK itself before calling these.
      options: { usePhantomQuery: false },
      queryRaw: (query) => inner.queryRaw(query),
      executeRaw: (query) => inner.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
    };
  }

  dispose() {
    return this.#lock.run(() => this.#inner.dispose());
  }
}

/** The driver adapter factory for SQLite: one serialised connection, in WAL mode. */
export class SerialisedSQLite extends PrismaBetterSQLite3 {
  constructor(url: string) {
    super({ url, timeout: BUSY_TIMEOUT_MS });
  }

  override async connect(): Promise<Connection> {
    const connection = await super.connect();
    await retryWhileBusy(() => connection.executeScript(PRAGMAS));
    return new SerialisedConnection(connection);
  }
}
