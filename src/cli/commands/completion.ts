// `guarantee-score completion bash|zsh|fish`: shell completion generated from the command
// definitions, so a new command or option completes without anyone editing a script.
import type { Command, Option } from "commander";
import { clean } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import type { Register } from "../register.js";

interface Spec {
  name: string;
  description: string;
  options: { long?: string; short?: string; description: string; takesValue: boolean; choices?: string[] }[];
}

export const SHELLS = ["bash", "zsh", "fish"] as const;

function specs(program: Command): Spec[] {
  const describe = (options: readonly Option[]) =>
    options.map((o) => ({
      long: o.long,
      short: o.short,
      description: o.description,
      takesValue: o.required || o.optional,
      choices: o.argChoices,
    }));
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: [...describe(c.options), { long: "--help", short: "-h", description: "show help", takesValue: false }],
  }));
}

const words = (xs: (string | undefined)[]) => xs.filter((x): x is string => Boolean(x)).join(" ");

function bash(all: Spec[], top: Spec["options"]): string {
  const cases = all.map((s) => {
    const values = s.options
      .filter((o) => o.takesValue)
      .map(
        (o) =>
          `      ${[o.short, o.long].filter(Boolean).join("|")}) ${o.choices ? `COMPREPLY=($(compgen -W "${o.choices.join(" ")}" -- "$cur"))` : `COMPREPLY=($(compgen -f -- "$cur"))`}; return ;;`,
      );
    return `    ${s.name})
      case "$prev" in
${values.join("\n")}
      esac
      opts="${words(s.options.flatMap((o) => [o.long, o.short]))}" ;;`;
  });
  return `# bash completion for guarantee-score: source it, or save it as
# ~/.local/share/bash-completion/completions/guarantee-score
_guarantee_score() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local commands="${all.map((s) => s.name).join(" ")}" cmd="" opts="" w
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case " $commands " in *" $w "*) cmd="$w"; break ;; esac
  done
  case "$cmd" in
${cases.join("\n")}
    *) opts="${words(top.flatMap((o) => [o.long, o.short]))}" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z "$cmd" && $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur") $(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _guarantee_score guarantee-score
`;
}

// zsh's _arguments reads [ ] : as syntax inside a description.
const zshText = (s: string) => s.replace(/[[\]:\\']/g, (c) => (c === "'" ? "'\\''" : `\\${c}`));

function zsh(all: Spec[]): string {
  const optionSpec = (o: Spec["options"][number]) => {
    const value = o.takesValue ? `:value:${o.choices ? `(${o.choices.join(" ")})` : "_files"}` : "";
    return [o.long, o.short]
      .filter(Boolean)
      .map((flag) => `'${flag}${o.takesValue && flag === o.long ? "=" : ""}[${zshText(o.description)}]${value}'`)
      .join(" ");
  };
  const cases = all.map(
    (s) => `    ${s.name}) _arguments -s ${s.options.map(optionSpec).join(" ")} '*:file:_files' ;;`,
  );
  return `#compdef guarantee-score
# zsh completion for guarantee-score: save it as _guarantee-score in a folder on $fpath
_guarantee_score() {
  local -a commands
  commands=(
${all.map((s) => `    '${s.name}:${zshText(s.description)}'`).join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands command commands
    _files
    return
  fi
  local cmd="\${words[2]}"
  shift words
  (( CURRENT-- ))
  case "$cmd" in
${cases.join("\n")}
    *) _files ;;
  esac
}
compdef _guarantee_score guarantee-score
`;
}

const fishText = (s: string) => `'${s.replace(/[\\']/g, "\\$&")}'`;

function fish(all: Spec[]): string {
  const lines = [
    "# fish completion for guarantee-score: save it as ~/.config/fish/completions/guarantee-score.fish",
    `complete -c guarantee-score -n __fish_use_subcommand -F`,
  ];
  for (const s of all) {
    lines.push(`complete -c guarantee-score -n __fish_use_subcommand -f -a ${s.name} -d ${fishText(s.description)}`);
    for (const o of s.options) {
      const flags = [o.long && `-l ${o.long.slice(2)}`, o.short && `-s ${o.short.slice(1)}`].filter(Boolean).join(" ");
      const value = o.takesValue ? (o.choices ? ` -x -a ${fishText(o.choices.join(" "))}` : " -r -F") : "";
      lines.push(
        `complete -c guarantee-score -n '__fish_seen_subcommand_from ${s.name}' ${flags}${value} -d ${fishText(o.description)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function completion(shell: string, program: Command, io: IO): Promise<number> {
  const all = specs(program);
  // No command word: the default command's options, and the program's own.
  const top = [
    ...(all.find((s) => s.name === "score")?.options ?? []),
    { long: "--version", short: "-v", description: "print the version", takesValue: false },
  ];
  const makers: Record<string, () => string> = {
    bash: () => bash(all, top),
    zsh: () => zsh(all),
    fish: () => fish(all),
  };
  const make = Object.hasOwn(makers, shell) ? makers[shell] : undefined;
  if (!make) throw new UsageError(`completion: unknown shell "${clean(shell)}": expected one of ${SHELLS.join(", ")}`);
  io.stdout.write(make());
  return EXIT.ok;
}

export const registerCompletion: Register = (program, io, result) => {
  program
    .command("completion")
    .description("print a shell completion script: completion bash|zsh|fish")
    .argument("<shell>", "bash | zsh | fish")
    .action(async (shell: string) => {
      result.code = await completion(shell, program, io);
    });
};
