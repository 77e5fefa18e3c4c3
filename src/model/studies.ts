// The empirical studies the criteria are held against (docs/evidence.md). The five articles in
// src/model/sources.ts say what commentators argue; these say what research found. Each finding
// cited from them was checked against the work's abstract.
import type { Study } from "./kernel.js";

export const LEEDS_LONG_MITCHELL_2000: Study = {
  author: "Brett Ashley Leeds, Andrew G. Long and Sara McLaughlin Mitchell",
  title: "Reevaluating Alliance Reliability: Specific Threats, Specific Promises",
  venue: "Journal of Conflict Resolution 44(5)",
  year: 2000,
  short: "Leeds, Long & Mitchell 2000",
};
export const BERKEMEIER_FUHRMANN_2018: Study = {
  author: "Molly Berkemeier and Matthew Fuhrmann",
  title: "Reassessing the fulfillment of alliance commitments in war",
  venue: "Research & Politics",
  year: 2018,
  short: "Berkemeier & Fuhrmann 2018",
};
export const LEEDS_2003_IO: Study = {
  author: "Brett Ashley Leeds",
  title: "Alliance Reliability in Times of War: Explaining State Decisions to Violate Treaties",
  venue: "International Organization 57(4)",
  year: 2003,
  short: "Leeds 2003 (IO)",
};
export const LEEDS_SAVUN_2007: Study = {
  author: "Brett Ashley Leeds and Burcu Savun",
  title: "Terminating Alliances: Why Do States Abrogate Agreements?",
  venue: "Journal of Politics 69(4)",
  year: 2007,
  short: "Leeds & Savun 2007",
};
export const LEEDS_MATTES_VOGEL_2009: Study = {
  author: "Brett Ashley Leeds, Michaela Mattes and Jeremy S. Vogel",
  title: "Interests, Institutions, and the Reliability of International Commitments",
  venue: "American Journal of Political Science 53(2)",
  year: 2009,
  short: "Leeds, Mattes & Vogel 2009",
};
export const LEEDS_2003_AJPS: Study = {
  author: "Brett Ashley Leeds",
  title:
    "Do Alliances Deter Aggression? The Influence of Military Alliances on the Initiation of Militarized Interstate Disputes",
  venue: "American Journal of Political Science 47(3)",
  year: 2003,
  short: "Leeds 2003 (AJPS)",
};
export const JOHNSON_LEEDS_2011: Study = {
  author: "Jesse C. Johnson and Brett Ashley Leeds",
  title: "Defense Pacts: A Prescription for Peace?",
  venue: "Foreign Policy Analysis 7(1)",
  year: 2011,
  short: "Johnson & Leeds 2011",
};
export const JOHNSON_LEEDS_WU_2015: Study = {
  author: "Jesse C. Johnson, Brett Ashley Leeds and Ahra Wu",
  title: "Capability, Credibility, and Extended General Deterrence",
  venue: "International Interactions 41(2)",
  year: 2015,
  short: "Johnson, Leeds & Wu 2015",
};
export const BENSON_2011: Study = {
  author: "Brett V. Benson",
  title: "Unpacking Alliances: Deterrent and Compellent Alliances and Their Relationship with Conflict, 1816–2000",
  venue: "Journal of Politics 73(4)",
  year: 2011,
  short: "Benson 2011",
};
export const KENWICK_VASQUEZ_POWERS_2015: Study = {
  author: "Michael R. Kenwick, John A. Vasquez and Matthew A. Powers",
  title: "Do Alliances Really Deter?",
  venue: "Journal of Politics 77(4)",
  year: 2015,
  short: "Kenwick, Vasquez & Powers 2015",
};
export const FEARON_1997: Study = {
  author: "James D. Fearon",
  title: "Signaling Foreign Policy Interests: Tying Hands versus Sinking Costs",
  venue: "Journal of Conflict Resolution 41(1)",
  year: 1997,
  short: "Fearon 1997",
};
export const FUHRMANN_SECHSER_2014: Study = {
  author: "Matthew Fuhrmann and Todd S. Sechser",
  title: "Signaling Alliance Commitments: Hand-Tying and Sunk Costs in Extended Nuclear Deterrence",
  venue: "American Journal of Political Science 58(4)",
  year: 2014,
  short: "Fuhrmann & Sechser 2014",
};
export const REITER_POAST_2021: Study = {
  author: "Dan Reiter and Paul Poast",
  title: "The Truth About Tripwires: Why Small Force Deployments Do Not Deter Aggression",
  venue: "Texas National Security Review 4(3)",
  year: 2021,
  short: "Reiter & Poast 2021",
};
export const LANOSZKA_2018: Study = {
  author: "Alexander Lanoszka",
  title: "Atomic Assurance: The Alliance Politics of Nuclear Proliferation",
  venue: "Cornell University Press",
  year: 2018,
  short: "Lanoszka 2018",
};
export const OMAHONY_2018: Study = {
  author: "Angela O'Mahony, Miranda Priebe, Bryan Frederick et al.",
  title: "U.S. Presence and the Incidence of Conflict",
  venue: "RAND Corporation, RR-1906",
  year: 2018,
  short: "O'Mahony et al. 2018",
};
export const MARTIN_2000: Study = {
  author: "Lisa L. Martin",
  title: "Democratic Commitments: Legislatures and International Cooperation",
  venue: "Princeton University Press",
  year: 2000,
  short: "Martin 2000",
};
export const CHIBA_JOHNSON_LEEDS_2015: Study = {
  author: "Daina Chiba, Jesse C. Johnson and Brett Ashley Leeds",
  title: "Careful Commitments: Democratic States and Alliance Design",
  venue: "Journal of Politics 77(4)",
  year: 2015,
  short: "Chiba, Johnson & Leeds 2015",
};

export const citeStudy = (s: Study) => `${s.author}, "${s.title}" (${s.venue}, ${s.year})`;
