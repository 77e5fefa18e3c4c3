// The result cache behind --cache: what it keeps, and that a damaged, foreign or outdated file
// is ignored and written anew, never trusted and never an error.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bytesHash, CACHE_FILE, cachePath, ResultCache, settingsKey } from "../../src/run/cache.js";

const dir = mkdtempSync(join(tmpdir(), "gs-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type V = { score: number };
const isV = (v: unknown): v is V => typeof (v as V | null)?.score === "number";
const KEY = settingsKey({ version: "1", config: {} });

let n = 0;
/** A cache file with two files' values saved in it, and the files themselves. */
function saved(): { file: string; a: string; b: string } {
  const sub = join(dir, `c${n++}`);
  mkdirSync(sub);
  const [a, b] = [join(sub, "a.yaml"), join(sub, "b.yaml")];
  writeFileSync(a, "a");
  writeFileSync(b, "b");
  const file = join(sub, CACHE_FILE);
  const c = ResultCache.open(file, KEY, isV);
  c.set(a, "ha", { score: 1 });
  c.set(b, "hb", { score: 2 });
  c.save();
  return { file, a, b };
}

describe("the result cache against planted files", () => {
  it("reads only a regular file: a link to /dev/zero is ignored at once, not read until memory runs out", () => {
    const sub = join(dir, `z${n++}`);
    mkdirSync(sub);
    const file = join(sub, CACHE_FILE);
    symlinkSync("/dev/zero", file);
    const c = ResultCache.open(file, KEY, isV);
    expect(c.get(join(sub, "a.yaml"), "ha")).toBeUndefined();
  });

  it("never writes through a link at the temporary name the old code used (the file's name and the pid)", () => {
    const sub = join(dir, `t${n++}`);
    mkdirSync(sub);
    const file = join(sub, CACHE_FILE);
    const outside = join(dir, `victim${n}`);
    symlinkSync(outside, `${file}.${process.pid}.tmp`);
    const c = ResultCache.open(file, KEY, isV);
    c.set(join(sub, "a.yaml"), "ha", { score: 1 });
    c.save();
    expect(existsSync(outside)).toBe(false);
    expect(ResultCache.open(file, KEY, isV).get(join(sub, "a.yaml"), "ha")).toEqual({ score: 1 });
  });
});

describe("the result cache", () => {
  it("gives back what was saved, for the same bytes and settings only", () => {
    const { file, a, b } = saved();
    const c = ResultCache.open(file, KEY, isV);
    expect(c.get(a, "ha")).toEqual({ score: 1 });
    expect(c.get(b, "changed bytes")).toBeUndefined();
    expect(c.hits).toBe(1);
    expect(ResultCache.open(file, settingsKey({ version: "2", config: {} }), isV).get(a, "ha")).toBeUndefined();
  });

  it("keys the settings and the bytes by hash: any change is another key", () => {
    expect(settingsKey({ a: 1 })).not.toBe(settingsKey({ a: 2 }));
    expect(bytesHash(Buffer.from("x"))).toBe(bytesHash(Buffer.from("x")));
    expect(bytesHash(Buffer.from("x"))).not.toBe(bytesHash(Buffer.from("y")));
  });

  it("keeps earlier entries whose files still exist, drops those of deleted files", () => {
    const { file, a, b } = saved();
    rmSync(b);
    const c = ResultCache.open(file, KEY, isV);
    c.save();
    const again = ResultCache.open(file, KEY, isV);
    expect(again.get(a, "ha")).toEqual({ score: 1 });
    expect(again.get(b, "hb")).toBeUndefined();
  });

  it("leaves the file as it is when a run changed nothing", () => {
    const { file, a, b } = saved();
    const before = statSync(file);
    const c = ResultCache.open(file, KEY, isV);
    c.get(a, "ha");
    c.get(b, "hb");
    c.save();
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("ignores a damaged file: a flipped byte, a torn write, an empty file", () => {
    const { file, a } = saved();
    const text = readFileSync(file, "utf8");
    const flipped = text.replace('"score":1', '"score":7');
    for (const bad of [flipped, text.slice(0, text.length - 5), "", "\n", text.split("\n")[0]!]) {
      writeFileSync(file, bad);
      expect(ResultCache.open(file, KEY, isV).get(a, "ha"), JSON.stringify(bad.slice(0, 40))).toBeUndefined();
    }
  });

  it("ignores someone else's file at that path, and writes its own over it", () => {
    const { file, a } = saved();
    writeFileSync(file, JSON.stringify({ [a]: { size: 1, mtime: 2, hashOfConfig: "eslint" } }));
    const c = ResultCache.open(file, KEY, isV);
    expect(c.get(a, "ha")).toBeUndefined();
    c.set(a, "ha", { score: 3 });
    c.save();
    expect(ResultCache.open(file, KEY, isV).get(a, "ha")).toEqual({ score: 3 });
  });

  it("drops entries of the wrong shape", () => {
    const { file, a } = saved();
    const c = ResultCache.open(file, KEY, (v: unknown): v is V => isV(v) && v.score !== 1);
    expect(c.get(a, "ha")).toBeUndefined();
  });

  it("--cache-location: a folder holds the default file name; anything else is the file", () => {
    expect(cachePath(undefined)).toBe(CACHE_FILE);
    expect(cachePath(dir)).toBe(join(dir, CACHE_FILE));
    expect(cachePath("new-folder/")).toBe(join("new-folder", CACHE_FILE));
    expect(cachePath(join(dir, "mine.cache"))).toBe(join(dir, "mine.cache"));
  });
});
