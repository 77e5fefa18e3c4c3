// `init`: a new proposal that validates as it stands, with every field of the format in it.
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const tmp = () => mkdtempSync(join(tmpdir(), "gs-init-"));

/** Every property name the published JSON Schema of the format knows, at any depth. */
function schemaKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) schemaKeys(n, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties") for (const name of Object.keys(v as object)) out.add(name);
      schemaKeys(v, out);
    }
  }
  return out;
}

describe("guarantee-score init", () => {
  it("writes a proposal that validates as it stands, with the schema line pointing at the schema", () => {
    const dir = tmp();
    const r = run(["init", "drafts-2026.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote drafts-2026\.yaml/);
    const text = readFileSync(join(dir, "drafts-2026.yaml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    expect(existsSync(resolve(dir, schema!))).toBe(true);
    expect(text).toMatch(/^id: drafts-2026 /m);
    const v = run(["validate", "drafts-2026.yaml"], { cwd: dir });
    expect(v.stdout).toBe("drafts-2026.yaml: ok\n");
    expect(v.code).toBe(0);
  });

  it("has every field of the format in it, each with a comment", () => {
    const text = run(["init", "-"]).stdout;
    const keys = schemaKeys(JSON.parse(readFileSync(join(ROOT, "schema/proposal.schema.json"), "utf8")));
    expect(keys.size).toBeGreaterThan(50);
    const missing = [...keys].filter((k) => !new RegExp(`^[ #]*(- )?${k}:`, "m").test(text));
    expect(missing, "fields of the format missing from src/cli/commands/init-template.ts").toEqual([]);
    const uncommented = text
      .split("\n")
      .filter((l) => /^ *[a-z_]+:/.test(l) && !l.includes("#") && !/^ *(title|sources|military|withdrawal):/.test(l));
    expect(uncommented).toEqual([]);
  });

  it("refuses to overwrite a file unless --force", () => {
    const dir = tmp();
    writeFileSync(join(dir, "proposal.yaml"), "mine\n");
    const r = run(["init"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/proposal\.yaml exists; give --force/);
    expect(readFileSync(join(dir, "proposal.yaml"), "utf8")).toBe("mine\n");
    expect(run(["init", "--force"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, "proposal.yaml"), "utf8")).toMatch(/^title: New proposal/m);
  });

  it("--force replaces a link planted in the tree instead of writing through it", () => {
    const dir = tmp();
    const outside = join(tmp(), "victim.txt");
    writeFileSync(outside, "untouched\n");
    symlinkSync(outside, join(dir, "proposal.yaml"));
    expect(run(["init", "--force"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(outside, "utf8")).toBe("untouched\n");
    expect(lstatSync(join(dir, "proposal.yaml")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, "proposal.yaml"), "utf8")).toMatch(/^title: New proposal/m);
  });

  it("--from REFERENCE starts from a reference: same score, its own id, the schema line from its place", () => {
    const dir = tmp();
    const r = run(["init", "sub/../mine.yaml", "--from", "budapest-memorandum-1994"], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "mine.yaml"), "utf8");
    expect(text).not.toMatch(/^id: budapest/m);
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    expect(existsSync(resolve(dirname(join(dir, "mine.yaml")), schema!))).toBe(true);
    const mine = JSON.parse(run(["score", "-f", "json", "mine.yaml"], { cwd: dir }).stdout);
    const ref = JSON.parse(run(["score", "-f", "json", "proposals/budapest-memorandum-1994.yaml"]).stdout);
    expect(mine.results[0].score).toBe(ref.results[0].score);
    expect(mine.results[0].id).toBe("mine");
  });

  it("--from an unknown reference is a usage error with a suggestion", () => {
    const r = run(["init", "-", "--from", "budapest"], { cwd: tmp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--from: no reference "budapest".*the references are/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
