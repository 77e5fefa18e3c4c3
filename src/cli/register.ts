// What program.ts hands the command modules that register themselves (suggest, report).
import type { Command } from "commander";
import type { Paint } from "../report/text.js";
import type { Limits } from "../schema/load.js";
import type { IO } from "./io.js";

export interface SharedFlags {
  color?: boolean;
  maxFileSize?: number;
  maxAliases?: number;
  maxDepth?: number;
  maxNodes?: number;
}

export interface Helpers {
  /** Adds --color/--no-color and the limits' flags. */
  withShared(cmd: Command): Command;
  paintFor(o: SharedFlags): Promise<Paint>;
  limitsFor(o: SharedFlags): Limits;
  widthFor(): number;
}

export type Register = (program: Command, io: IO, result: { code: number }, helpers: Helpers) => void;
