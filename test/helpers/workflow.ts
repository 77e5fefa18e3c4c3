// Run a GitHub workflow's steps, or a composite action's, on this machine, as a runner would:
// each `run:` in bash (GitHub's `bash --noprofile --norc -eo pipefail {0}`), with the GITHUB_*
// variables set, the `${{ }}` expressions this project uses evaluated, and any other expression
// refused, so that the test fails rather than run something GitHub would run differently.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

export interface Context {
  workspace: string;
  /** Scratch folder: RUNNER_TEMP, the step summary, the output files. */
  temp: string;
  env: Record<string, string>;
  eventName: string;
  /** `uses:` of a third-party action → what the test does instead (checkout, setup-node, upload…). */
  uses: (name: string, inputs: Record<string, string>, ctx: Context) => StepResult;
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs?: Record<string, string>;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Name (or the start of the command) of every step that ran, in order. */
  ran: string[];
  outputs: Record<string, string>;
}

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  "working-directory"?: string;
}

type Scope = { inputs?: Record<string, string>; actionPath?: string; steps: Record<string, Record<string, string>> };

function evaluate(expr: string, scope: Scope, ctx: Context): string {
  const e = expr.trim();
  let m = /^inputs\.([\w-]+)$/.exec(e);
  if (m && scope.inputs) return scope.inputs[m[1]!] ?? "";
  if (e === "github.action_path" && scope.actionPath) return scope.actionPath;
  if (e === "github.workspace") return ctx.workspace;
  if (e === "github.token") return "test-token";
  if (e === "github.event_name") return ctx.eventName;
  if (e === "github.event.pull_request.number") return ctx.eventName === "pull_request" ? "1" : "";
  m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
  if (m) return scope.steps[m[1]!]?.[m[2]!] ?? "";
  throw new Error(`the test runner does not know the expression \${{ ${e} }}`);
}

const substitute = (text: unknown, scope: Scope, ctx: Context) =>
  String(text ?? "").replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => evaluate(e, scope, ctx));

/** `if:` conditions: always(), success(), failure() and `github.event_name == '…'`, joined by &&. */
function condition(cond: string | undefined, failed: boolean, scope: Scope, ctx: Context): boolean {
  if (cond === undefined) return !failed;
  const terms = cond
    .replace(/^\$\{\{|\}\}$/g, "")
    .split("&&")
    .map((t) => t.trim());
  const status: Record<string, boolean> = { "always()": true, "success()": !failed, "failure()": failed };
  // A condition without a status function means success() && it, as GitHub reads it.
  const statusTerm = terms.some((t) => t in status);
  const value = terms.every((t) => {
    if (t in status) return status[t];
    const m = /^([\w.]+)\s*==\s*'([^']*)'$/.exec(t);
    if (m) return evaluate(m[1]!, scope, ctx) === m[2];
    throw new Error(`the test runner does not know the condition ${t}`);
  });
  return statusTerm ? value : value && !failed;
}

function runScript(script: string, cwd: string, env: Record<string, string>, temp: string): StepResult {
  const file = join(mkdtempSync(join(temp, "step-")), "script.sh");
  writeFileSync(file, script);
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

const readOutputs = (file: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
};

function runSteps(steps: Step[], scope: Scope, ctx: Context, defaultCwd: string, baseEnv: Record<string, string>): Run {
  const run: Run = { code: 0, stdout: "", stderr: "", ran: [], outputs: {} };
  const added: string[] = [];
  for (const step of steps) {
    if (!condition(step.if, run.code !== 0, scope, ctx)) continue;
    run.ran.push(step.name ?? step.uses ?? String(step.run).split("\n")[0]!);
    const env: Record<string, string> = { ...baseEnv };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, scope, ctx);
    let r: StepResult;
    if (step.run !== undefined) {
      if (step.shell !== undefined && step.shell !== "bash") throw new Error(`shell ${step.shell} is not emulated`);
      const outFile = join(mkdtempSync(join(ctx.temp, "out-")), "output");
      const pathFile = join(dirname(outFile), "path");
      writeFileSync(outFile, "");
      writeFileSync(pathFile, "");
      env.GITHUB_OUTPUT = outFile;
      env.GITHUB_PATH = pathFile;
      if (added.length) env.PATH = [...added, env.PATH].join(":");
      const cwd = step["working-directory"] ? substitute(step["working-directory"], scope, ctx) : defaultCwd;
      r = runScript(substitute(step.run, scope, ctx), cwd, env, ctx.temp);
      r.outputs = readOutputs(outFile);
      // GITHUB_PATH: folders put before PATH for the steps that follow.
      added.unshift(...readFileSync(pathFile, "utf8").split("\n").filter(Boolean).reverse());
    } else if (step.uses) {
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = substitute(v, scope, ctx);
      r = ctx.uses(step.uses, inputs, ctx);
    } else throw new Error("a step with neither run nor uses");
    run.stdout += r.stdout;
    run.stderr += r.stderr;
    if (step.id) scope.steps[step.id] = r.outputs ?? {};
    if (r.code !== 0 && run.code === 0) run.code = r.code;
  }
  return run;
}

function runnerEnv(ctx: Context): Record<string, string> {
  return {
    ...ctx.env,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_EVENT_NAME: ctx.eventName,
    RUNNER_TEMP: ctx.temp,
  };
}

/** Run a composite action (its action.yml) with the given `with:` inputs. */
export function runAction(
  actionPath: string,
  given: Record<string, string>,
  ctx: Context,
  opts: { skip?: string[] } = {},
): StepResult {
  const action = parse(readFileSync(join(actionPath, "action.yml"), "utf8"));
  if (action.runs.using !== "composite") throw new Error("only composite actions are emulated");
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {}) as [string, { default?: string }][])
    inputs[name] = given[name] ?? String(spec.default ?? "");
  for (const name of Object.keys(given))
    if (!(name in inputs)) throw new Error(`the action has no input "${name}" (GitHub would warn and ignore it)`);
  const scope: Scope = { inputs, actionPath, steps: {} };
  const env = { ...runnerEnv(ctx), GITHUB_ACTION_PATH: actionPath };
  const steps = (action.runs.steps as Step[]).filter((s) => !opts.skip?.includes(s.name ?? ""));
  const r = runSteps(steps, scope, ctx, ctx.workspace, env);
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {}) as [string, { value: string }][])
    outputs[name] = substitute(spec.value, scope, ctx);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, outputs };
}

/** Run every job of a workflow file, one after the other. */
export function runWorkflow(file: string, ctx: Context): Run {
  const workflow = parse(readFileSync(file, "utf8"));
  const all: Run = { code: 0, stdout: "", stderr: "", ran: [], outputs: {} };
  for (const job of Object.values(workflow.jobs) as { steps: Step[] }[]) {
    const r = runSteps(job.steps, { steps: {} }, ctx, ctx.workspace, runnerEnv(ctx));
    all.stdout += r.stdout;
    all.stderr += r.stderr;
    all.ran.push(...r.ran);
    if (r.code !== 0 && all.code === 0) all.code = r.code;
  }
  return all;
}
