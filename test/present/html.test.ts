// The HTML page as a pure function of its input: points, labels that do not collide,
// thresholds, escaping, and nothing that would reach the network.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/analysis/acceptability-config.js";
import type { Reference } from "../../src/analysis/references.js";
import { chart, esc, labelWidth, placeLabels, renderHtml, type Point } from "../../src/present/html.js";
import { ruleDescriptors } from "../../src/run/head.js";
import type { InvalidReport, RunHead } from "../../src/run/result.js";
import { fromText, HOSTILE_SAID_TEXT, PLAIN_TEXT, runReport, SAID_TEXT } from "./scorecard-helpers.js";

const HEAD: RunHead = {
  tool: { name: "guarantee-score", version: "9.9.9-test" },
  config: { file: null, changes: [] },
  gates: { failOn: [] },
  rules: ruleDescriptors(),
};
const REFS: Reference[] = [
  {
    id: "budapest-memorandum-1994",
    title: "Budapest",
    score: 18,
    tier: "paper assurance",
    rejected: 0,
    quadrant: "hollow",
  },
  {
    id: "consensus-guarantors-2022",
    title: "2022",
    score: 25,
    tier: "weak terms",
    rejected: 0,
    quadrant: "hollow",
  },
  {
    id: "coalition-backstop-2025",
    title: "Coalition",
    score: 50,
    tier: "partial terms",
    rejected: 58,
    quadrant: "contested",
  },
];

const invalid: InvalidReport = {
  file: "bad.yaml",
  valid: false,
  errors: [
    {
      code: "invalid-value",
      message: 'found "<ally>"',
      path: "guarantors[0].stance",
      line: 5,
      column: 13,
      endLine: 5,
      endColumn: 17,
    },
  ],
  gate: { passed: false, failures: [], waived: [] },
};

