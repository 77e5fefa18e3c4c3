// `backtest --fit`: the weights fitted to outcomes beside their priors and the weights in use, and what
// each set of weights scores, in-sample and held out. Pure: the calibration in, text out.
import type { Calibration, GroupFigures } from "../analysis/backtest/calibrate.js";
import { clean, toJson } from "../util/sanitize.js";
import { markdown as md } from "./escape.js";
import { draw } from "./grid.js";
import type { Paint } from "./text.js";

const f2 = (n: number) => n.toFixed(2);
/** "0.87 (0.78–0.95), leave-one-out": the held-out AUC, its 95% interval and how it was held out. */
const heldOutText = (g: GroupFigures) =>
  `${f2(g.heldOut)} (${f2(g.heldOutCi[0])}–${f2(g.heldOutCi[1])}), ${g.validation}`;

const NOTE =
  "Held out: each case scored by weights fitted without it, with a 95% bootstrap interval over those scores (the refits are not redone). The in-sample figures are not a test; the held-out ones are what the fit can claim.";

const method = (c: Calibration) =>
  `Fit: pairwise logistic loss (temperature ${c.options.temperature} points), each set weighing the same; log-weights pulled to the prior (${c.options.shrink}); floor ${c.options.floor}; ${c.options.iterations} steps. docs/backtest.md`;

/** A configuration block that sets the fitted weights. */
const snippet = (c: Calibration) => ["weights:", ...c.criteria.map((x) => `  ${x.id}: ${x.fitted}`)];

const same = (c: Calibration) => c.criteria.every((x) => x.fitted === x.weight);

export function calibrationTable(c: Calibration, paint: Paint): string {
  const weights = draw(
    { head: ["Criterion", "Prior", "In use", "Fitted"], widths: [24, 7, 8, 8], rules: false },
    c.criteria.map((x) => [x.id, String(x.prior), String(x.weight), String(x.fitted)]),
  );
  const aucs = draw(
    {
      head: ["Cases", "N", "Priors", "In use", "Fitted", "Held out"],
      widths: [22, 5, 8, 8, 8, 22],
      rules: false,
    },
    c.groups.map((g) => [clean(g.name), String(g.cases), f2(g.prior), f2(g.current), f2(g.inSample), heldOutText(g)]),
  );
  const verdict = same(c)
    ? "The weights in use are the fitted ones."
    : "The weights in use differ from the fitted ones; to use the fitted weights, put this in a configuration file:";
  return [
    paint.bold("Weights fitted to outcomes"),
    weights,
    "",
    paint.bold("AUC by set of cases"),
    aucs,
    paint.dim(NOTE),
    paint.dim(method(c)),
    "",
    verdict,
    ...(same(c) ? [] : snippet(c)),
    "",
  ].join("\n");
}

export function calibrationMarkdown(c: Calibration): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "## Weights fitted to outcomes",
    "",
    row(["criterion", "prior", "in use", "fitted"]),
    row(["---", "---:", "---:", "---:"]),
    ...c.criteria.map((x) => row([`\`${x.id}\``, String(x.prior), String(x.weight), String(x.fitted)])),
    "",
    row(["cases", "N", "priors", "in use", "fitted", "held out"]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    ...c.groups.map((g) =>
      row([md(g.name), String(g.cases), f2(g.prior), f2(g.current), f2(g.inSample), heldOutText(g)]),
    ),
    "",
    NOTE,
    "",
    method(c),
    "",
  ].join("\n");
}

export function calibrationJson(c: Calibration): string {
  return `${toJson({ ...c, sameAsInUse: same(c) })}\n`;
}
