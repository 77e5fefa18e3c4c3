// Types for hostile-inputs.mjs, which the tests import.
export declare const LIMIT: number;
export declare function fill(unit: (i: number) => string, size?: number, head?: string): string;
/** name → the file's text, and the diagnostic code a run must end in ("ok": the file is valid). */
export declare const HOSTILE: Record<string, { text: () => string; code: string }>;
