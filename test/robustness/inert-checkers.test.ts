// The inertness checkers catch what they claim to: each bad output below must be flagged,
// each good one must not. Otherwise inert-output.test.ts would pass any output.
import { describe, expect, it } from "vitest";
import {
  controlProblems,
  githubProblems,
  markdownCells,
  markdownProblems,
  nonSgrEscapes,
  xmlProblems,
} from "./inert.js";

const own = (line: string) => /^## report$/.test(line);

describe("the inertness checkers", () => {
  it("controls: ESC, BEL, C1 CSI, DEL and bidi overrides are found; tab, newline and ordinary Unicode are not", () => {
    for (const bad of ["a\x1b[31mb", "\x07", "x\x9b2J", "\x7f", "\u202eevil", "\u2066", "\r"])
      expect(controlProblems(bad), JSON.stringify(bad)).not.toEqual([]);
    expect(controlProblems("tab\there\nnew line, Zürich, 😀, –, \ufffd")).toEqual([]);
    expect(nonSgrEscapes("\x1b[1m\x1b[31mred\x1b[39m\x1b[22m")).toEqual([]);
    for (const bad of ["\x1b]0;title\x07", "\x1b[2J", "\x1b]8;;http://x\x07l\x1b]8;;\x07"])
      expect(nonSgrEscapes(bad)).not.toEqual([]);
  });

  it("markdown: cells are split on unescaped pipes only", () => {
    expect(markdownCells("| a | b \\| c | d |")).toEqual([" a ", " b \\| c ", " d "]);
    expect(markdownCells("| a\\\\| b |")).toEqual([" a\\\\", " b "]);
  });

  it("markdown: a broken table, a link, an image, raw HTML, a bare &, an injected heading are each found", () => {
    const table = "| h1 | h2 |\n|---|---|\n";
    expect(markdownProblems(`## report\n\n${table}| a | b |\n`, own)).toEqual([]);
    expect(markdownProblems(`## report\n\n${table}| a \\| x | b |\n`, own)).toEqual([]);
    const bad = {
      "extra cell": `${table}| a | x | b |\n`,
      link: "see [x](http://evil.example)\n",
      image: "![i](http://evil.example/i.png)\n",
      script: "<script>alert(1)</script>\n",
      comment: "<!-- hidden -->\n",
      "bare &": "a & b\n",
      heading: "text\n## heading\n",
      "live url": "http://evil.example/\n",
      command: "::error::x\n",
    };
    for (const [what, md] of Object.entries(bad)) expect(markdownProblems(md, own), what).not.toEqual([]);
    expect(
      markdownProblems(
        "\\[x\\](http\\[:\\]//evil.example) &lt;script> &amp; \\| <details><summary>s</summary></details>\n",
        own,
      ),
    ).toEqual([]);
  });

  it("xml: well-formed documents pass; each kind of malformation is found", () => {
    const ok = `<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2" y='&quot;'><b>t &lt; &#10; &#x41;</b><![CDATA[ < & ]]><!-- c --><c/></a>\n`;
    expect(xmlProblems(ok)).toEqual([]);
    const bad = [
      "<a><b></a></b>",
      "<a>x & y</a>",
      "<a>x < y</a>",
      '<a x="<"/>',
      '<a x="a & b"/>',
      '<a x="1" x="2"/>',
      "<a>]]></a>",
      "<a><![CDATA[ x </a>",
      "<a></a><b></b>",
      "<a>",
      "<a>\x1b[31m</a>",
      "<a><!-- x -- y --></a>",
      '<a x="1"y="2"/>',
    ];
    for (const x of bad) expect(xmlProblems(x), x).not.toEqual([]);
  });

  it("github: escaped commands pass; raw %, : or , in a property, a plain line the report did not write, an unknown command are found", () => {
    const isOwn = (l: string) => /^\d+ files?: /.test(l);
    expect(
      githubProblems("::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=x::50%25 done%0Anext\n3 files: 3 passed\n", isOwn),
    ).toEqual([]);
    const bad = [
      "::error file=a,b.yaml,line=1::x\n",
      "::error file=a:b.yaml,line=1::x\n",
      "::error file=a.yaml::100% done\n",
      "::error::x\ninjected plain line\n",
      "::set-env name=X::y\n",
    ];
    for (const x of bad) expect(githubProblems(x, isOwn), x).not.toEqual([]);
  });
});
