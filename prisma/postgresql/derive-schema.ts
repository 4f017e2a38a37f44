/**
 * The data model is written once, in prisma/schema.prisma (SQLite, the default engine).
 * PostgreSQL's schema is derived from it: the same models, another datasource and client.
 */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/db-schema.ts (npm run db:generate).
// Do not edit: change prisma/schema.prisma, then regenerate.
`;

function replaceOnce(text: string, from: RegExp, to: string) {
  if (text.match(new RegExp(from, "g"))?.length !== 1)
    throw new Error(`${SQLITE_SCHEMA}: expected exactly one ${from}`);
  return text.replace(from, to);
}

export function postgresSchema(sqliteSchema: string) {
  const schema = replaceOnce(sqliteSchema, /provider = "sqlite"/, 'provider = "postgresql"');
  return (
    HEADER +
    replaceOnce(
      schema,
      /output( +)= "\.\.\/app\/generated\/prisma"/,
      'output$1= "../../app/generated/prisma-postgres"',
    )
  );
}
