import path from "node:path";

import type { z } from "zod";

/** Collects content problems, each naming the file it is about. */
export class ContentProblems {
  readonly list: { file: string; message: string }[] = [];

  constructor(private readonly root: string) {}

  add(file: string, message: string) {
    this.list.push({ file: path.relative(this.root, file) || file, message });
  }

  /** Validates `data` with `schema`; on failure records every issue and returns undefined. */
  parse<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      this.add(file, `${where}${issue.message}`);
    }
    return undefined;
  }

  format(): string {
    return this.list.map((p) => `  ${p.file}: ${p.message}`).join("\n");
  }
}
