extension Interpreter {
    func setUpBytesMethods() {}
    func encodeText(_ s: String, _ encoding: String, _ errors: String) throws -> [UInt8] { Array(s.utf8) }
}
