"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { authClient } from "../client";
import { signUpSchema } from "../schema";
import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { NewPasswordField } from "./new-password-field";
import { useAuthSubmit } from "./use-auth-submit";
import { useFieldErrors } from "./use-field-errors";

/** Name, email, password and "I teach a class"; the server decides the role from that one flag. */
export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations("Auth");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const { accept, fieldError } = useFieldErrors(form);
  const { pending, message, run } = useAuthSubmit();
  // What the strength line judges: the password, with the name and address as words anyone could guess.
  const [typed, setTyped] = useState({ name: "", email: "", password: "" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = accept(
      signUpSchema.safeParse({
        name: data.get("name"),
        email: data.get("email"),
        password: data.get("password"),
        teachesClass: data.get("teachesClass") === "on",
      }),
    );
    if (!input) return;
    const ok = await run((onError) => {
      // teachesClass is not part of better-auth's typed body: lib/server/auth.ts reads it in a hook.
      const body: Parameters<typeof authClient.signUp.email>[0] & { teachesClass: boolean } = {
        ...input,
        fetchOptions: { onError },
      };
      return authClient.signUp.email(body);
    });
    if (ok) window.location.assign(next);
  }

  return (
    <form
      ref={form}
      className="auth-form"
      method="post"
      noValidate
      onSubmit={onSubmit}
      onInput={(event) => {
        const data = new FormData(event.currentTarget);
        setTyped({
          name: String(data.get("name")),
          email: String(data.get("email")),
          password: String(data.get("password")),
        });
      }}
    >
      <FormAlert id="auth-form-alert" message={message} />
      <AuthField
        name="name"
        type="text"
        label={t("fields.name")}
        autoComplete="name"
        required
        maxLength={100}
        error={fieldError("name")}
      />
      <AuthField
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={fieldError("email")}
      />
      <NewPasswordField
        name="password"
        label={t("fields.password")}
        password={typed.password}
        personal={[typed.name, typed.email]}
        error={fieldError("password")}
      />
      <div className="field field--check">
        <input id="field-teachesClass" name="teachesClass" type="checkbox" aria-describedby="field-teachesClass-hint" />
        <label htmlFor="field-teachesClass">{t("signUp.teacher")}</label>
        <p id="field-teachesClass-hint" className="field-hint">
          {t("signUp.teacherHint")}
        </p>
      </div>
      <button type="submit" className="button-primary" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? t("signUp.submitting") : t("signUp.submit")}
      </button>
    </form>
  );
}
