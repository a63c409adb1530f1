import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";
import { lineField } from "@/lib/text-input";

const id = z.string().trim().min(1).max(64);

export const createClassInput = z.object({ name: lineField(TEXT_LIMITS.className, 1) });

/** Codes are normalised by the mutation: learners type them with spaces, hyphens or in lower case. */
export const joinClassInput = z.object({ code: z.string().trim().min(1).max(TEXT_LIMITS.joinCode) });

export const classIdInput = z.object({ classId: id });

export const learnerInput = z.object({ classId: id, userId: id });

export const glossaryInput = z.object({ classId: id, text: z.string().max(TEXT_LIMITS.glossary) });

export const ASSIGNMENT_TARGETS = ["READ_ALL", "SAVE_WORDS", "REVIEW_KEY_VOCAB"] as const;

export const assignInput = z
  .object({
    classId: id,
    passageId: id,
    /** A calendar day ("2026-12-01"); the assignment is due at its end in the teacher's time zone. */
    dueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional(),
    target: z.enum(ASSIGNMENT_TARGETS),
    targetCount: z.number().int().min(1).max(500).nullable().optional(),
  })
  .refine((input) => input.target !== "SAVE_WORDS" || (input.targetCount ?? 0) >= 1, {
    path: ["targetCount"],
    message: "required",
  });

export const unassignInput = z.object({ classId: id, passageId: id });

export type AssignInput = z.infer<typeof assignInput>;
