// A summary fit for a pull-request comment: one row per file, then what failed, where.
import type { Checked } from "../engine/gates.js";
import { markdown as md } from "./escape.js";
import { summaryLine } from "./text.js";
import type { Formatter } from "./types.js";

const result = (r: Checked) => (!r.valid ? "❌ invalid" : r.gate.passed ? "✅ passed" : "❌ failed");

function details(r: Checked): string {
  const lines = r.valid
    ? [
        ...r.gate.failures.map((f) => `- **${md(f.rule)}** (line ${f.line}): ${md(f.message)}`),
        ...r.gate.waived.map((w) => `- *waived* **${md(w.rule)}** (line ${w.line}): ${md(w.waiver.reason)}, owner ${md(w.waiver.owner)}, until ${md(w.waiver.expires)}`),
      ]
    : r.errors.map((d) => `- line ${d.line}, column ${d.column}${d.path ? ` ${md(d.path)}` : ""}: ${md(d.message)}${d.hint ? ` (${md(d.hint)})` : ""}`);
  return lines.length ? `#### ${md(r.file)}\n\n${lines.join("\n")}\n` : "";
}

export const markdown: Formatter = () => {
  const pending: string[] = []; // details of failed, waived or invalid files only
  return {
    begin: (head) =>
      `## guarantee-score\n\n${head.config.file ? `Configuration: ${md(head.config.file)}${head.config.changes.length ? ` (${md(head.config.changes.join("; "))})` : ""}\n\n` : ""}` +
      "| File | Score | Tier | Result | Gates |\n|---|---:|---|---|---|\n",
    file: (r) => {
      const d = details(r);
      if (d) pending.push(d);
      const gates = [...r.gate.failures.filter((f) => f.rule !== "invalid").map((f) => md(f.rule)), ...r.gate.waived.map((w) => `${md(w.rule)} (waived)`)].join(", ");
      return `| ${md(r.file)} | ${r.valid ? r.score : "–"} | ${r.valid ? md(r.tier) : "–"} | ${result(r)} | ${gates || (r.valid ? "" : `${r.errors.length} problems`)} |\n`;
    },
    end: (tail) => {
      const waivers = tail.waivers
        .filter((w) => w.status !== "applied")
        .map((w) => `- ${w.status === "expired" ? "Expired" : "Unused"} waiver for **${md(w.waiver.rule)}** on ${md(w.waiver.file)} (owner ${md(w.waiver.owner)}, ${w.status === "expired" ? `ended ${md(w.waiver.expires)}` : "matched nothing"})`);
      return [
        pending.length ? `\n### Findings\n\n${pending.join("\n")}` : "",
        waivers.length ? `\n### Waivers\n\n${waivers.join("\n")}\n` : "",
        `\n**${summaryLine(tail.summary)}**\n`,
      ].join("");
    },
  };
};
