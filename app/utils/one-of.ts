/** Whether a value is one of an `as const` list of strings (a status, a role…). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/**
 * A string read from the database as one of its vocabulary. The schema types these columns as
 * plain strings (SQLite has no enums), so a value the code does not know is a broken row: it
 * fails here rather than slipping past every comparison.
 */
export function parseOneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if (isOneOf(values, value)) return value;
  throw new Error(`Unknown ${what} "${value}": expected one of ${values.join(", ")}`);
}
