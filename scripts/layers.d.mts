// Types for layers.mjs, which the tests import.
export declare const LAYERS: readonly string[];
export declare const FORBIDDEN: readonly { from: string; to: string; why: string }[];
export declare function importGraph(root: string): Map<string, string[]>;
export declare function checkLayers(root: string): string[];
