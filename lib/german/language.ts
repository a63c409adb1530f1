// Tells German from English with function words, which make up a large share of any running text
// while names ("Center for Strategic and International Studies", "Trump Tower") add only a few.
// Words that exist in both languages with different meanings ("was", "will", "war", "also", "an",
// "in", "so", "man", "hat", "not", "her") are left out of both lists: they would count for both.

const GERMAN = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
  "und", "oder", "aber", "doch", "denn", "weil", "wenn", "dass", "daß", "ob", "als", "wie",
  "ist", "sind", "sei", "wird", "werden", "wurde", "wurden", "hatte", "hatten", "haben", "habe",
  "kann", "können", "muss", "müssen", "soll", "sollen", "waren", "wäre", "würde",
  "ich", "du", "er", "sie", "es", "wir", "ihr", "ihm", "ihn", "ihre", "sein", "seine", "seiner",
  "seinem", "seinen", "sich", "uns", "mich", "mir", "dich", "dir",
  "nicht", "kein", "keine", "auch", "noch", "nur", "schon", "sehr", "mehr", "immer", "hier",
  "mit", "von", "vom", "zu", "zum", "zur", "auf", "aus", "bei", "beim", "nach", "für", "über",
  "unter", "vor", "zwischen", "durch", "gegen", "ohne", "um", "im", "ins", "seit", "dieser",
  "diese", "dieses", "diesem", "diesen", "welche", "sagte", "heute",
]);

const ENGLISH = new Set([
  "the", "a", "of", "and", "or", "but", "to", "for", "with", "on", "at", "by", "from", "into",
  "about", "as", "is", "are", "were", "be", "been", "being", "have", "has", "had", "do", "does",
  "did", "would", "could", "should", "can", "this", "that", "these", "those", "there", "their",
  "they", "we", "our", "you", "your", "he", "his", "she", "it", "its", "which", "who", "what",
  "when", "where", "why", "how", "than", "then", "if", "my", "me", "i", "said", "just",
  "over", "after", "more", "out", "up",
]);

/**
 * Frequent French, Spanish, Italian and Dutch function words. They count against both verdicts, so a
 * French paragraph is not called German just because it contains "des" or "die".
 */
const OTHER = new Set([
  "le", "la", "les", "et", "est", "un", "une", "du", "de", "avec", "pour", "dans", "que", "qui",
  "pas", "sur", "au", "aux", "ce", "il", "elle", "nous", "vous", "el", "los", "las", "y", "en",
  "con", "para", "por", "una", "del", "lo", "di", "che", "per", "non", "sono", "het", "een", "niet",
]);

/** Minimum number of telling words before a verdict; a heading of three nouns stays "unknown". */
const MIN_EVIDENCE = 2;

/** Detects whether a text is German or English; "unknown" when there is too little to go on. */
export function detectLanguage(text: string): "de" | "en" | "unknown" {
  let de = 0;
  let en = 0;
  let other = 0;
  for (const [raw] of text.matchAll(/[\p{L}’']+/gu)) {
    const word = raw.toLowerCase();
    // Umlauts and ß are strong German evidence even in content words ("Präsident", "größten").
    if (GERMAN.has(word) || /[äöüß]/.test(word)) de++;
    else if (ENGLISH.has(word)) en++;
    else if (OTHER.has(word)) other++;
  }
  if (de + en < MIN_EVIDENCE) return "unknown";
  // A clear majority is required: mixed text with no winner is not called either way.
  if (de >= 2 * (en + other)) return "de";
  if (en >= 2 * (de + other)) return "en";
  return "unknown";
}
