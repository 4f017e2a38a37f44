import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Engine, Topology } from "../../scripts/topology.ts";

/**
 * The topology folder of one bench on one engine, apart from `npm run topology`'s default and
 * from the other benches: starting a topology stops whatever was running in its folder, so a
 * shared folder let one run kill another's nginx mid-run (every later request refused).
 */
export const benchDir = (bench: string, engine: Engine) =>
  path.join(tmpdir(), `sta-bench-${bench}-${engine}`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * What nginx saw (requests and answers by status, from its access log; error log lines by
 * kind) and whether nginx and both app instances are still running at the end of the run.
 */
export function topologyCheck(topology: Topology) {
  const prefix = path.join(topology.dir, "nginx");
  const read = (file: string) =>
    existsSync(path.join(prefix, file)) ? readFileSync(path.join(prefix, file), "utf8") : "";
  const byStatus: Record<string, number> = {};
  let requests = 0;
  for (const line of read("access.log").split("\n")) {
    const status = /" (\d{3}) /.exec(line)?.[1];
    if (!status) continue;
    requests++;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  const errorLog: Record<string, number> = {};
  for (const line of read("error.log").split("\n")) {
    const kind = /\[(\w+)\] \d+#\d+: (?:\*\d+ )?([^,(]+)/.exec(line);
    if (!kind) continue;
    const key = `${kind[1]}: ${kind[2]!.trim()}`;
    errorLog[key] = (errorLog[key] ?? 0) + 1;
  }
  return {
    nginx: { requests, byStatus, errorLog },
    runningAtEnd: {
      nginx: alive(topology.nginxPid),
      apps: topology.apps.map((app) => alive(app.pid)),
    },
  };
}
