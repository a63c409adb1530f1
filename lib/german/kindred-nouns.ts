// Nouns of one kind go with a verb in the same sense: Ding gives führen "to run" with "ein Geschäft führen",
// and "Sie führt ein kleines Hotel" is run as well, a hotel being a business as a shop is. The kinds are the
// closed classes the kind rules use (events, dwellings, vehicles, devices) and businesses.

import { DEVICE_NOUNS } from "./device-sense";
import { DWELLINGS, EVENTS } from "./kind-sense";
import { VEHICLES } from "./vehicle-sense";

// Businesses that someone runs (or a compound's last part: Familienhotel, Weinhandlung).
const BUSINESSES: ReadonlySet<string> = new Set(
  `Geschäft Laden Firma Betrieb Unternehmen Hotel Restaurant Gaststätte Gasthaus Kneipe Bar Café Imbiss Kiosk
  Bäckerei Metzgerei Apotheke Praxis Kanzlei Pension Handlung Werkstatt Agentur Boutique Supermarkt`.split(/\s+/),
);

// Medicines one takes.
const MEDICINES: ReadonlySet<string> = new Set(
  `Medikament Arznei Arzneimittel Tablette Pille Kapsel Tropfen Antibiotikum Schmerzmittel Präparat`.split(/\s+/),
);
// What one bears or takes on: responsibility, costs, risks.
const BURDENS: ReadonlySet<string> = new Set(`Verantwortung Schuld Risiko Kosten Haftung Last`.split(/\s+/));
// Agreements one concludes or takes out.
const AGREEMENTS: ReadonlySet<string> = new Set(
  `Vertrag Abkommen Vereinbarung Versicherung Abonnement Abo Kredit Pakt Bündnis`.split(/\s+/),
);
// Jobs that are created or cut.
const JOBS: ReadonlySet<string> = new Set(`Stelle Arbeitsplatz Job Personal Posten`.split(/\s+/));

// Musical instruments.
const INSTRUMENTS: ReadonlySet<string> = new Set(
  `Instrument Musikinstrument Gitarre Geige Violine Bratsche Cello Kontrabass Bass Klavier Flügel Harfe Laute
  Trompete Posaune Flöte Klarinette Saxofon Saxophon Orgel Zither Mandoline`.split(/\s+/),
);
// What a business or an investment yields.
const PROFITS: ReadonlySet<string> = new Set(`Gewinn Nutzen Ertrag Profit Rendite Dividende Überschuss`.split(/\s+/));
// Documents one hands in or fills in.
const DOCUMENTS: ReadonlySet<string> = new Set(
  `Formular Antrag Erklärung Zollerklärung Steuererklärung Bescheinigung Ausweis Führerschein Pass Reisepass
  Bewerbung Unterlagen Fragebogen Quittung`.split(/\s+/),
);

const KINDS: readonly ReadonlySet<string>[] = [
  EVENTS.nouns,
  DWELLINGS.nouns,
  VEHICLES,
  DEVICE_NOUNS,
  BUSINESSES,
  MEDICINES,
  BURDENS,
  AGREEMENTS,
  JOBS,
  INSTRUMENTS,
  PROFITS,
  DOCUMENTS,
];

/** The nouns of the same kinds as `noun`, itself among them; empty for a noun of no kind. */
export function kindredNouns(noun: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const kind of KINDS) if (kind.has(noun)) for (const n of kind) out.add(n);
  return out;
}
