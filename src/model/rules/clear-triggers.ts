import { defineRule } from "../kernel.js";
import { interpolate, NOT_STATED } from "../scale.js";
import { fmt, plural } from "../../util/number.js";
import { FRAGILE_SHIELD } from "../sources.js";
import {
  BENSON_2011,
  BERKEMEIER_FUHRMANN_2018,
  CHIBA_JOHNSON_LEEDS_2015,
  LEEDS_LONG_MITCHELL_2000,
} from "../studies.js";

// Hours from a trigger to action → credit: within a day is full, a week or more little.
const RESPONSE = [
  [24, 1],
  [72, 0.75],
  [168, 0.5],
  [720, 0.25],
] as const;

export default defineRule({
  meta: {
    id: "clear-triggers",
    title: "Clear red lines and a response time",
    weight: 7,
    prior: 6,
    sources: [FRAGILE_SHIELD],
    rationale:
      "A Fragile Shield holds that the red lines which activate a guarantee must be clear enough to leave an aggressor no room for misinterpretation.",
    scoring:
      "0.35 for at least one written trigger in commitment.triggers, 0.45 for two or more, halved when commitment.excludes leaves part of the territory out; 0.2 when commitment.names_threat says the text names the threat it answers; plus 0.35 × commitment.response_hours on a scale (24 h or less 1, 72 h 0.75, a week 0.5, 30 days or more 0.25), halved when the obligation is only to consult or less, since the hours are then time to meet, not to act. Not stated 0.",
    research: [
      {
        stance: "supports",
        finding:
          "Alliances that come into force only if the adversary attacks went with about 18% fewer challenges from third parties; other kinds of deterrent alliance did not deter violent conflict.",
        citation: BENSON_2011,
      },
      {
        stance: "supports",
        finding:
          "Democracies, which pay most for breaking promises, write alliances that limit the conditions under which they must fight: the careful, conditional promise is the one meant to be kept.",
        citation: CHIBA_JOHNSON_LEEDS_2015,
      },
      {
        stance: "supports",
        finding:
          "Judged against the conditions each treaty set (which attacker, where, what help), alliance commitments were honoured 74.5% of the time, far more often than measures that ignored the conditions suggested.",
        citation: LEEDS_LONG_MITCHELL_2000,
      },
      {
        stance: "supports",
        finding:
          "In the project's count of their data, conditional commitments were honoured 58% of the time (57 of 99) and unconditional ones 34% (16 of 47); commitments that named a specific threat 68%, others 38%.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
    ],
    disagreement:
      "Sources and studies agree that stated conditions help; the studies value a named threat and limited, conditional promises, which the score now credits, while the response time it also rewards is the sources' idea, which no study tests.",
  },
  evaluate(p) {
    const c = p.commitment;
    const triggers = c?.triggers ?? [];
    const hours = c?.response_hours;
    // The hours mean time to act; under a duty only to consult (or less) they are time to meet, worth half.
    const acts = c?.obligation === "assist" || c?.obligation === "defend";
    const response = hours === undefined ? 0 : interpolate(hours, RESPONSE) * (acts ? 1 : 0.5);
    // A red line that leaves part of the territory out is no red line there: the triggers count half.
    const excluded = c?.excludes ?? [];
    const written = (triggers.length >= 2 ? 0.45 : triggers.length ? 0.35 : 0) * (excluded.length ? 0.5 : 1);
    const score = written + (c?.names_threat === true ? 0.2 : 0) + 0.35 * response;
    const parts = [
      triggers.length ? plural(triggers.length, "trigger") + " written down" : `triggers ${NOT_STATED}`,
      c?.names_threat === undefined
        ? `threat named ${NOT_STATED}`
        : c.names_threat
          ? "names the threat it answers"
          : "names no threat",
      hours === undefined
        ? `response time ${NOT_STATED}`
        : `${acts ? "action" : "a meeting, not action,"} within ${fmt(hours)} h`,
    ];
    if (excluded.length) parts.push(`territory left out: ${excluded.join(", ")}`);
    return {
      score,
      message: parts.join("; "),
      path: excluded.length
        ? ["commitment", "excludes"]
        : triggers.length
          ? ["commitment", "response_hours"]
          : ["commitment", "triggers"],
    };
  },
});
