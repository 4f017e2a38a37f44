import { readFileSync } from "node:fs";
import path from "node:path";

import { UNSAFE_defineRoutes as defineRoutes } from "@remix-run/dev";
import { describe, expect, test } from "vitest";

import remixConfig from "../../remix.config.js";

type RouteManifest = Record<string, { id: string; parentId?: string; file: string; path?: string }>;

const manifest = (await remixConfig.routes?.(defineRoutes)) as RouteManifest;
const routes = Object.values(manifest);
const source = (file: string) => readFileSync(path.join("app", file), "utf8");

describe("the route tree", () => {
  test("is read from the + folders", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(manifest["routes/$lang+/trainer+/cohorts_.$id_.edit"]?.parentId).toBe(
      "routes/$lang+/_layout",
    );
  });

  // A page nested under a parent that renders no <Outlet /> answers 200 with the parent's
  // content: that is how the cohort edit page was lost.
  test("every route with children renders an outlet", () => {
    const parents = new Set(routes.map((r) => r.parentId).filter((id) => id && id !== "root"));
    const withoutOutlet = [...parents].filter((id) => {
      const route = manifest[id as string];
      return route && !/<Outlet\b/.test(source(route.file));
    });
    expect(withoutOutlet).toEqual([]);
  });

  test("a page and its children never share a URL by accident", () => {
    const byPath = new Map<string, string[]>();
    for (const route of routes) {
      let fullPath = "";
      for (let r: (typeof routes)[number] | undefined = route; r; r = manifest[r.parentId ?? ""]) {
        fullPath = `${r.path ?? ""}/${fullPath}`;
      }
      const key = fullPath.replace(/\/+/g, "/") + (route.id.endsWith("_index") ? "[index]" : "");
      byPath.set(key, [...(byPath.get(key) ?? []), route.id]);
    }
    const clashes = [...byPath.values()].filter((ids) => ids.length > 1);
    expect(clashes).toEqual([]);
  });
});
