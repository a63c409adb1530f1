"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { authClient } from "../client";
import { signInSchema } from "../schema";
import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { useAuthSubmit } from "./use-auth-submit";
import { useFieldErrors } from "./use-field-errors";

/** Email and password, posted to better-auth's handler; then a full page load of `next` (a safe path). */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("Auth");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const { accept, fieldError } = useFieldErrors(form);
  const { pending, message, run } = useAuthSubmit();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = accept(signInSchema.safeParse({ email: data.get("email"), password: data.get("password") }));
    if (!input) return;
    const ok = await run((onError) => authClient.signIn.email({ ...input, fetchOptions: { onError } }));
    if (ok) window.location.assign(next);
    else form.current?.querySelector<HTMLInputElement>('[name="password"]')?.select();
  }

  return (
    <form ref={form} className="auth-form" method="post" noValidate onSubmit={onSubmit}>
      <FormAlert id="auth-form-alert" message={message} />
      <AuthField
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={fieldError("email")}
      />
      <AuthField
        name="password"
        type="password"
        label={t("fields.password")}
        autoComplete="current-password"
        required
        error={fieldError("password")}
      />
      <button type="submit" className="button-primary" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </button>
    </form>
  );
}
