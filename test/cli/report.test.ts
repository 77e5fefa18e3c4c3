// End to end through the built binary: `guarantee-score report PATH... --format html --output FILE`.
// What the page holds is checked here as text; test/report/html.browser.test.ts opens it in Chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";
import { referenceScore } from "../helpers/weights.js";

const ref = (name: string) => join(ROOT, "proposals", `${name}.yaml`);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-report-"));
  mkdirSync(join(dir, "drafts"));
  const draft = readFileSync(ref("coalition-backstop-2025"), "utf8")
    .replace(/^id: .*$/m, "id: my-draft")
    .replace(/^title: .*$/m, 'title: "My <b>draft</b> & <script>alert(1)</script>"');
  writeFileSync(join(dir, "drafts", "draft.yaml"), draft);
  writeFileSync(
    join(dir, "drafts", "weak.yaml"),
    "id: weak\ntitle: Weak\nbeneficiary: Ukraine\nadversary: Russia\nguarantors:\n  - name: France\n",
  );
  writeFileSync(
    join(dir, "broken.yaml"),
    "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
  );
});

const points = (html: string, kind: string) =>
  [...html.matchAll(new RegExp(`<g class="point ${kind}" data-proposal-id="([^"]+)"`, "g"))].map((m) => m[1]);

describe("guarantee-score report --format html", () => {
  it("writes one page with a point for every proposal and every reference, and the scorecards", async () => {
    const r = run(["report", "drafts", "--format", "html", "--output", "out.html"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("wrote out.html (2 files, 10 references)");
    const html = readFileSync(join(dir, "out.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(points(html, "proposal").sort()).toEqual(["my-draft", "weak"]);
    expect(points(html, "reference")).toHaveLength(10);
    expect(points(html, "reference")).toContain("budapest-memorandum-1994");
    expect(html).toContain(
      `data-proposal-id="budapest-memorandum-1994" data-kind="reference" data-credibility="${await referenceScore("budapest-memorandum-1994")}" data-rejected="0" data-quadrant="hollow"`,
    );
    expect(html).toContain(
      `data-proposal-id="coalition-backstop-2025" data-kind="reference" data-credibility="${await referenceScore("coalition-backstop-2025")}"`,
    );
    expect(html.match(/<article class="scorecard"/g)).toHaveLength(2);
    expect(html).toContain("not a prediction");
    expect(html).toContain("What would raise the score most");
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("is self-contained: no script, no external resource, and a policy that forbids loading any", () => {
    run(["report", "drafts", "-o", "self.html"], { cwd: dir });
    const html = readFileSync(join(dir, "self.html"), "utf8");
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    // The only attribute that names a URL: a link to an http(s) source a file cites, loaded only when followed.
    const links = /<a href="https?:\/\/[^"\s]*" rel="nofollow noopener noreferrer">/g;
    expect(html).toMatch(links);
    expect(html.replace(links, "")).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
  });

  it("escapes text from a proposal", () => {
    const html = run(["report", join("drafts", "draft.yaml")], { cwd: dir }).stdout;
    expect(html).toContain("My &lt;b&gt;draft&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("lists an invalid file without charting it, and exits 1", () => {
    const r = run(["report", "drafts", "broken.yaml", "-o", "mixed.html"], { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, "mixed.html"), "utf8");
    expect(points(html, "proposal")).toHaveLength(2);
    expect(html).toContain("Invalid, not scored: 1 problem.");
    expect(html).toContain("broken.yaml:5:13");
  });

  it("exits 2 for a path that matches nothing or an unknown format, and writes nothing", () => {
    for (const args of [
      ["report", "nope.yaml", "-o", "never.html"],
      ["report", "drafts", "-f", "pdf", "-o", "never.html"],
      ["report"],
    ]) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(existsSync(join(dir, "never.html"))).toBe(false);
  });

  it("exits 2 at once, saying why, for an output in a missing folder or onto a folder; leaves no temporary file", () => {
    const missing = run(["report", "drafts", "-o", "no/such/folder/page.html"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^guarantee-score: cannot write no\/such\/folder\/page\.html: no such folder .*no\/such\/folder\n$/,
    );
    const folder = run(["report", "drafts", "-o", "drafts"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe("guarantee-score: cannot write drafts: it is a folder\n");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
