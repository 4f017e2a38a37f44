import { describe, expect, test } from "vitest";

import { type DocCheckInput, docProblems } from "../../scripts/lib/doc-check.ts";
import { looksLikePath, markdownMentions } from "../../scripts/lib/doc-references.ts";
import { schemaVocabularies, writtenValues } from "../../scripts/lib/schema-vocabularies.ts";

const SCHEMA = `model User {
  id   String @id
  /// one of: learner | admin (ROLES)
  role String @default("learner")
}

model Payment {
  id     String @id
  /// \`open\` until Stripe answers.
  /// one of: open | paid
  status String @default("open")
}
`;

const PAYMENTS = `export async function pay(id: string) {
  await prisma.payment.update({ where: { id, status: { in: ["open"] } }, data: { status: "paid" } });
}`;

/** A small repository whose docs are right; each test breaks one thing. */
function repository(): DocCheckInput & { files: Set<string> } {
  return {
    markdown: [
      {
        file: "README.md",
        text: [
          "Run `npm run build`, then `npm start`; the server is `server.js` (`app/payments.ts`).",
          "Each course has a `meta.yaml`; `npm run db:setup` writes `.env`.",
          "See [the first record](docs/decisions/0001-first.md) and `/en/courses/:id` in a browser.",
          "```sh",
          "cat /etc/hosts node_modules/x/y.js",
          "```",
        ].join("\n"),
      },
      { file: "docs/decisions/0001-first.md", text: "Back to [the README](../../README.md)." },
    ],
    schema: { file: "prisma/schema.prisma", text: SCHEMA },
    scripts: { build: "remix build", start: "node server.js", "db:setup": "tsx x.ts" },
    files: new Set([
      "README.md",
      "server.js",
      "app/payments.ts",
      "app/roles.ts",
      "courses/a/meta.yaml",
      "docs/decisions/0001-first.md",
    ]),
    made: [".env"],
    sources: [
      { file: "app/roles.ts", text: `export const ROLES = ["learner", "admin"] as const;` },
      { file: "app/payments.ts", text: PAYMENTS },
    ],
  };
}

describe("the docs check", () => {
  test("passes when every file, script, record and value exists", () => {
    expect(docProblems(repository())).toEqual([]);
  });

  test("fails on a file that does not exist, with its line", () => {
    const input = repository();
    input.files.delete("app/payments.ts");
    expect(docProblems(input)).toEqual(["README.md:1: `app/payments.ts` does not exist"]);
  });

  test("fails on a link to a missing file, and on a decision record the README does not link", () => {
    const input = repository();
    input.files.delete("README.md");
    input.markdown.push({ file: "docs/decisions/0002-second.md", text: "Short." });
    expect(docProblems(input)).toEqual([
      "docs/decisions/0001-first.md:1: link to ../../README.md: not found",
      "README.md: no link to docs/decisions/0002-second.md",
    ]);
  });

  test("fails on an npm script that package.json does not have", () => {
    const input = repository();
    delete input.scripts["db:setup"];
    expect(docProblems(input)).toEqual(['README.md:2: no npm script "db:setup"']);
  });

  test("fails on a value the code writes that the schema comment does not list", () => {
    const input = repository();
    input.sources.push({
      file: "app/closing.ts",
      text: `tx.payment.updateMany({ where: { id }, data: { status: "closing" } });`,
    });
    expect(docProblems(input)).toEqual([
      'prisma/schema.prisma:10 (Payment.status): the code writes "closing", not listed',
    ]);
  });

  test("fails on a listed value that the code never writes, or its declaration lacks", () => {
    const input = repository();
    input.schema.text = SCHEMA.replace("open | paid", "open | paid | refunded").replace(
      "learner | admin (ROLES)",
      "learner | admin | owner (ROLES)",
    );
    expect(docProblems(input)).toEqual([
      'prisma/schema.prisma:3 (User.role): "owner" is not in ROLES',
      'prisma/schema.prisma:10 (Payment.status): "refunded" is never written by the code',
    ]);
  });

  test("fails when the named declaration is missing, or the values are not written as a list", () => {
    const input = repository();
    input.sources.shift();
    input.schema.text = SCHEMA.replace("/// one of: open | paid", "/// open | paid");
    expect(docProblems(input)).toEqual([
      'prisma/schema.prisma:10 (Payment.status): write the values as "/// one of: a | b | c"',
      "prisma/schema.prisma:3 (User.role): ROLES is declared 0 times in app/ (as an `as const` array or a string union)",
    ]);
  });
});

describe("what counts as a mention", () => {
  test("paths in code spans and relative links, outside code blocks", () => {
    const { paths, links } = markdownMentions(
      "`a/b.ts` and `tsx scripts/c.ts`, [d](docs/d.md#x), [e](https://e.org)\n```\n`f/g.ts`\n```",
    );
    expect(paths.map((p) => p.text)).toEqual(["a/b.ts", "scripts/c.ts"]);
    expect(links.map((l) => l.text)).toEqual(["docs/d.md"]);
  });

  test("URLs, absolute paths, placeholders, globs and packages are not repository paths", () => {
    const notPaths = [
      "https://x.org/a",
      "/:lang/admin/emails",
      "/etc/systemd/x.conf",
      "~/x.ts",
      "courses/<slug>/meta.yaml",
      "backups/….sqlite",
      "*.test.ts",
      "@prisma/adapter-pg",
      "DATABASE_URL=file:./x.db",
      "text/html",
      "node_modules/x/y.js",
    ];
    expect(notPaths.filter(looksLikePath)).toEqual([]);
    expect(["app/routes/$lang+/_index.tsx", "server.js", "courses/"].every(looksLikePath)).toBe(
      true,
    );
  });

  test("values written to a field are read from the Prisma writes on its model only", () => {
    const source = `prisma.jobOffer.update({ data: { status: "closed" } });
      prisma.payment.findMany({ where: { status: "open" } });
      tx.payment.upsert({ create: { status: "open" }, update: { status: { not: "paid" } } });`;
    expect(writtenValues(source, "JobOffer", "status")).toEqual(["closed"]);
    expect(writtenValues(source, "Payment", "status")).toEqual(["open", "paid"]);
  });

  test("a list of values with the declaration that holds them", () => {
    expect(schemaVocabularies(SCHEMA).vocabularies).toMatchObject([
      { model: "User", field: "role", values: ["learner", "admin"], declaration: "ROLES" },
      { model: "Payment", field: "status", values: ["open", "paid"], defaultValue: "open" },
    ]);
  });
});
