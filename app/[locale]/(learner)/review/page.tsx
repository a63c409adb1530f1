import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { ReviewSession } from "@/lib/review/components/review-session";
import { ReviewSettings } from "@/lib/review/components/review-settings";
import { reviewQueue } from "@/lib/review/data";
import { requireUser } from "@/lib/server/loaders";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Review" });
  return { title: t("title") };
}

export default async function ReviewPage({ params }: Props) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireUser("/review");
  const [t, queue] = await Promise.all([getTranslations("Review"), reviewQueue(viewer.id)]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {/* The session keeps its own queue; a new daily limit starts a new session with the new queue. */}
      <ReviewSession
        key={queue.dailyNewLimit}
        cards={queue.cards}
        newToday={queue.newToday}
        dailyNewLimit={queue.dailyNewLimit}
        nextDue={queue.nextDue}
        newWaiting={queue.newWaiting}
      />
      <ReviewSettings dailyNewLimit={queue.dailyNewLimit} dailyGoal={queue.dailyGoal} />
    </div>
  );
}
