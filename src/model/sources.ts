import type { Source } from "./kernel.js";

// The five articles the criteria come from (see docs/sources.md for what each argues).
export const LANGER: Source = {
  author: "Andrew Langer",
  title: "The US-Ukraine Security Guarantees: An Explanation",
  publication: "blog essay",
  date: "2025-08-18",
  short: "Langer 2025",
};
export const RUTLAND: Source = {
  author: "Peter Rutland",
  title: "The 'security guarantee' paradox: Too weak and it won't protect Ukraine; too robust and Russia won't",
  publication: "The Conversation",
  date: "2025-08",
  short: "Rutland 2025",
};
export const PAPER: Source = {
  author: "unsigned news analysis",
  title: "American Security Guarantees for Ukraine: Why Paper Without an Enforcement Mechanism Is Worth Nothing",
  publication: "news site",
  date: "2025-12",
  short: "Dec 2025 analysis",
};
export const PIFER: Source = {
  author: "Steven Pifer",
  title: "column on security guarantees after the 18 August 2025 White House meeting",
  publication: "CISAC News",
  date: "2025-08-26",
  short: "Pifer 2025",
};
export const FRAGILE_SHIELD: Source = {
  author: "unsigned",
  title: "A Fragile Shield: Can US Security Guarantees Truly End the War in Ukraine?",
  publication: "news site",
  date: "2025-08",
  short: "Fragile Shield 2025",
};

// Beyond the five articles: none of them reports the 2022 draft's cap on Ukraine's army, so
// the one acceptability item that rests on it cites the press report the reference library uses.
export const NYT_2022_DRAFTS: Source = {
  author: "The New York Times",
  title:
    "Ukraine-Russia Peace Is as Elusive as Ever. But in 2022 They Were Talking (with the draft treaties of March and April 2022)",
  publication: "The New York Times",
  date: "2024-06-15",
  short: "NYT 2024",
};
