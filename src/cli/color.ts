// chalk ignores NO_COLOR by design, so the decision is made here, once.
export interface ColorChoice {
  flag?: boolean; // --color / --no-color
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

export function useColor({ flag, env, isTTY }: ColorChoice): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false; // https://no-color.org: any non-empty value
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY && env.TERM !== "dumb";
}
