// Which role a new account gets. Anyone may say "I teach a class" when signing up (a teacher account only
// sees learners who join its classes), but the `role` column is never client input: better-auth's
// `input: false` replaces a `role` in the body with the default, and update-user rejects it. Instead
// lib/server/auth.ts calls this from `databaseHooks.user.create.before`, only for the email sign-up
// endpoint, with the one boolean it needs, so no other value (or "ADMIN") can ever reach the column.
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

// JSON sends a boolean; a plain HTML form would send "on".
const teacherFlag = z.object({ teachesClass: z.union([z.literal(true), z.literal("true"), z.literal("on")]) });

export function roleForSignUp(body: unknown): Role {
  return teacherFlag.safeParse(body).success ? "TEACHER" : "LEARNER";
}
