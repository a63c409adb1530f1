// Typed message keys for next-intl: a key missing from messages/en fails `tsc`, and so does a locale
// that routing does not know. messages/de is checked against en by tests/unit/messages.test.ts.

import type { routing } from "./i18n/routing";
import type app from "./messages/en/app.json";
import type auth from "./messages/en/auth.json";
import type cards from "./messages/en/cards.json";
import type library from "./messages/en/library.json";
import type progress from "./messages/en/progress.json";
import type reader from "./messages/en/reader.json";
import type review from "./messages/en/review.json";
import type teacher from "./messages/en/teacher.json";
import type vocabulary from "./messages/en/vocabulary.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof app &
      typeof reader &
      typeof cards &
      typeof auth &
      typeof vocabulary &
      typeof review &
      typeof progress &
      typeof teacher &
      typeof library;
  }
}
