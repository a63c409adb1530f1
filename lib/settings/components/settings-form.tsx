"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { saveSettings } from "../actions";
import type { SettingsView } from "../data";
import { LEVELS } from "../levels";
import { DAILY_GOAL, DAILY_NEW_CARDS } from "../limits";
import styles from "./settings.module.css";

type Outcome = ActionResult<SettingsView> | { ok: false; error: "network"; fields?: undefined };
type Field = keyof SettingsView;

/** Level, time zone and daily targets. Posts as a plain form until hydrated, then without a reload. */
export function SettingsForm({ settings, timeZones }: { settings: SettingsView; timeZones: string[] }) {
  const t = useTranslations("Settings");
  // Before hydration the browser posts the form itself and the page comes back with this state.
  const [posted, formAction] = useActionState(saveSettings, null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const shown = outcome ?? posted;
  // The zone is controlled so that one adopted from the browser (the header's detector refreshes the
  // page) shows up here; remounting the form instead would drop the state of a form posted without JS.
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [serverZone, setServerZone] = useState(settings.timeZone);
  if (serverZone !== settings.timeZone) {
    setServerZone(settings.timeZone);
    setTimeZone(settings.timeZone);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await saveSettings(null, form).catch((): Outcome => ({ ok: false, error: "network" }));
      setOutcome(result);
    });
  }

  const invalid = (field: Field) => (shown && !shown.ok && shown.fields?.[field] ? t(`invalid.${field}`) : undefined);
  const id = (field: Field) => `settings-${field}`;
  const described = (field: Field) =>
    [`${id(field)}-hint`, invalid(field) ? `${id(field)}-error` : null].filter(Boolean).join(" ");
  const errorOf = (field: Field) => {
    const message = invalid(field);
    return message ? (
      <p id={`${id(field)}-error`} className="field-error">
        {message}
      </p>
    ) : null;
  };
  const numberField = (field: "dailyGoal" | "dailyNewLimit", { min, max }: { min: number; max: number }) => (
    <div className="field">
      <label htmlFor={id(field)}>{t(field)}</label>
      <input
        id={id(field)}
        name={field}
        className={styles.number}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        required
        defaultValue={settings[field]}
        aria-invalid={invalid(field) ? true : undefined}
        aria-describedby={described(field)}
      />
      <p id={`${id(field)}-hint`} className="field-hint">
        {t(`${field}Hint`)}
      </p>
      {errorOf(field)}
    </div>
  );

  return (
    <form className={styles.form} action={formAction} onSubmit={submit}>
      <div className="field">
        <label htmlFor={id("level")}>{t("level")}</label>
        <select
          id={id("level")}
          name="level"
          defaultValue={settings.level}
          aria-invalid={invalid("level") ? true : undefined}
          aria-describedby={described("level")}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </select>
        <p id={`${id("level")}-hint`} className="field-hint">
          {t("levelHint")}
        </p>
        {errorOf("level")}
      </div>
      <div className="field">
        <label htmlFor={id("timeZone")}>{t("timeZone")}</label>
        <select
          id={id("timeZone")}
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-invalid={invalid("timeZone") ? true : undefined}
          aria-describedby={described("timeZone")}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id={`${id("timeZone")}-hint`} className="field-hint">
          {t("timeZoneHint")}
        </p>
        {errorOf("timeZone")}
      </div>
      {numberField("dailyGoal", DAILY_GOAL)}
      {numberField("dailyNewLimit", DAILY_NEW_CARDS)}
      <div className={styles.actions}>
        {/* Not disabled while saving: a disabled button would drop the keyboard focus. */}
        <button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </button>
        <p role="status" className={`${styles.status} ${shown && !shown.ok ? styles.failed : ""}`}>
          {shown ? (shown.ok ? t("saved") : t(`errors.${shown.error}`)) : ""}
        </p>
      </div>
    </form>
  );
}
