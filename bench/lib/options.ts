import type { Engine } from "../../scripts/topology.ts";

/** The value after `--name` on the command line, or the fallback. */
export function option(name: string, fallback: string) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** The options of the load-driven benches: `--engine`, `--users`, `--duration` (seconds). */
export function loadOptions() {
  return {
    engine: option("engine", "sqlite") as Engine,
    users: Number(option("users", "200")),
    duration: Number(option("duration", "300")),
  };
}
