// Shell completion, generated from the command definitions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

/** COMPREPLY after sourcing the bash script and completing `line` (the cursor at its end). */
function complete(line: string, cwd: string): string[] {
  const script = join(cwd, "completion.bash");
  writeFileSync(script, run(["completion", "bash"]).stdout);
  const words = line.split(" ");
  const r = spawnSync(
    "bash",
    [
      "--norc",
      "-c",
      `source "$1"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _guarantee_score; printf '%s\\n' "\${COMPREPLY[@]}"`,
      "_",
      script,
    ],
    { cwd, encoding: "utf8" },
  );
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean).sort();
}

describe("guarantee-score completion", () => {
  const dir = mkdtempSync(join(tmpdir(), "gs-completion-"));
  writeFileSync(join(dir, "draft.yaml"), "");

  it("bash: commands, files, each command's options and an option's values", () => {
    expect(complete("guarantee-score ch", dir)).toEqual(["check"]);
    expect(complete("guarantee-score dr", dir)).toEqual(["draft.yaml"]);
    expect(complete("guarantee-score check --min", dir)).toEqual(["--min-score"]);
    expect(complete("guarantee-score check -f s", dir)).toEqual(["sarif"]);
    expect(complete("guarantee-score list --f", dir)).toEqual(["--format"]);
    expect(complete("guarantee-score init --f", dir)).toEqual(["--force", "--from"]);
    expect(complete("guarantee-score --ver", dir)).toEqual(["--version"]);
  });

  it("zsh and fish: every command and its options, and a shell's own syntax check where it is installed", () => {
    for (const shell of ["zsh", "fish"]) {
      const r = run(["completion", shell]);
      expect(r.code).toBe(0);
      for (const word of ["check", "validate", "init", "min-score", "sarif"]) expect(r.stdout).toContain(word);
      const file = join(dir, `completion.${shell}`);
      writeFileSync(file, r.stdout);
      const syntax = spawnSync(shell, ["-n", file], { encoding: "utf8" });
      if (!syntax.error) expect(syntax.stderr).toBe("");
    }
  });

  it("an unknown shell is a usage error", () => {
    const r = run(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown shell "powershell": expected one of bash, zsh, fish/);
  });
});
