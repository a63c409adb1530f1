// A noun with a verb of staying the night or of opening hours takes its sense of such a place: "Wir
// übernachteten in einer kleinen Pension am See" is Pension "guest house", not "civil servants' pension";
// "Das Geschäft an der Ecke schließt um sechs" is Geschäft "shop", not "business". A pension is not slept
// in, a deal does not open at nine.

import type { KindByVerb } from "./kind-sense";

// Verbs of staying somewhere for the night.
const STAYING_VERBS = new Set(`übernachten absteigen unterkommen einchecken auschecken logieren`.split(/\s+/));
// English for a place to stay: a sense's whole gloss.
const LODGING = /^(?:guest house|guesthouse|boarding house|hotel|inn|hostel|bed and breakfast)$/;

export const LODGINGS: KindByVerb = { verbs: STAYING_VERBS, gloss: LODGING };

// Verbs of a shop's hours: it opens, closes, is open.
const HOURS_VERBS = new Set(`öffnen schließen aufmachen zumachen aufhaben zuhaben`.split(/\s+/));
const SHOP = /^(?:shop|store)$/;

export const SHOPS: KindByVerb = { verbs: HOURS_VERBS, gloss: SHOP };
