// What every criterion and every acceptability item must say about the research beside it:
// a list of findings (possibly empty), each with a stance, the project's own words and a full
// citation listed in docs/evidence.md; and one plain line on where sources and studies part ways,
// which, when no study speaks to it, says so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Meta } from "../../src/model/kernel.js";
import { ROOT } from "./run.js";

const EVIDENCE = readFileSync(join(ROOT, "docs/evidence.md"), "utf8");

export function expectResearch(m: Meta): void {
  expect(Array.isArray(m.research), `${m.id}: research must be a list`).toBe(true);
  for (const f of m.research) {
    expect(["supports", "qualifies", "contradicts"], m.id).toContain(f.stance);
    expect(f.finding.trim().length, `${m.id}: a finding in a sentence or two`).toBeGreaterThan(40);
    expect(f.finding.split(/(?<=[.!?])\s+(?=[A-Z])/).length, `${m.id}: at most two sentences`).toBeLessThanOrEqual(2);
    for (const k of ["author", "title", "venue", "short"] as const)
      expect(f.citation[k].trim(), `${m.id}: citation ${k}`).not.toBe("");
    expect(
      Number.isInteger(f.citation.year) && f.citation.year > 1900 && f.citation.year <= 2030,
      `${m.id}: citation year`,
    ).toBe(true);
    expect(EVIDENCE, `${f.citation.short} is not listed in docs/evidence.md`).toContain(f.citation.title);
  }
  expect(m.disagreement.trim().length, `${m.id}: where sources and research part ways`).toBeGreaterThan(40);
  expect(m.disagreement, `${m.id}: one line`).not.toMatch(/\n/);
  // An empty list is allowed only with the reason: no study speaks to it.
  if (!m.research.length) expect(m.disagreement, `${m.id}: no research, and the reason`).toMatch(/^No study /);
  // docs/evidence.md has a section for it.
  expect(EVIDENCE, `docs/evidence.md has no section for ${m.id}`).toMatch(new RegExp(`^### \`${m.id}\``, "m"));
}
