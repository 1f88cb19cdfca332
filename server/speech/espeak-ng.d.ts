/** The npm espeak-ng build ships no types: an Emscripten factory that runs main with `arguments`. */
declare module 'espeak-ng' {
  const factory: (options: {
    arguments: string[];
    print?: (line: string) => void;
    printErr?: (line: string) => void;
  }) => Promise<{ FS: { readFile: (path: string) => Uint8Array } }>;
  export default factory;
}
