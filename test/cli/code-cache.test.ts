// The start-up code cache lives in the user's cache folder, is checked before V8 sees it,
// is pruned, and never ships: a corrupted cache made every run die with exit 133, forever.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_NAME, cacheFolder, checksum, KEEP, prune, readCache, seal, STALE_MS } from "../../src/cli/code-cache.js";
import { ROOT, run } from "../helpers/run.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "gs-cache-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fresh = (name: string) => {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true, mode: 0o700 });
  return d;
};
// Flip 4 KiB in the middle: the length stays, as in the reported failure.
const corrupt = (data: Buffer) => {
  const out = Buffer.from(data);
  for (let i = out.length >> 1; i < (out.length >> 1) + 4096; i++) out[i]! ^= 0xff;
  return out;
};

describe("where the cache lives", () => {
  it.each([
    [{ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" }, "linux", `/x/cache/${CACHE_NAME}`],
    [{ XDG_CACHE_HOME: "relative", HOME: "/home/u" }, "linux", `/home/u/.cache/${CACHE_NAME}`],
    [{ HOME: "/home/u" }, "linux", `/home/u/.cache/${CACHE_NAME}`],
    [{ HOME: "/Users/u" }, "darwin", `/Users/u/Library/Caches/${CACHE_NAME}`],
    [
      { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" },
      "win32",
      join("C:\\Users\\u\\AppData\\Local", CACHE_NAME, "Cache"),
    ],
    [{}, "linux", undefined],
  ])("%o on %s: %s", (env, platform, expected) => {
    expect(cacheFolder(env, platform)).toBe(expected);
  });
});

describe.skipIf(process.platform === "win32")("what is read", () => {
  const data = Buffer.from("v8 code cache bytes ".repeat(1000));
  const write = (folder: string, bytes: Buffer, mode = 0o600) => {
    const file = join(folder, "cli-x.cache");
    writeFileSync(file, bytes, { mode });
    chmodSync(file, mode);
    return file;
  };

  it("a sealed cache in a private folder is read back as V8's data", () => {
    const folder = fresh("ok");
    expect(readCache(write(folder, seal(data)!), folder)).toEqual(data);
  });

  it("flipped bytes, a cut file, another format or a file others may write are not used", () => {
    const folder = fresh("bad");
    const sealed = seal(data)!;
    expect(readCache(write(folder, corrupt(sealed)), folder)).toBeUndefined();
    expect(readCache(write(folder, sealed.subarray(0, sealed.length - 1)), folder)).toBeUndefined();
    expect(readCache(write(folder, data), folder)).toBeUndefined();
    expect(readCache(write(folder, sealed, 0o666), folder)).toBeUndefined();
    expect(readCache(write(folder, sealed, 0o620), folder)).toBeUndefined();
  });

  it("nothing is read from a folder others may write", () => {
    const folder = fresh("shared");
    const file = write(folder, seal(data)!);
    chmodSync(folder, 0o777);
    expect(readCache(file, folder)).toBeUndefined();
    chmodSync(folder, 0o700);
    expect(readCache(file, folder)).toEqual(data);
  });

  it("the checksum is CRC-32 of V8's data, stored after a magic number", () => {
    const sealed = seal(data)!;
    expect(sealed.subarray(0, 4).toString()).toBe("GSC1");
    expect(sealed.readUInt32BE(4)).toBe(checksum(data));
  });
});

describe.skipIf(process.platform === "win32")("pruning", () => {
  it(`removes caches unused for ${STALE_MS / 86_400_000} days, all but the ${KEEP} newest, and old temporary files; nothing else`, () => {
    const folder = fresh("prune");
    const now = Date.now();
    const make = (name: string, ageMs: number) => {
      writeFileSync(join(folder, name), "x");
      utimesSync(join(folder, name), (now - ageMs) / 1000, (now - ageMs) / 1000);
    };
    make("cli-current.cache", STALE_MS * 2); // the one just written is kept whatever its age
    make("cli-stale.cache", STALE_MS + 60_000);
    for (let i = 0; i < KEEP + 2; i++) make(`cli-recent-${i}.cache`, i * 60_000);
    make("cli-old.cache.123.tmp", 2 * 3600_000);
    make("cli-live.cache.456.tmp", 60_000);
    make("notes.txt", STALE_MS * 2);
    prune(folder, join(folder, "cli-current.cache"), now);
    expect(readdirSync(folder).sort()).toEqual(
      [
        "cli-current.cache",
        "cli-live.cache.456.tmp",
        "notes.txt",
        ...Array.from({ length: KEEP - 1 }, (_, i) => `cli-recent-${i}.cache`),
      ].sort(),
    );
  });
});

describe("through the built binary", () => {
  const cached = (xdg: string) => {
    const dir = join(xdg, CACHE_NAME);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".cache"))
          .map((f) => join(dir, f))
      : [];
  };

  it("a run writes its cache in $XDG_CACHE_HOME/guarantee-score, private to the user, and none in dist/", () => {
    const xdg = fresh("xdg-write");
    const r = run(["--version"], { env: { XDG_CACHE_HOME: xdg } });
    expect(r.code).toBe(0);
    const [file] = cached(xdg);
    expect(file).toBeDefined();
    if (process.platform !== "win32") expect(statSync(file!).mode & 0o077).toBe(0);
    expect(readdirSync(join(ROOT, "dist", "bundle")).filter((f) => f.endsWith(".cache"))).toEqual([]);
  });

  it("a corrupted cache (same length, flipped bytes) is not used and is written again: every run still works", () => {
    const xdg = fresh("xdg-corrupt");
    expect(run(["--version"], { env: { XDG_CACHE_HOME: xdg } }).code).toBe(0);
    const [file] = cached(xdg);
    const good = readFileSync(file!);
    writeFileSync(file!, corrupt(good));
    for (const args of [["--version"], [join(ROOT, "proposals", "nato-article5.yaml")]]) {
      const r = run(args, { env: { XDG_CACHE_HOME: xdg } });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    expect(readCache(file!, join(xdg, CACHE_NAME))).toBeDefined();
  });

  it.skipIf(process.platform === "win32")(
    "a cache others may write is never used, even with a matching checksum",
    () => {
      const xdg = fresh("xdg-planted");
      expect(run(["--version"], { env: { XDG_CACHE_HOME: xdg } }).code).toBe(0);
      const [file] = cached(xdg);
      // Bad code with a good checksum: V8 would die on it (exit 133) if it were used.
      const planted = seal(corrupt(readFileSync(file!).subarray(8)))!;
      writeFileSync(file!, planted);
      chmodSync(file!, 0o666);
      const r = run(["--version"], { env: { XDG_CACHE_HOME: xdg } });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    },
  );

  it("an unwritable cache folder means no cache: the run works and says nothing", () => {
    const notAFolder = join(tmp, "a-file");
    writeFileSync(notAFolder, "");
    const r = run([join(ROOT, "proposals", "nato-article5.yaml")], { env: { XDG_CACHE_HOME: notAFolder } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("the npm package ships no cache", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain("dist/bundle/cli.cjs");
    expect(files.filter((f) => f.endsWith(".cache") || f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});
