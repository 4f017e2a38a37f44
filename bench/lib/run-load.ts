import type { Failure } from "./browser.ts";
import type { BenchDatabase } from "./database.ts";
import { createCohorts, simulateUser, summarise, verify } from "./scenario.ts";

/**
 * Runs `users` simulated users for `durationSeconds` (started over the first fifth of the run,
 * as people arrive), then checks the database. `during` runs alongside (the crash schedule).
 */
export async function runLoad({
  origin,
  db,
  users,
  durationSeconds,
  during,
}: {
  origin: string;
  db: BenchDatabase;
  users: number;
  durationSeconds: number;
  during?: (startedAt: number) => Promise<unknown>;
}) {
  const runId = Date.now().toString(36);
  const { cohorts, courses } = await createCohorts(origin, db, runId);
  const failures: Failure[] = [];
  const startedAt = Date.now();
  const until = startedAt + durationSeconds * 1000;
  const rampMs = (durationSeconds * 1000) / 5;
  const sessions = Array.from({ length: users }, async (_, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index / users) * rampMs));
    return simulateUser({
      origin,
      index,
      runId,
      courses,
      cohorts,
      until,
      failures,
      thinkMs: [1000, 3000],
    });
  });
  const [acknowledged] = await Promise.all([Promise.all(sessions), during?.(startedAt)]);
  // Failures per tenth of the run: when they started says more than how many there were.
  const timeline = Array.from({ length: 10 }, () => 0);
  for (const f of failures) {
    const tenth = Math.floor(((f.at - startedAt) / (durationSeconds * 1000)) * 10);
    timeline[Math.max(0, Math.min(9, tenth))]!++;
  }
  return {
    startedAt,
    errors: { ...summarise(failures), perTenthOfRun: timeline },
    failures,
    ...(await verify(db, acknowledged, cohorts)),
  };
}
