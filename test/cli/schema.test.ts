import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { proposalJsonSchema } from "../../src/schema/json-schema.js";
import { guarantorSchema, NATO, proposalSchema, STANCES } from "../../src/schema/proposal.js";
import { ROOT, STACK_TRACE, assertBuilt, run } from "../helpers/run.js";

const COMMITTED = join(ROOT, "schema/proposal.schema.json");
const REGENERATE = "node bin/guarantee-score.js schema > schema/proposal.schema.json";

type JsonSchema = {
  type?: string;
  required?: string[];
  additionalProperties?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  [k: string]: unknown;
};

let printed: ReturnType<typeof run>;
beforeAll(() => {
  assertBuilt();
  printed = run(["schema"]);
});

describe("guarantee-score schema", () => {
  it("exits 0 and prints JSON only on stdout", () => {
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe("");
    expect(() => JSON.parse(printed.stdout)).not.toThrow();
    expect(printed.stdout.endsWith("}\n")).toBe(true);
  });

  it("schema/proposal.schema.json is in sync with the zod schema", () => {
    const committed = readFileSync(COMMITTED, "utf8");
    expect(
      committed,
      `schema/proposal.schema.json is out of date with src/schema/proposal.ts. Regenerate it: ${REGENERATE}`,
    ).toBe(printed.stdout);
  });

  it("prints what the source derives from zod (the binary is not stale)", () => {
    expect(JSON.parse(printed.stdout), "dist/ is older than src/: rebuild with npm run build").toEqual(
      proposalJsonSchema(),
    );
  });

  it("`schema proposal` names the same schema explicitly", () => {
    expect(run(["schema", "proposal"]).stdout).toBe(printed.stdout);
  });

  it("is a closed draft-07 object schema at the root", () => {
    const s = JSON.parse(printed.stdout) as JsonSchema;
    expect(s.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(s.type).toBe("object");
    expect(s.additionalProperties).toBe(false);
    expect(s.required?.sort()).toEqual(["beneficiary", "guarantors", "title"]);
  });

  it("has exactly the zod schema's keys, at the root and in a guarantor", () => {
    const s = JSON.parse(printed.stdout) as JsonSchema;
    expect(Object.keys(s.properties ?? {}).sort()).toEqual(Object.keys(proposalSchema.shape).sort());
    const guarantor = s.properties!.guarantors!.items!;
    expect(guarantor.additionalProperties).toBe(false);
    expect(Object.keys(guarantor.properties ?? {}).sort()).toEqual(Object.keys(guarantorSchema.shape).sort());
    expect(guarantor.properties!.stance!.enum).toEqual([...STANCES]);
    expect(s.properties!.nato!.enum).toEqual([...NATO]);
  });

  it("closes every nested object, so an editor flags typos as the CLI does", () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) walk(n, `${path}[${i}]`);
        return;
      }
      if (!node || typeof node !== "object") return;
      const n = node as JsonSchema;
      if (n.type === "object" && n.additionalProperties !== false) open.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(JSON.parse(printed.stdout), "#");
    expect(open).toEqual([]);
  });

  it("an unknown schema name is a usage error (exit 2), without a stack trace", () => {
    const r = run(["schema", "nonsense"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nonsense");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe("");
  });
});
