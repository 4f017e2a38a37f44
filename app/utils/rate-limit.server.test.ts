import { describe, expect, test } from "vitest";

import { prisma } from "~/utils/db.server.ts";
import { consumeRateLimit, resetRateLimit } from "~/utils/rate-limit.server.ts";

const MINUTE = 60_000;
let seq = 0;
const newKey = () => `unit:rate:${Date.now()}:${++seq}`;
const ageHits = (key: string) =>
  prisma.rateLimitHit.updateMany({ where: { key }, data: { at: new Date(0) } });

describe("consumeRateLimit", () => {
  test("30 parallel attempts with a cap of 5: exactly 5 pass", async () => {
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => consumeRateLimit(key, 5, MINUTE)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await prisma.rateLimitHit.count({ where: { key } })).toBe(5);
  }, 20_000);

  test("refused attempts write nothing, so they never push back the end of the wait", async () => {
    const key = newKey();
    for (let i = 0; i < 3; i++) expect(await consumeRateLimit(key, 3, MINUTE)).toBe(true);
    for (let i = 0; i < 10; i++) expect(await consumeRateLimit(key, 3, MINUTE)).toBe(false);
    expect(await prisma.rateLimitHit.count({ where: { key } })).toBe(3);
    await ageHits(key);
    expect(await consumeRateLimit(key, 3, MINUTE)).toBe(true);
  });

  test("the window slides: an attempt frees its place once it is older than the window", async () => {
    const key = newKey();
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(true);
    const [oldest] = await prisma.rateLimitHit.findMany({ where: { key } });
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(true);
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(false);
    await prisma.rateLimitHit.update({ where: { id: oldest!.id }, data: { at: new Date(0) } });
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(true);
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(false);
  });

  test("a reset gives the whole budget back; other keys keep theirs", async () => {
    const key = newKey();
    const other = newKey();
    await consumeRateLimit(other, 1, MINUTE);
    for (let i = 0; i < 2; i++) await consumeRateLimit(key, 2, MINUTE);
    await resetRateLimit(key);
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(true);
    expect(await consumeRateLimit(key, 2, MINUTE)).toBe(true);
    expect(await consumeRateLimit(other, 1, MINUTE)).toBe(false);
  });
});
