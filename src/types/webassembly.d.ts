// The WebAssembly global exists in Node but its types ship only with TypeScript's DOM library;
// this declares the two calls the schema engine loader needs instead of pulling in all of DOM.
declare namespace WebAssembly {
  type ModuleImports = Record<string, unknown>;
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  function instantiate(bytes: Uint8Array, imports?: Record<string, ModuleImports>): Promise<{ instance: Instance }>;
}
