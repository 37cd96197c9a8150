// Modules written in EvoScript and compiled into the library, by name.
// (Each is a Swift string constant, so the binary needs no resource files.)

let embeddedModuleSources: [String: EmbeddedModule] = [
    "collections": EmbeddedModule(text: collectionsModuleSource, isPackage: false),
    "functools": EmbeddedModule(text: functoolsModuleSource, isPackage: false),
    "random": EmbeddedModule(text: randomModuleSource, isPackage: false),
    "bisect": EmbeddedModule(text: bisectModuleSource, isPackage: false),
    "types": EmbeddedModule(text: typesModuleSource, isPackage: false),
    "traceback": EmbeddedModule(text: tracebackModuleSource, isPackage: false),
    "warnings": EmbeddedModule(text: warningsModuleSource, isPackage: false),
    "contextlib": EmbeddedModule(text: contextlibModuleSource, isPackage: false),
    "inspect": EmbeddedModule(text: inspectModuleSource, isPackage: false),
    "asyncio": EmbeddedModule(text: asyncioModuleSource, isPackage: false),
]
