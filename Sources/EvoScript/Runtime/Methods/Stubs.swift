// Method tables of the builtin containers, filled in by their own files.

extension Interpreter {
    func setUpNumberMethods() {}
    func setUpListMethods() {}
    func setUpTupleMethods() {}
    func setUpDictMethods() {}
    func setUpSetMethods() {}
    func setUpRangeAndSliceMethods() {}
}
