// GitHub Actions workflow commands. GitHub shows at most ten annotations of each level per
// step, so errors (invalid files, failed gates) come first, then warnings (other failed
// criteria), then notices (waived failures); ten of each at most, then one notice that
// counts what was left out (it takes the tenth notice's place, so that it is shown too).
// Values are escaped as GitHub documents: data %, CR, LF; properties also `:` and `,`.
import type { FileReport } from "../run/result.js";
import { posix } from "../util/glob.js";
import { githubData, githubProperty } from "./escape.js";
import { summaryLine } from "./text.js";
import { exactName } from "../util/sanitize.js";
import type { Formatter } from "./sink.js";

export const GITHUB_LIMIT = 10;
type Level = "error" | "warning" | "notice";

// The name exactly, or visibly encoded (a file that then matches none in the repository):
// a cleaned name, newlines turned to spaces, could point the annotation at another, real file.
// Backslashes separate folders on Windows only; elsewhere they are part of the name.
const fileProperty = (file: string) =>
  githubProperty(exactName(process.platform === "win32" ? posix(file) : file.replace(/^\.\//, "")));

const command = (level: Level, file: string, line: number, col: number, title: string, message: string) =>
  `::${level} file=${fileProperty(file)},line=${line},col=${col},title=${githubProperty(title)}::${githubData(message)}\n`;

function annotations(r: FileReport): [Level, string][] {
  if (!r.valid)
    return r.errors.map((d) => [
      "error",
      command(
        "error",
        r.file,
        d.line,
        d.column,
        "invalid-proposal",
        `${d.path ? `${d.path}: ` : ""}${d.message}${d.hint ? ` (${d.hint})` : ""}`,
      ),
    ]);
  const out: [Level, string][] = r.gate.failures.map((f) => [
    "error",
    command("error", r.file, f.line, f.column, f.rule, f.message),
  ]);
  for (const c of r.criteria) {
    if (
      c.status === "fail" &&
      !r.gate.failures.some((f) => f.rule === c.id) &&
      !r.gate.waived.some((w) => w.rule === c.id)
    )
      out.push(["warning", command("warning", r.file, c.line, c.column, c.id, `${c.title}: ${c.message}`)]);
  }
  for (const w of r.gate.waived)
    out.push([
      "notice",
      command(
        "notice",
        r.file,
        w.line,
        w.column,
        w.rule,
        `waived: ${w.message}; ${w.waiver.reason} (owner ${w.waiver.owner}, until ${w.waiver.expires})`,
      ),
    ]);
  return out;
}

export const github: Formatter = () => {
  const kept: Record<Level, string[]> = { error: [], warning: [], notice: [] };
  const left: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  return {
    begin: (head) => {
      // The configuration used and what it changed, as every format states it.
      if (head.config.file)
        kept.notice.push(
          `::notice title=guarantee-score configuration::${githubData(`${exactName(head.config.file)}${head.config.changes.length ? `: ${head.config.changes.join("; ")}` : ""}`)}\n`,
        );
      return "";
    },
    file: (r) => {
      for (const [level, text] of annotations(r)) {
        if (kept[level].length < GITHUB_LIMIT) kept[level].push(text);
        else left[level]++;
      }
      return "";
    },
    end: (tail) => {
      if ((left.error || left.warning || left.notice) && kept.notice.length === GITHUB_LIMIT) {
        kept.notice.pop();
        left.notice++;
      }
      const more = (["error", "warning", "notice"] as Level[])
        .filter((l) => left[l])
        .map((l) => `${left[l]} more ${l}${left[l] === 1 ? "" : "s"}`);
      const rest = more.length
        ? `::notice title=guarantee-score::${githubData(`${more.join(", ")} not shown: GitHub shows ${GITHUB_LIMIT} annotations of each level per step; see the full report`)}\n`
        : "";
      return `${kept.error.join("")}${kept.warning.join("")}${kept.notice.join("")}${rest}${summaryLine(tail.summary)}\n`;
    },
  };
};
