// Numbers as the reports print them.

// Not toLocaleString: its first call loads ICU data, a fifth of a one-file run's time.
/** 15000 → "15,000"; decimals are kept as they are. */
export function fmt(n: number): string {
  const [int, frac] = String(n).split(".");
  return int!.replace(/\B(?=(\d{3})+$)/g, ",") + (frac ? `.${frac}` : "");
}

/** "1 guarantor", "2 guarantors", "1,000 guarantors". */
export const plural = (n: number, word: string) => `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;

/** 1048576 → "1 MiB", 1536 → "1.5 KiB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${n} bytes`;
}
