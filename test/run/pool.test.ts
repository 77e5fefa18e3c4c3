// The worker pool (src/run/pool.ts) with stand-in threads: whatever order threads reply in and
// however slowly the run consumes, every file comes out in order and the pool never waits on
// itself; a thread that ends or sends an unreadable reply fails the run instead of stalling it.
import { EventEmitter } from "node:events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Analysed } from "../../src/run/analyse-file.js";
import { inBatches, THREAD_THRESHOLD, threadsFor, type Thread } from "../../src/run/pool.js";

const BATCH = 50;
const tick = () => new Promise<void>((r) => setImmediate(r));

/** A thread that replies to each batch after some turns of the event loop. */
class FakeThread extends EventEmitter implements Thread {
  constructor(
    private readonly delay: () => number,
    private readonly posted: (batch: number) => void,
    private readonly misbehave?: (batch: number, t: FakeThread) => boolean,
  ) {
    super();
  }
  postMessage({ batch, files }: { batch: number; files: string[] }) {
    this.posted(batch);
    void (async () => {
      for (let i = this.delay(); i > 0; i--) await tick();
      if (this.misbehave?.(batch, this)) return;
      this.emit("message", {
        batch,
        results: files.map((file): Analysed => ({ result: { file, valid: false, errors: [] } })),
      });
    })();
  }
  async terminate() {
    this.emit("exit", 1);
  }
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `f${String(i).padStart(5, "0")}.yaml`);

/** Consume the pool, failing on a stall: no progress for two seconds. */
async function consume(gen: AsyncGenerator<Analysed>, pace: () => number, out: string[] = []): Promise<string[]> {
  for (;;) {
    const next = await Promise.race([gen.next(), new Promise<"stalled">((r) => setTimeout(() => r("stalled"), 2000))]);
    if (next === "stalled") throw new Error(`stalled after ${out.length} files`);
    if (next.done) return out;
    out.push(next.value.result.file);
    for (let i = pace(); i > 0; i--) await tick();
  }
}

describe("inBatches", () => {
  it("yields every file in order, never more than threads × 4 batches ahead, whatever the timing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 20 * BATCH }),
        fc.infiniteStream(fc.nat(6)),
        fc.infiniteStream(fc.nat(2)),
        async (threads, n, delays, paces) => {
          const files = names(n);
          const out: string[] = [];
          let posted = 0;
          let maxAhead = 0;
          const d = delays[Symbol.iterator]();
          const p = paces[Symbol.iterator]();
          const thread = () =>
            new FakeThread(
              () => d.next().value,
              () => {
                posted++;
                // Batches dispatched beyond the one being consumed.
                maxAhead = Math.max(maxAhead, posted - Math.floor(out.length / BATCH));
              },
            );
          await consume(inBatches(files, threads, thread), () => p.next().value, out);
          expect(out).toEqual(files);
          expect(posted).toBe(Math.ceil(n / BATCH));
          expect(maxAhead).toBeLessThanOrEqual(threads * 4);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it.each([
    ["ends without an error event", (t: FakeThread) => t.emit("exit", 0), /a scoring thread stopped \(exit code 0\)/],
    [
      "sends a reply that cannot be read",
      (t: FakeThread) => t.emit("messageerror", new Error("bad clone")),
      /could not be read/,
    ],
    ["fails", (t: FakeThread) => t.emit("error", new Error("boom")), /boom/],
  ])("a thread that %s fails the run at once instead of leaving it waiting", async (_, misbehave, message) => {
    const files = names(10 * BATCH);
    const gen = inBatches(
      files,
      2,
      () =>
        new FakeThread(
          () => 1,
          () => undefined,
          (batch, t) => {
            if (batch !== 3) return false;
            misbehave(t);
            return true;
          },
        ),
    );
    await expect(consume(gen, () => 0)).rejects.toThrow(message);
  });
});

describe("how many threads a run uses", () => {
  const idle = () => ({ cores: 2, busy: 0 });
  const oneBusy = () => ({ cores: 2, busy: 1 });
  it("none for a few files, whatever the machine", () => {
    expect(threadsFor(THREAD_THRESHOLD - 1, {}, idle)).toBe(0);
    expect(threadsFor(THREAD_THRESHOLD - 1, {}, () => ({ cores: 64, busy: 0 }))).toBe(0);
  });
  it("one per free core when at least two are free", () => {
    expect(threadsFor(1000, {}, idle)).toBe(2);
    expect(threadsFor(1000, {}, () => ({ cores: 8, busy: 3 }))).toBe(5);
    // Never more threads than batches of files.
    expect(threadsFor(THREAD_THRESHOLD, {}, () => ({ cores: 64, busy: 0 }))).toBe(THREAD_THRESHOLD / BATCH);
  });
  it("none when another process holds a core of two, or the machine is overloaded", () => {
    expect(threadsFor(1000, {}, oneBusy)).toBe(0);
    expect(threadsFor(1000, {}, () => ({ cores: 2, busy: 0.5 }))).toBe(0);
    expect(threadsFor(1000, {}, () => ({ cores: 2, busy: 12 }))).toBe(0);
  });
  it("GUARANTEE_SCORE_THREADS: 0 never, N always N (at most one per batch), anything else is ignored", () => {
    let asked = false;
    const spy = () => {
      asked = true;
      return idle();
    };
    expect(threadsFor(1000, { GUARANTEE_SCORE_THREADS: "0" }, spy)).toBe(0);
    expect(threadsFor(1000, { GUARANTEE_SCORE_THREADS: "3" }, oneBusy)).toBe(3);
    expect(threadsFor(60, { GUARANTEE_SCORE_THREADS: "4" }, oneBusy)).toBe(2);
    expect(asked).toBe(false);
    expect(threadsFor(1000, { GUARANTEE_SCORE_THREADS: "lots" }, oneBusy)).toBe(0);
  });
});
