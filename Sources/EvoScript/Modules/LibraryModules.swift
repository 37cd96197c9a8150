// The standard library modules implemented in Swift, registered by name.
// Each module's functions live in a file of its own under Modules/.

extension Interpreter {
    func registerLibraryModules() {
    }
}
