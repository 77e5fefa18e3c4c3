// One direction of dependency (docs/architecture.md): every import in src/ runs down the layers
// or stays in its own, no files import each other in a cycle, and formats import no registry.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkLayers, importGraph, LAYERS } from "../scripts/layers.mjs";
import { rules } from "../src/model/rules/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

describe("the layers of src/", () => {
  it("has no import upwards, no cycle and no format or command importing the model", () => {
    expect(checkLayers(SRC)).toEqual([]);
  });

  it("has an engine and a CLI that name no criterion", () => {
    const ids = rules.map((r) => r.meta.id);
    const named = [...importGraph(SRC).keys()]
      .filter((f) => f.startsWith("engine/") || f.startsWith("cli/"))
      .flatMap((f) => {
        const text = readFileSync(join(SRC, f), "utf8");
        return ids.filter((id) => text.includes(`"${id}"`)).map((id) => `${f} names ${id}`);
      });
    expect(named).toEqual([]);
  });

  it("sees every file, in a layer, and the imports between them", () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(90);
    for (const file of graph.keys()) expect(LAYERS).toContain(file.split("/")[0]);
    // A type-only import and a dynamic one count like any other.
    expect(graph.get("present/json.ts")).toContain("run/result.ts");
    expect(graph.get("cli/commands/report.ts")).toContain("present/html.ts");
  });
});

describe("checkLayers", () => {
  const root = mkdtempSync(join(tmpdir(), "gs-layers-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const tree = (name: string, files: Record<string, string>) => {
    const dir = join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };

  it("accepts imports that run down or stay in their layer", () => {
    const dir = tree("ok", {
      "util/a.ts": "export const a = 1;\n",
      "engine/b.ts": 'import { a } from "../util/a.js";\nexport const b = a;\n',
      "engine/c.ts": 'import { b } from "./b.js";\nexport const c = b;\n',
      "cli/d.ts": 'import("../engine/c.js");\nimport "node:fs";\n',
    });
    expect(checkLayers(dir)).toEqual([]);
  });

  it("reports an import upwards, type-only or dynamic alike", () => {
    const dir = tree("up", {
      "engine/a.ts": 'import type { B } from "../analysis/b.js";\nexport type A = B;\n',
      "analysis/b.ts": 'export type B = number;\nexport const later = () => import("../cli/c.js");\n',
      "cli/c.ts": "export {};\n",
    });
    expect(checkLayers(dir)).toEqual([
      "analysis/b.ts imports cli/c.ts: upwards, analysis → cli",
      "engine/a.ts imports analysis/b.ts: upwards, engine → analysis",
    ]);
  });

  it("reports a cycle, even inside one layer", () => {
    const dir = tree("cycle", {
      "run/a.ts": 'export { b } from "./b.js";\n',
      "run/b.ts": 'import { c } from "./c.js";\nexport const b = c;\n',
      "run/c.ts": 'import "./a.js";\nexport const c = 1;\n',
    });
    expect(checkLayers(dir)).toEqual(["cycle: run/a.ts → run/b.ts → run/c.ts → run/a.ts"]);
  });

  it("reports a format that imports the model, and a file outside the layers", () => {
    const dir = tree("present", {
      "model/rules.ts": "export const rules = [];\n",
      "present/sarif.ts": 'import { rules } from "../model/rules.js";\nexport const n = rules.length;\n',
      "extra/x.ts": "export {};\n",
    });
    expect(checkLayers(dir)).toEqual([
      "extra/x.ts: not in a layer (util, schema, model, engine, analysis, run, present, cli)",
      "present/sarif.ts imports model/rules.ts: present → model (formats receive plain data and import no registry)",
    ]);
  });

  it("reports a command that imports the model", () => {
    const dir = tree("cli", {
      "model/rules.ts": "export const rules = [];\n",
      "cli/check.ts": 'import { rules } from "../model/rules.js";\nexport const n = rules.length;\n',
    });
    expect(checkLayers(dir)).toEqual([
      "cli/check.ts imports model/rules.ts: cli → model (the CLI knows no rule: it asks run/catalogue.ts)",
    ]);
  });
});
