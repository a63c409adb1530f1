"use client";
import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { PASSWORD_MIN } from "../schema";
import { AuthField } from "./auth-field";
import { PasswordStrength } from "./password-strength";

interface Props {
  name: string;
  label: string;
  /** What is typed, judged as it is typed. */
  password: string;
  /** Words anyone could guess for this person (name, address): they make a password weaker. */
  personal: string[];
  error?: string;
  onChange?(event: ChangeEvent<HTMLInputElement>): void;
}

/** A new password with the rule as its hint and the strength estimate under it, both read with the field. */
export function NewPasswordField({ name, label, password, personal, error, onChange }: Props) {
  const t = useTranslations("Auth");
  const id = `field-${name}`;
  return (
    <>
      <AuthField
        name={name}
        type="password"
        label={label}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
        error={error}
        aria-describedby={[`${id}-hint`, `${id}-strength`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        onChange={onChange}
      />
      <PasswordStrength id={`${id}-strength`} password={password} personal={personal} />
    </>
  );
}
