/**
 * The values a schema comment allows for a field (`/// one of: a | b | c`, optionally naming
 * the code's declaration of them: `/// one of: a | b (ROLES)`), and the values the code
 * declares or writes. Pure functions: scripts/check-docs.ts reads the files.
 */

export type Vocabulary = {
  model: string;
  field: string;
  line: number;
  values: string[];
  /** The `as const` array or string union that declares the values, when the comment names one. */
  declaration?: string;
  defaultValue?: string;
};

export type SchemaComment = { line: number; text: string };

const ONE_OF = /^one of:\s*(.+?)(?:\s+\((\w+)\))?$/;
const VALUE = /^[\w.-]+$/;

/** Every `//` or `///` comment line of a Prisma schema, without its slashes. */
export function schemaComments(schema: string): SchemaComment[] {
  return schema.split("\n").flatMap((text, index) => {
    const match = /^\s*\/\/\/?\s?(.*)$/.exec(text);
    return match ? [{ line: index + 1, text: (match[1] ?? "").trim() }] : [];
  });
}

/**
 * The fields whose comment lists their values. A comment that looks like a list of values
 * (`a | b`) without `one of:`, or a list that cannot be read, is returned as a problem.
 */
export function schemaVocabularies(schema: string) {
  const vocabularies: Vocabulary[] = [];
  const problems: string[] = [];
  let model = "";
  let pending: { line: number; text: string }[] = [];
  schema.split("\n").forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    const doc = /^\/\/\/\s?(.*)$/.exec(text);
    if (doc) return void pending.push({ line, text: (doc[1] ?? "").trim() });
    const block = /^model\s+(\w+)\s*\{/.exec(text);
    const field = /^(\w+)\s+\w+/.exec(text);
    if (block) model = block[1] ?? "";
    else if (text === "}") model = "";
    else if (model && field) {
      for (const comment of pending) {
        const list = ONE_OF.exec(comment.text);
        const where = `prisma/schema.prisma:${comment.line} (${model}.${field[1]})`;
        if (!list) {
          if (/^[\w-]+(?:\s*\|\s*[\w-]+)+/.test(comment.text)) {
            problems.push(`${where}: write the values as "/// one of: a | b | c"`);
          }
          continue;
        }
        const values = (list[1] ?? "").split("|").map((value) => value.trim());
        if (!values.every((value) => VALUE.test(value))) {
          problems.push(`${where}: cannot read the values in "${comment.text}"`);
          continue;
        }
        vocabularies.push({
          model,
          field: field[1] ?? "",
          line: comment.line,
          values,
          declaration: list[2],
          defaultValue: /@default\("([^"]*)"\)/.exec(text)?.[1],
        });
      }
    }
    pending = [];
  });
  return { vocabularies, problems };
}

const strings = (text: string) => [...text.matchAll(/"([^"\\]*)"/g)].map((m) => m[1] ?? "");

/**
 * The values of `export const NAME = [...] as const` or `export type NAME = "a" | "b"` in a
 * module; undefined when the module declares neither.
 */
export function declaredValues(source: string, name: string) {
  const array = new RegExp(`export const ${name}\\s*=\\s*\\[([^\\]]*)\\]\\s*as const`).exec(source);
  if (array) return strings(array[1] ?? "");
  const union = new RegExp(`export type ${name}\\s*=\\s*((?:\\|?\\s*"[^"]*"\\s*)+);`).exec(source);
  return union ? strings(union[1] ?? "") : undefined;
}

/** The text between the parenthesis at `open` and the one that closes it. */
function argumentsAt(source: string, open: number) {
  let depth = 0;
  let quote = "";
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/**
 * String literals a module gives `field` in the arguments of Prisma writes on `model`
 * (`prisma.payment.updateMany({ where: { status: "open" }, data: { status: "closing" } })`):
 * `field: "x"` and `field: { in: ["x", "y"] }`, `not`, `notIn`. Values passed through a
 * variable are not seen, and a nested write to another model's field of the same name
 * would be counted here.
 */
export function writtenValues(source: string, model: string, field: string) {
  const delegate = model.charAt(0).toLowerCase() + model.slice(1);
  const call = new RegExp(
    `\\.${delegate}\\s*\\.\\s*(?:create|createMany|update|updateMany|upsert)\\(`,
    "g",
  );
  const literal = new RegExp(
    `\\b${field}\\s*:\\s*(?:("[^"]*")|\\{\\s*(?:in|notIn|not)\\s*:\\s*(\\[[^\\]]*\\]|"[^"]*"))`,
    "g",
  );
  const values = new Set<string>();
  for (const match of source.matchAll(call)) {
    const args = argumentsAt(source, (match.index ?? 0) + match[0].length - 1);
    for (const found of args.matchAll(literal)) {
      for (const value of strings(found[1] ?? found[2] ?? "")) values.add(value);
    }
  }
  return [...values];
}

/** Problems between the values a comment lists and the values the code has. */
export function compareVocabulary(
  vocabulary: Vocabulary,
  code: { declared?: string[]; written: string[] },
) {
  const where = `prisma/schema.prisma:${vocabulary.line} (${vocabulary.model}.${vocabulary.field})`;
  const listed = new Set(vocabulary.values);
  const problems: string[] = [];
  const written = new Set(code.written);
  if (vocabulary.defaultValue !== undefined) written.add(vocabulary.defaultValue);
  for (const value of written) {
    if (!listed.has(value)) problems.push(`${where}: the code writes "${value}", not listed`);
  }
  if (vocabulary.declaration) {
    const declared = new Set(code.declared ?? []);
    for (const value of declared) {
      if (!listed.has(value))
        problems.push(`${where}: ${vocabulary.declaration} has "${value}", not listed`);
    }
    for (const value of listed) {
      if (!declared.has(value))
        problems.push(`${where}: "${value}" is not in ${vocabulary.declaration}`);
    }
  } else {
    for (const value of listed) {
      if (!written.has(value)) problems.push(`${where}: "${value}" is never written by the code`);
    }
  }
  return problems;
}
