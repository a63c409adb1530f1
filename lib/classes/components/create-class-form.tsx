"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { createClassAction } from "@/lib/classes/actions";
import { useHydrated } from "@/lib/use-hydrated";

export function CreateClassForm() {
  const t = useTranslations("TeacherClasses");
  const hydrated = useHydrated();
  const router = useRouter();
  const [name, setName] = useState("");
  const { pending, error, run } = useAction();
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => createClassAction({ name }),
          ({ id }) => router.push(`/classes/${id}`),
        );
      }}
    >
      <div className={styles.field}>
        <label htmlFor="class-name">{t("nameLabel")}</label>
        <input
          id="class-name"
          name="name"
          required
          maxLength={100}
          value={name}
          disabled={!hydrated}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("namePlaceholder")}
        />
      </div>
      <button type="submit" className={styles.primary} disabled={pending || !hydrated}>
        {pending ? t("creating") : t("create")}
      </button>
      <p role="alert" className={styles.error}>
        {error}
      </p>
    </form>
  );
}