describe("renderHtml", () => {
  it("draws every reference as a labelled point, and lists an invalid file without charting it", () => {
    const html = renderHtml({ head: HEAD, results: [invalid], references: REFS, thresholds: DEFAULT_THRESHOLDS });
    expect(html.match(/<g class="point reference"/g)).toHaveLength(3);
    expect(html).not.toContain('<g class="point proposal"');
    expect(html).toContain("1 file, 1 invalid (not charted)");
    expect(html).toContain("found &quot;&lt;ally&gt;&quot;");
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).toContain("not a prediction");
  });

  it("draws the thresholds where the configuration puts them", () => {
    const svg = chart([], { credible: 40, rejected: 50 });
    // x from 70 to 790 for 0–100: 40 → 358; y from 530 to 30 for 0–100: 50 → 280
    expect(svg).toContain('<line class="threshold" x1="358" y1="30" x2="358" y2="530">');
    expect(svg).toContain('<line class="threshold" x1="70" y1="280" x2="790" y2="280">');
    for (const q of ["hollow", "contested", "exposed", "uncontested"]) expect(svg).toContain(`>${q}</text>`);
  });

  it("escapes markup and strips control characters", () => {
    expect(esc(`<a href="x">'&'</a>\x1b[31m`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("placeLabels", () => {
  it("keeps labels of crowded points apart, and inside the plot", () => {
    const points: Point[] = Array.from({ length: 12 }, (_, i) => ({
      id: `reference-number-${i}`,
      title: "",
      kind: i % 3 ? "reference" : "proposal",
      credibility: 40 + (i % 4),
      rejected: 50 + Math.floor(i / 4),
      quadrant: "contested",
    }));
    const placed = placeLabels(points);
    const boxes = points.map((p) => {
      const l = placed.get(p)!;
      const w = labelWidth(p.id, p.kind);
      return l.anchor === "start"
        ? { x0: l.x, x1: l.x + w, y0: l.y - 10, y1: l.y + 3 }
        : { x0: l.x - w, x1: l.x, y0: l.y - 10, y1: l.y + 3 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${points[i]!.id} and ${points[j]!.id}`).toBe(
          false,
        );
      }
      expect(boxes[i]!.x0).toBeGreaterThanOrEqual(70);
      expect(boxes[i]!.x1).toBeLessThanOrEqual(790);
    }
  });

  it("leaves a reference unlabelled rather than overlap when the chart is crowded; proposals keep theirs", () => {
    const points: Point[] = Array.from({ length: 40 }, (_, i) => ({
      id: `crowded-reference-${i}`,
      title: "",
      kind: i < 3 ? "proposal" : "reference",
      credibility: 50,
      rejected: 50,
      quadrant: "contested",
    }));
    const placed = [...placeLabels(points)];
    expect(placed.filter(([p, l]) => p.kind === "proposal" && l.shown)).toHaveLength(3);
    const hidden = placed.filter(([, l]) => !l.shown);
    expect(hidden.length).toBeGreaterThan(0);
    for (const [p] of hidden) expect(p.kind).toBe("reference");
    const boxes = placed
      .filter(([, l]) => l.shown)
      .map(([p, l]) =>
        l.anchor === "start"
          ? { x0: l.x, x1: l.x + labelWidth(p.id, p.kind), y0: l.y - 10, y1: l.y + 3 }
          : { x0: l.x - labelWidth(p.id, p.kind), x1: l.x, y0: l.y - 10, y1: l.y + 3 },
      );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(
          boxes[i]!.x0 < boxes[j]!.x1 &&
            boxes[j]!.x0 < boxes[i]!.x1 &&
            boxes[i]!.y0 < boxes[j]!.y1 &&
            boxes[j]!.y0 < boxes[i]!.y1,
        ).toBe(false);
  });
});

describe("renderHtml: what the file says of itself", () => {
  const page = (text: string) => {
    const r = fromText("drafts/said.yaml", text);
    const results = runReport([r]).results;
    return renderHtml({ head: HEAD, results, references: [], thresholds: DEFAULT_THRESHOLDS });
  };
  const card = (html: string) => html.slice(html.indexOf('<article class="scorecard"'), html.indexOf("</article>"));

  it("shows the summary and every source in the scorecard, labelled as the file's; only http(s) URLs link", () => {
    const c = card(page(SAID_TEXT));
    expect(c).toContain(
      '<p class="said"><strong>Summary (from the file):</strong> Known: the United Kingdom ratified a treaty. Assumed: it is public.</p>',
    );
    expect(c).toContain(
      '<ul class="cited"><li>Jane Doe, <a href="https://example.org/treaty?a=1&amp;b=2" rel="nofollow noopener noreferrer">The treaty text</a> (example.org), 2025-03-01</li>' +
        '<li><a href="http://example.org/c" rel="nofollow noopener noreferrer">A commentary</a> (example.org)</li>' +
        "<li>&ldquo;A bare note&rdquo;</li></ul>",
    );
    expect(c.indexOf("Summary (from the file)")).toBeLessThan(c.indexOf('<p class="totals">'));
  });

  it("says when the file records the arrangement as lapsed or violated, above the totals", () => {
    const c = card(page(`${PLAIN_TEXT}stage: lapsed\n`));
    expect(c).toContain(
      '<p class="stage">Stage: lapsed (the file records that it is no longer in force); scored on its terms</p>',
    );
    expect(c.indexOf('class="stage"')).toBeLessThan(c.indexOf('<p class="totals">'));
    expect(card(page(`${PLAIN_TEXT}stage: in-force\n`))).not.toContain('class="stage"');
  });

  it("shows nothing more for a file with neither, or a summary of escape sequences only", () => {
    const c = card(page(PLAIN_TEXT));
    expect(c).not.toContain('class="said"');
    expect(card(page(`${PLAIN_TEXT}summary: "\\e[2J"\n`))).not.toContain('class="said"');
    expect(c).not.toContain("<a ");
  });

  it("makes hostile text inert: no markup, no controls, links only to http(s), a long summary cut", () => {
    const c = card(page(HOSTILE_SAID_TEXT));
    expect(c).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(c).not.toContain("<script");
    expect(c).not.toContain("<img");
    const hrefs = [...c.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["https://ok.example/x%29%5By%5D%28javascript:alert%281%29%29"]);
    expect(c).toContain('<span class="url">javascript:alert(1)</span>');
    expect(c).toContain('<span class="url">https://ok.example/a b</span>');
    expect(c).not.toContain("END");
    const summary = c.slice(c.indexOf("Summary (from the file)"), c.indexOf("</p>", c.indexOf("Summary")));
    expect(summary).toContain("…");
    expect(summary.length).toBeLessThan(2200);
  });
});
