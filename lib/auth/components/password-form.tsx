"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { authClient } from "../client";
import { changePasswordSchema } from "../schema";
import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { NewPasswordField } from "./new-password-field";
import { useAuthSubmit } from "./use-auth-submit";
import { useFieldErrors } from "./use-field-errors";

/**
 * Current and new password, posted to better-auth's change-password (rate-limited per address, the new
 * one checked against the password rule). The server ends every other session whatever is sent.
 */
export function PasswordForm({ personal }: { personal: string[] }) {
  const ta = useTranslations("Account.password");
  const hydrated = useHydrated();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { accept, fieldError } = useFieldErrors(form);
  const [password, setPassword] = useState("");
  const [changed, setChanged] = useState(false);
  const { pending, message, run } = useAuthSubmit();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const data = new FormData(event.currentTarget);
    const input = accept(
      changePasswordSchema.safeParse({
        currentPassword: data.get("currentPassword"),
        newPassword: data.get("newPassword"),
      }),
    );
    if (!input) return;
    const ok = await run(
      (onError) => authClient.changePassword({ ...input, revokeOtherSessions: true, fetchOptions: { onError } }),
      { navigates: false },
    );
    if (!ok) return;
    form.current?.reset();
    setPassword("");
    setChanged(true);
    router.refresh(); // the session list below now shows this device only
  }

  return (
    <form
      ref={form}
      className="auth-form"
      method="post"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="password-title"
    >
      <FormAlert id="password-form-alert" message={message} />
      <AuthField
        name="currentPassword"
        type="password"
        label={ta("current")}
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <NewPasswordField
        name="newPassword"
        label={ta("new")}
        password={password}
        personal={personal}
        error={fieldError("newPassword")}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      <button type="submit" className="button-primary" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? ta("submitting") : ta("submit")}
      </button>
      <p role="status" className="field-hint">
        {changed ? ta("changed") : null}
      </p>
    </form>
  );
}
