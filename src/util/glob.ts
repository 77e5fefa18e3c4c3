// Minimal glob matching for waivers and quoted patterns on the command line
// (Node 20 has no fs.glob): `*` within a folder, `**` across folders, `?`, `{a,b}`.
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end === -1) re += "\\{";
      else {
        re += `(?:${glob.slice(i + 1, end).split(",").map(escape).join("|")})`;
        i = end;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");

/** Forward slashes, no leading `./`: the form patterns are matched against. */
export const posix = (p: string) => p.replace(/\\/g, "/").replace(/^\.\//, "");

export const isGlob = (p: string) => /[*?{]/.test(p);
