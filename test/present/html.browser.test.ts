// The HTML report in a real headless browser: Debian's Chromium, driven by playwright-core.
// It opens the page the built binary wrote, from a file: URL with every network request
// refused, finds a point for every proposal and every reference, and keeps a screenshot as
// an artifact (test-artifacts/report.png). Skipped, saying why, where no Chromium is installed
// (.ci/run installs it: apt-get install chromium).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/run.js";

const CHROMIUM = process.env.GUARANTEE_SCORE_CHROMIUM ?? "/usr/bin/chromium";
const HAVE_BROWSER = existsSync(CHROMIUM);
const SKIPPED = `skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install chromium; .ci/run does)`;
if (!HAVE_BROWSER) console.warn(`html.browser.test.ts ${SKIPPED}`);

const ARTIFACTS = join(ROOT, "test-artifacts");
const SCREENSHOT = join(ARTIFACTS, "report.png");
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let dir: string;
let page: string;

beforeAll(() => {
  if (!HAVE_BROWSER) return;
  dir = mkdtempSync(join(tmpdir(), "gs-browser-"));
  mkdirSync(join(dir, "drafts"));
  const coalition = readFileSync(join(ROOT, "proposals", "coalition-backstop-2025.yaml"), "utf8");
  writeFileSync(
    join(dir, "drafts", "my-draft.yaml"),
    coalition.replace(/^id: .*$/m, "id: my-draft").replace(/^title: .*$/m, "title: My draft"),
  );
  writeFileSync(
    join(dir, "drafts", "thin.yaml"),
    "id: thin-draft\ntitle: Thin draft\nbeneficiary: Ukraine\nadversary: Russia\nguarantors:\n  - name: France\n    ratification: ratified\n",
  );
  // A reference proposal scored as the user's own: drawn twice, as a yardstick and highlighted.
  writeFileSync(
    join(dir, "drafts", "bilateral.yaml"),
    readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8"),
  );
  page = join(dir, "report.html");
  const r = run(["report", "drafts", "--format", "html", "--output", page], { cwd: dir });
  if (r.code !== 0) throw new Error(`report failed (${r.code}): ${r.stderr}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the HTML report in Chromium", () => {
  it.skipIf(!HAVE_BROWSER)(
    HAVE_BROWSER
      ? "shows a point for every proposal and reference, needs no network, and is kept as a screenshot"
      : `shows the chart (${SKIPPED})`,
    async () => {
      const { chromium } = await import("playwright-core");
      const profile = mkdtempSync(join(tmpdir(), "gs-chromium-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        viewport: { width: 1100, height: 900 },
      });
      try {
        const tab = context.pages()[0] ?? (await context.newPage());
        const requests: string[] = [];
        await tab.route("**/*", (route) => {
          const url = route.request().url();
          if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
          requests.push(url);
          return route.abort();
        });
        const errors: string[] = [];
        tab.on("pageerror", (e) => errors.push(e.message));
        await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });

        const proposals = tab.locator('svg.chart g.point[data-kind="proposal"]');
        const references = tab.locator('svg.chart g.point[data-kind="reference"]');
        expect(await proposals.count()).toBe(3);
        expect(await references.count()).toBe(10);
        const ids = await proposals.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-proposal-id")));
        expect(ids.sort()).toEqual(["bilateral-agreements-2024", "my-draft", "thin-draft"]);
        expect(
          await tab
            .locator('g.point[data-kind="reference"][data-proposal-id="budapest-memorandum-1994"]')
            .getAttribute("data-quadrant"),
        ).toBe("hollow");
        expect(
          await tab
            .locator('g.point[data-kind="reference"][data-proposal-id="coalition-backstop-2025"]')
            .getAttribute("data-quadrant"),
        ).toBe("contested");

        // Every point is drawn inside the chart, where its figures put it, and visibly.
        const svg = (await tab.locator("svg.chart").boundingBox())!;
        for (const point of [...(await proposals.all()), ...(await references.all())]) {
          const box = (await point.locator("circle").boundingBox())!;
          expect(box.width).toBeGreaterThan(5);
          expect(box.x).toBeGreaterThanOrEqual(svg.x);
          expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width);
          expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height);
          await expect.poll(() => point.locator("text").isVisible()).toBe(true);
        }
        // Higher credibility is further right, more rejected is higher up.
        const centre = async (id: string) => {
          const b = (await tab
            .locator(`g.point[data-kind="reference"][data-proposal-id="${id}"] circle`)
            .boundingBox())!;
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        };
        const [budapest, germany] = [await centre("budapest-memorandum-1994"), await centre("west-germany-cold-war")];
        expect(germany.x).toBeGreaterThan(budapest.x);
        expect(germany.y).toBeLessThan(budapest.y);
        // A proposal's colour differs from a reference's.
        // Runs in the page; the project compiles without DOM types.
        type Styles = { getComputedStyle(e: unknown): { fill: string } };
        const fill = (loc: ReturnType<typeof tab.locator>) =>
          loc
            .locator("circle")
            .first()
            .evaluate((c) => (globalThis as unknown as Styles).getComputedStyle(c).fill);
        expect(await fill(proposals.first())).not.toBe(await fill(references.first()));
        expect(await tab.locator("article.scorecard").count()).toBe(3);
        expect(await tab.locator("#chart").textContent()).toContain("not a prediction");

        mkdirSync(ARTIFACTS, { recursive: true });
        await tab.locator("#chart").scrollIntoViewIfNeeded();
        await tab.screenshot({ path: SCREENSHOT, fullPage: false });
        expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
        expect(requests, "the page asked for something over the network").toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
