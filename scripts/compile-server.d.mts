/** Types of compile-server.mjs for the TypeScript that calls it (the benchmarks). */
export declare const root: string;
/** Compiles `entry` (default server/main.ts) into dist-server/ and returns the file's path. */
export declare function compileServer(entry?: string): Promise<string>;
