import { describe, expect, test, vi } from "vitest";

import { handleIntent, parseIntent } from "~/utils/intent.server.ts";

function form(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  return formData;
}

/** Runs `run` and returns the Response it throws. */
function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

function handlers() {
  return {
    archive: vi.fn(() => "archived" as const),
    "add-session": vi.fn((formData: FormData) => ({ place: formData.get("place") })),
  };
}

describe("handleIntent", () => {
  test("each known intent reaches its own handler, with the form, and only it", () => {
    const first = handlers();
    expect(handleIntent(form({ intent: "archive" }), first)).toBe("archived");
    expect(first.archive).toHaveBeenCalledOnce();
    expect(first["add-session"]).not.toHaveBeenCalled();

    const second = handlers();
    const posted = form({ intent: "add-session", place: "Room 4" });
    expect(handleIntent(posted, second)).toEqual({ place: "Room 4" });
    expect(second["add-session"]).toHaveBeenCalledWith(posted);
    expect(second.archive).not.toHaveBeenCalled();
  });

  test.each([
    ["an unknown intent", { intent: "delete-everything" }],
    ["no intent", { place: "Room 4" }],
    ["an empty intent", { intent: "" }],
    ["a name every object has", { intent: "constructor" }],
    ["a name of the prototype", { intent: "__proto__" }],
  ])("%s is a 400 and no handler runs", async (_, fields) => {
    const all = handlers();
    const response = thrown(() => handleIntent(form(fields), all));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/intent/);
    expect(all.archive).not.toHaveBeenCalled();
    expect(all["add-session"]).not.toHaveBeenCalled();
  });
});

describe("parseIntent", () => {
  test("returns the posted intent when it is one of the page's", () => {
    expect(parseIntent(form({ intent: "renew" }), ["close", "renew"])).toBe("renew");
  });

  test("a file posted as the intent is a 400", () => {
    const formData = new FormData();
    formData.append("intent", new Blob(["close"]), "close");
    expect(thrown(() => parseIntent(formData, ["close", "renew"])).status).toBe(400);
  });
});
