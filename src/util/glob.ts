// Minimal glob matching for waivers and quoted patterns on the command line
// (Node 20 has no fs.glob): `*` within a folder, `**` across folders, `?`, `{a,b}`.
// Patterns come from files a pull request may change, so they are matched by simulating
// an automaton, in time proportional to the path's length times the pattern's, never by a
// backtracking regular expression (`*a*a*a*a*a*b` took minutes on a long name).

export interface Glob {
  test(path: string): boolean;
}

// A state's outgoing edges: on a character (`char`), on any character but `/` (`segment`),
// on any character (`any`); `empty` edges consume nothing.
interface State {
  char?: [string, number];
  segment?: number;
  any?: number;
  empty: number[];
}

export function compileGlob(glob: string): Glob {
  const states: State[] = [{ empty: [] }];
  const add = () => states.push({ empty: [] }) - 1;
  let cur = 0;
  // Each piece starts from a state with no consuming edge yet, so that no edge is overwritten.
  const fresh = () => {
    const st = states[cur]!;
    if (st.char || st.segment !== undefined || st.any !== undefined) {
      const next = add();
      st.empty.push(next);
      cur = next;
    }
    return states[cur]!;
  };
  const literal = (text: string) => {
    for (let j = 0; j < text.length; j++) {
      const next = add();
      fresh().char = [text[j]!, next];
      cur = next;
    }
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const from = fresh();
    if (c === "*" && glob[i + 1] === "*" && glob[i + 2] === "/") {
      // `**/`: nothing, or anything that ends with a `/`.
      const inside = add();
      const slash = add();
      const after = add();
      from.empty.push(after, inside);
      states[inside]!.any = inside;
      states[inside]!.empty.push(slash);
      states[slash]!.char = ["/", after];
      cur = after;
      i += 2;
    } else if (c === "*") {
      // A state that loops: `*` on any character but `/`, `**` on any.
      const next = add();
      from.empty.push(next);
      states[next]![glob[i + 1] === "*" ? "any" : "segment"] = next;
      cur = next;
      if (glob[i + 1] === "*") i += 1;
    } else if (c === "?") {
      const next = add();
      from.segment = next;
      cur = next;
    } else if (c === "{" && glob.indexOf("}", i) !== -1) {
      // Alternatives are literal text, as they always were here.
      const end = glob.indexOf("}", i);
      const start = cur;
      const after = add();
      for (const alt of glob.slice(i + 1, end).split(",")) {
        cur = add();
        states[start]!.empty.push(cur);
        literal(alt);
        states[cur]!.empty.push(after);
      }
      cur = after;
      i = end;
    } else literal(c);
  }
  const accept = cur;
  return { test: (path) => run(states, accept, path) };
}

// Simulate the automaton on `path`: the set of states reached after each character.
function run(states: readonly State[], accept: number, path: string): boolean {
  const seen = new Int32Array(states.length).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  // Add a state and everything reachable from it without consuming, once per position.
  const reach = (into: number[], s: number, position: number) => {
    const stack = [s];
    while (stack.length) {
      const t = stack.pop()!;
      if (seen[t] === position) continue;
      seen[t] = position;
      into.push(t);
      for (const e of states[t]!.empty) stack.push(e);
    }
  };
  reach(current, 0, 0);
  for (let i = 0; i < path.length && current.length; i++) {
    const c = path[i]!;
    next = [];
    for (const s of current) {
      const st = states[s]!;
      if (st.char && st.char[0] === c) reach(next, st.char[1], i + 1);
      if (st.segment !== undefined && c !== "/") reach(next, st.segment, i + 1);
      if (st.any !== undefined) reach(next, st.any, i + 1);
    }
    current = next;
  }
  return current.includes(accept);
}

/** Forward slashes, no leading `./`: the form patterns are matched against. */
export const posix = (p: string) => p.replace(/\\/g, "/").replace(/^\.\//, "");

export const isGlob = (p: string) => /[*?{]/.test(p);
