// A file that is not a valid proposal may be anything: a secret in the working tree, a
// configuration file full of tokens. Its diagnostics quote only what locates the error, and
// never more than QUOTE_MAX characters of it: yaml's messages lose the source text they
// quote, a file that is one scalar is described, not quoted, found values and keys are cut.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/run/config.js";
import { rules } from "../../src/model/rules/index.js";
import { QUOTE_MAX } from "../../src/schema/diagnostic.js";
import { loadText, type LoadResult } from "../../src/schema/load.js";
import { run } from "../helpers/run.js";

const TOKEN = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"; // 42 characters, longer than QUOTE_MAX
const BASE = "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n";

const problems = (r: LoadResult) => {
  if (r.ok) throw new Error("expected an invalid file");
  return r.diagnostics;
};
/** Everything a diagnostic says, as every format could print it. */
const said = (r: LoadResult) =>
  problems(r)
    .map((d) => [d.message, d.path, d.expected ?? "", d.found ?? "", d.hint ?? ""].join(" "))
    .join("\n");

describe("what a diagnostic quotes of a file", () => {
  it("yaml's syntax errors keep their words and lose the source text they quote", () => {
    // .git/config after actions/checkout: `Unexpected scalar token in YAML stream: "basic <token>"`
    const gitConfig = `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`;
    const text = said(loadText(gitConfig, "config.yaml"));
    expect(text).not.toContain(TOKEN.slice(0, 8));
    expect(text).not.toContain("AUTHORIZATION");
    expect(text).toMatch(/Unexpected .* token in YAML stream/);
  });

  it("a file that is one text (/etc/passwd, a token) is described, not quoted", () => {
    for (const content of [
      `${TOKEN}\n`,
      "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n",
    ]) {
      const d = problems(loadText(content, "f.yaml"))[0]!;
      expect(d).toMatchObject({ path: "(root)", expected: "a mapping", line: 1, column: 1 });
      expect(d.found).toMatch(/^text \(\d+ characters\)$/);
      expect(said(loadText(content, "f.yaml"))).not.toMatch(/ghp_|root:x/);
    }
  });

  it("a value found, a key, a duplicate key and an alias are cut at QUOTE_MAX characters", () => {
    const cases = [
      `${BASE}    stance: ${TOKEN}\n`, // a value out of its enumeration
      `${BASE}${TOKEN}: 1\n`, // an unknown key
      `${BASE}x: 1\nx: 2\n${TOKEN}: 1\n${TOKEN}: 2\n`, // a duplicate key
      `${BASE}summary: *${TOKEN}\n`, // an alias without its anchor
    ];
    for (const text of cases) {
      const r = loadText(text, "f.yaml");
      const all = said(r);
      expect(all, text).toContain(TOKEN.slice(0, QUOTE_MAX - 1)); // enough to recognise it
      expect(all, text).not.toContain(TOKEN.slice(0, QUOTE_MAX)); // and no more
      expect(all).toContain("…");
    }
  });

  it("a short value or key is quoted whole: the author sees the typo", () => {
    const d = problems(loadText(`${BASE}    stance: ally\n`, "f.yaml"))[0]!;
    expect(d).toMatchObject({ path: "guarantors[0].stance", found: '"ally"' });
    expect(problems(loadText(`${BASE}guarantor: x\n`, "f.yaml"))[0]!).toMatchObject({
      path: "guarantor",
      message: 'unknown key "guarantor"',
      found: '"guarantor"',
    });
  });

  it("a configuration file gets the same treatment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-quote-"));
    try {
      const file = join(dir, "c.yaml");
      writeFileSync(file, `waivers: ${TOKEN}\n${TOKEN}: 1\n`);
      const r = await loadConfig(file, rules);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const text = r.diagnostics.map((d) => `${d.message} ${d.path} ${d.found ?? ""}`).join("\n");
      expect(text).not.toContain(TOKEN.slice(0, QUOTE_MAX));
      const cli = run(["check", join(dir, "c.yaml"), "--config", file]);
      expect(cli.code).toBe(2);
      expect(cli.stderr).toContain("invalid configuration");
      expect(cli.stderr).not.toContain(TOKEN.slice(0, QUOTE_MAX));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
