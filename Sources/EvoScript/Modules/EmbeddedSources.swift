// Modules written in EvoScript and compiled into the library, by name.
// (Each is a Swift string constant, so the binary needs no resource files.)

let embeddedModuleSources: [String: EmbeddedModule] = [:]
