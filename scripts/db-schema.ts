import { readFileSync, writeFileSync } from "node:fs";

import {
  POSTGRES_SCHEMA,
  postgresSchema,
  SQLITE_SCHEMA,
} from "../prisma/postgresql/derive-schema.ts";

/** Writes PostgreSQL's schema from the models in prisma/schema.prisma. */
writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
