import rule from "../../../src/model/rules/durable.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.5 × term (indefinite: true → 1, else duration_years on the scale 0 → 0, 1 → 0.1,
// 5 → 0.4, 10 → 0.6, 25 → 0.9, flat beyond) + 0.2 × min(1, notice_months / 12)
// + 0.3 when withdrawal.needs_legislature; then × (1 − 0.6 × the role-weighted share of guarantors
// whose power, regime or alignment changed since signing, the adversary counting as changed).
const c = (commitment: Record<string, unknown>) => ({ commitment });
const w = (notice_months?: number, needs_legislature?: boolean) => ({
  ...(notice_months !== undefined ? { notice_months } : {}),
  ...(needs_legislature !== undefined ? { needs_legislature } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "no end date, a year's notice, a vote to leave",
      proposal: c({ indefinite: true, withdrawal: w(12, true) }),
      message: ["no end date", "12 months' notice to leave", "leaving needs the legislature"],
    },
    {
      name: "indefinite wins over a stated duration; notice beyond 12 months is capped",
      proposal: c({ duration_years: 3, indefinite: true, withdrawal: w(36, true) }),
    },
  ],
  partial: [
    // 0.5 × 0.6 + 0.2 × 6/12
    {
      name: "ten years, six months' notice, no vote needed",
      proposal: c({ duration_years: 10, withdrawal: w(6, false) }),
      score: 0.4,
      path: ["commitment", "duration_years"],
      message: ["10 years", "6 months' notice to leave", "leaving needs no legislative vote"],
    },
    // 3 years: 0.1 + 0.3 × 2/4 = 0.25 → 0.125; notice 24 → capped 0.2
    {
      name: "three years, two years' notice",
      proposal: c({ duration_years: 3, withdrawal: w(24) }),
      score: 0.325,
      message: "legislative vote to leave not stated",
    },
    // 50 years: flat 0.9 → 0.45; + 0.3
    {
      name: "fifty years and a vote to leave",
      proposal: c({ duration_years: 50, withdrawal: w(undefined, true) }),
      score: 0.75,
      message: "withdrawal notice not stated",
    },
    // half a year: 0.1 × 0.5 = 0.05 → 0.025
    { name: "six months' duration", proposal: c({ duration_years: 0.5 }), score: 0.025 },
    // indefinite: false is a stated end date of nothing: 5 years → 0.4 → 0.2
    {
      name: "five years, explicitly not indefinite",
      proposal: c({ duration_years: 5, indefinite: false }),
      score: 0.2,
    },
    {
      name: "only a vote to leave",
      proposal: c({ withdrawal: w(undefined, true) }),
      score: 0.3,
      message: "duration not stated",
    },
    // the one guarantor changed since signing: 1 × (1 − 0.6)
    {
      name: "a guarantor whose regime changed since signing",
      proposal: {
        ...c({ indefinite: true, withdrawal: w(12, true) }),
        guarantors: [{ name: "Russia", changed_since_signing: ["regime"] }],
      },
      score: 0.4,
      message: "changed since signing: Russia (regime)",
    },
    // a lead (3) changed, a member (1) not: 1 − 0.6 × 3/4
    // the adversary among the guarantors is not one to rely on: it counts as changed, 1 − 0.6 × 1/2
    {
      name: "one of two guarantors is the adversary",
      proposal: {
        ...c({ indefinite: true, withdrawal: w(12, true) }),
        adversary: "Russia",
        guarantors: [{ name: "A" }, { name: "Russia", stance: "adversary" }],
      },
      score: 0.7,
    },
    {
      name: "the lead changed, a member did not",
      proposal: {
        ...c({ indefinite: true, withdrawal: w(12, true) }),
        guarantors: [
          { name: "A", role: "lead", changed_since_signing: ["power", "alignment"] },
          { name: "B", role: "member" },
        ],
      },
      score: 0.55,
    },
  ],
  fail: [
    {
      name: "not indefinite, no notice, no vote",
      proposal: c({ indefinite: false, withdrawal: w(0, false) }),
      path: ["commitment", "duration_years"],
      message: "0 months' notice to leave",
    },
  ],
  absent: [
    {
      name: "commitment",
      proposal: {},
      field: ["commitment"],
      values: [{}, { duration_years: 1 }, { indefinite: false }],
      message: ["duration not stated", "withdrawal notice not stated", "legislative vote to leave not stated"],
      path: ["commitment"],
    },
    {
      name: "commitment.duration_years",
      proposal: c({ withdrawal: w(6) }),
      field: ["commitment", "duration_years"],
      values: [0.01, 1, 100],
      message: "duration not stated",
      path: ["commitment", "duration_years"],
    },
    {
      name: "commitment.withdrawal.notice_months",
      proposal: c({ indefinite: true }),
      field: ["commitment", "withdrawal", "notice_months"],
      values: [0, 1, 12],
      message: "withdrawal notice not stated",
    },
    {
      name: "commitment.withdrawal.needs_legislature",
      proposal: c({ duration_years: 5 }),
      field: ["commitment", "withdrawal", "needs_legislature"],
      values: [false, true],
      message: "legislative vote to leave not stated",
    },
  ],
});
