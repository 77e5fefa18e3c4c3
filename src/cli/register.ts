// What program.ts hands each command module, which registers its own command: the flags
// several commands share and the helpers that read them.
import type { Command } from "commander";
import type { Paint } from "../present/text.js";
import type { Limits } from "../schema/load.js";
import type { IO } from "./io.js";

export interface SharedFlags {
  color?: boolean;
  maxFileSize?: number;
  maxAliases?: number;
  maxDepth?: number;
  maxNodes?: number;
  followSymlinks?: boolean;
}

export interface Helpers {
  /** Adds --color/--no-color, the limits' flags and --follow-symlinks. */
  withShared(cmd: Command): Command;
  /** Adds --config FILE and --no-config. */
  withConfig(cmd: Command): Command;
  paintFor(o: SharedFlags): Promise<Paint>;
  limitsFor(o: SharedFlags): Limits;
  widthFor(): number;
  /** The run's folder as a real path, or undefined with --follow-symlinks. */
  rootFor(o: SharedFlags): string | undefined;
}

export type Register = (program: Command, io: IO, result: { code: number }, helpers: Helpers) => void;
