import { InvalidArgumentError } from "commander";

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** "1048576", "512KB", "20MB", "1.5MiB" → bytes (binary units). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined)
    throw new InvalidArgumentError(`expected a size such as 1048576, 512KB or 20MB, found "${value}"`);
  return Math.round(Number(m[1]) * unit);
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, found "${value}"`);
  return Number(value);
}

/** A repeatable option's values, in order. */
export const collect = (value: string, previous: string[]) => [...previous, value];

export function parseScore(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n > 100)
    throw new InvalidArgumentError(`expected a score from 0 to 100, found "${value}"`);
  return n;
}
