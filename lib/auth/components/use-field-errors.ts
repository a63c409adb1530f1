"use client";
import { useTranslations } from "next-intl";
import { type RefObject, useState } from "react";
import type { z } from "zod";
import { fieldErrors, PASSWORD_MIN } from "../schema";

/**
 * The account forms' client-side check: a failed parse shows each field's translated error and puts the
 * caret in the first invalid field; a passing one clears them and hands back the data.
 */
export function useFieldErrors(form: RefObject<HTMLFormElement | null>) {
  const t = useTranslations("Auth");
  const [errors, setErrors] = useState<Record<string, string>>({});

  function accept<T>(parsed: z.ZodSafeParseResult<T>): T | null {
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      setErrors(fields);
      form.current?.querySelector<HTMLInputElement>(`[name="${Object.keys(fields)[0]}"]`)?.focus();
      return null;
    }
    setErrors({});
    return parsed.data;
  }

  const fieldError = (name: string) =>
    errors[name] ? t(`fields.${errors[name]}` as "fields.passwordRequired", { min: PASSWORD_MIN }) : undefined;

  return { accept, fieldError };
}
