// -o: the format comes from a known extension or is refused, `-` is standard output, and the
// HTML page can be one of check's outputs (issue 17, item 4).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const FILE = join(ROOT, "proposals/nato-article5.yaml");
const tmp = () => mkdtempSync(join(tmpdir(), "gs-out-"));

describe("check -o FILE takes the format from the extension", () => {
  it("-o r.sarif writes SARIF beside the table on standard output", () => {
    const dir = tmp();
    // Wide enough that the file's absolute name, whatever the checkout's path, stays on one line.
    const r = run(["check", FILE, "-o", "r.sarif", "-o", "r.xml", "-o", "r.md"], { cwd: dir, env: { COLUMNS: "400" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nato-article5\.yaml.*passed/);
    expect(JSON.parse(readFileSync(join(dir, "r.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(dir, "r.xml"), "utf8")).toMatch(/^<\?xml/);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toMatch(/^## guarantee-score/);
  });

  it("a file with the main format's extension takes it off standard output", () => {
    const dir = tmp();
    const r = run(["check", FILE, "-f", "json", "-o", "r.json"], { cwd: dir });
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).summary.files).toBe(1);
  });

  it("an unknown extension is refused before anything is written (exit 2)", () => {
    const dir = tmp();
    const r = run(["check", FILE, "-o", "r.log"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell the format of r\.log from its extension.*-o table=r\.log/);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(run(["check", FILE, "-o", "table=r.log"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "r.log"), "utf8")).toMatch(/┌/);
  });
});

describe("- is standard output", () => {
  it("-o sarif=- with the main format in a file prints SARIF and writes no file named -", () => {
    const dir = tmp();
    const r = run(["check", FILE, "-o", "r.txt", "-o", "sarif=-"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe("2.1.0");
    expect(existsSync(join(dir, "-"))).toBe(false);
    // A file gets 80 columns, so the absolute name may wrap: the name and the result are there.
    const text = readFileSync(join(dir, "r.txt"), "utf8");
    expect(text.replace(/[│\s]/g, "")).toContain("nato-article5.yaml");
    expect(text).toMatch(/│ passed /);
  });

  it("two formats on standard output are a usage error", () => {
    const r = run(["check", FILE, "-o", "sarif=-"], { cwd: tmp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/two formats would go to standard output/);
  });
});

describe("html in check and score", () => {
  it("-o html=report.html writes the page with the chart of the references", () => {
    const dir = tmp();
    const r = run(["check", FILE, "-o", "html=report.html"], { cwd: dir });
    expect(r.code).toBe(0);
    const page = readFileSync(join(dir, "report.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("nato-article5");
    expect(page).toContain("budapest-memorandum-1994"); // a reference on the chart
  });

  it("-o report.html is the same page", () => {
    const dir = tmp();
    run(["check", FILE, "-o", "report.html"], { cwd: dir });
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!doctype html>/);
  });
});
