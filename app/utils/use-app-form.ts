import { type DefaultValue, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

type FormSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

type Options<Schema extends FormSchema> = {
  /** Needed when a page has several forms, so that each keeps its own state. */
  id?: string;
  /** What the action answered last (the server's errors, or a reset). */
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: DefaultValue<z.input<Schema>>;
};

/**
 * Every form's Conform setup: the action's Zod schema also checks the form in the browser (first
 * when a field loses focus, then as it is corrected), and gives the browser its constraints
 * (required, min, max…) for when JavaScript is off.
 */
export function useAppForm<Schema extends FormSchema>(
  schema: Schema,
  options: Options<Schema> = {},
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    ...options,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
