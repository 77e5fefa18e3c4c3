import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/util/version.js";
import { ROOT, run } from "../helpers/run.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("version", () => {
  it("src/version.ts VERSION equals package.json version", () => {
    expect(VERSION, `src/version.ts says ${VERSION} but package.json says ${pkg.version}: update src/version.ts`).toBe(
      pkg.version,
    );
  });

  it("is a semantic version", () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/);
  });

  it("`guarantee-score --version` prints it", () => {
    const r = run(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});
