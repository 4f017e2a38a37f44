import { z } from "zod";

import { DIGCOMP_COMPETENCES } from "~/content/digcomp.ts";
import { LEVELS, THEMES } from "~/content/vocabulary.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case slug");
const text = z.string().trim().min(1);
const digcomp = z.array(z.enum(DIGCOMP_COMPETENCES)).min(1);

export const courseMetaSchema = z.strictObject({
  order: z.number().int().positive(),
  theme: z.enum(THEMES),
  level: z.enum(LEVELS),
  minutes: z.strictObject({
    theory: z.number().int().positive(),
    practice: z.number().int().positive(),
    toolbox: z.number().int().positive(),
    reference: z.number().int().positive(),
  }),
  digcomp,
  jobs: z.array(slug),
  license: z.literal("CC-BY-SA-4.0"),
});
export type CourseMeta = z.infer<typeof courseMetaSchema>;

export const courseTextSchema = z.strictObject({
  title: text,
  summary: text,
  objectives: z.array(text).min(2).max(6),
});
export type CourseText = z.infer<typeof courseTextSchema>;

export const partFrontmatterSchema = z.strictObject({
  title: text,
  description: text,
});

export const quizSchema = z.strictObject({
  questions: z
    .array(
      z
        .strictObject({
          id: slug,
          prompt: text,
          multiple: z.boolean(),
          choices: z
            .array(z.strictObject({ text, correct: z.boolean().optional() }))
            .min(2)
            .max(6),
          explanation: text,
        })
        .refine((q) => q.choices.some((c) => c.correct), "needs at least one correct choice")
        .refine(
          (q) => q.multiple || q.choices.filter((c) => c.correct).length === 1,
          "a single-answer question needs exactly one correct choice",
        ),
    )
    .min(5)
    .max(8),
});
export type Quiz = z.infer<typeof quizSchema>;

export const jobMetaSchema = z.strictObject({
  order: z.number().int().positive(),
  digcomp,
  ecf: z
    .array(z.string().regex(/^[A-E]\.\d{1,2}$/, "must be an e-CF code such as D.10"))
    .optional(),
  isco: z
    .string()
    .regex(/^\d{4}$/, "must be a 4-digit ISCO-08 unit group")
    .optional(),
  esco: z
    .strictObject({
      uri: z
        .string()
        .regex(
          /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
          "must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>)",
        ),
      // ESCO's preferred label per language; English is required, the others where known.
      labels: z.strictObject({
        en: text,
        fr: text.optional(),
        it: text.optional(),
        es: text.optional(),
      }),
    })
    .optional(),
  related: z.array(slug),
});
export type JobMeta = z.infer<typeof jobMetaSchema>;

export const jobFrontmatterSchema = z.strictObject({ title: text, summary: text });

export const interviewMetaSchema = z.strictObject({
  job: slug,
  illustrative: z.boolean(),
  media: z
    .strictObject({ kind: z.enum(["video", "audio"]), url: z.url({ protocol: /^https$/ }) })
    .optional(),
});
export type InterviewMeta = z.infer<typeof interviewMetaSchema>;

export const interviewFrontmatterSchema = z.strictObject({
  title: text,
  summary: text,
  person: text,
  role: text,
});
