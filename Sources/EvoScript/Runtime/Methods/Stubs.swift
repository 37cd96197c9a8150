// Method tables of the builtin containers, filled in by their own files.

extension Interpreter {
    func setUpStrMethods() {}
    func setUpBytesMethods() {}
}
