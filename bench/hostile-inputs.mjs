// Hostile proposal files just under the default size limit (1 MiB), each built to make a
// YAML loader slow: many tiny nodes, long scalars, many errors, long keys, many documents.
// Shared by bench/hostile.mjs (which times them) and test/robustness/hostile.test.ts.

export const LIMIT = 1024 * 1024;
const HEAD = "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n";

/** `unit(i)` repeated after `head` until the next one would pass `size` bytes. */
export function fill(unit, size = LIMIT - 64, head = "") {
  const parts = [head];
  let length = head.length;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (length + u.length > size) break;
    parts.push(u);
    length += u.length;
  }
  return parts.join("");
}

const key = (i) => `k${i.toString(36)}`;

/** name → file text, with the diagnostic code a run must end in (or "ok"). */
export const HOSTILE = {
  // The issue's case: 137,000 keys in one mapping took 125 s.
  "keys-in-one-mapping": { text: () => fill((i) => `${key(i)}: 1\n`, undefined, HEAD), code: "too-many-nodes" },
  "keys-flow-mapping": { text: () => `${HEAD}x: {${fill((i) => `${key(i)}: 1, `)}}\n`, code: "too-many-nodes" },
  "list-items": { text: () => `${HEAD}x:\n${fill(() => "  - a\n")}`, code: "too-many-nodes" },
  "flow-list": { text: () => `${HEAD}x: [${fill(() => "a,")}]\n`, code: "too-many-nodes" },
  "duplicate-keys": { text: () => fill(() => "title: T\n"), code: "too-many-nodes" },
  aliases: { text: () => `${HEAD}x: &a [1]\ny:\n${fill(() => "  - *a\n")}`, code: "too-many-nodes" },
  anchors: { text: () => `${HEAD}x:\n${fill((i) => `  - &${key(i)} a\n`)}`, code: "too-many-nodes" },
  documents: { text: () => fill(() => "---\n"), code: "multiple-docs" },
  "tabs-as-indent": { text: () => `${HEAD}x:\n${fill(() => "\tk: 1\n")}`, code: "too-many-nodes" },
  "flow-errors": { text: () => `${HEAD}${fill(() => "]\n")}`, code: "too-many-tokens" },
  "one-long-key": { text: () => `${HEAD}? ${"k".repeat(LIMIT - 200)}\n: 1\n`, code: "unknown-key" },
  "one-long-plain-scalar": { text: () => `${HEAD}summary: ${"word ".repeat((LIMIT - 200) / 5)}\n`, code: "ok" },
  "folded-plain-scalar": { text: () => `${HEAD}summary: a\n${fill(() => "  b\n")}`, code: "ok" },
  "quoted-escapes": { text: () => `${HEAD}summary: "${fill(() => '\\\\\\"')}"\n`, code: "ok" },
  "block-scalar": { text: () => `${HEAD}summary: |\n${fill(() => "  line of text\n")}`, code: "ok" },
  comments: { text: () => `${HEAD}${fill(() => "# a comment with \"quotes' and [brackets{\n")}`, code: "ok" },
  "quotes-in-block-scalar": { text: () => `${HEAD}summary: |\n${fill(() => '  " \' \\" \n')}`, code: "ok" },
  "unknown-keys-nested": {
    text: () => `${HEAD}${fill((i) => `${key(i)}:\n  ${key(i)}: 1\n`)}`,
    code: "too-many-nodes",
  },
};
