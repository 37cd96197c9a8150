// Writing to sys.stdout / sys.stderr or any object with write(): print(),
// the Python 2 print statement (with its softspace rule) and the REPL echo.

extension Interpreter {
    /// The object sys.stdout currently refers to (a script may replace it).
    func currentStdout() -> Value? {
        sysModule?.dict.getStr(intern("stdout"))
    }

    /// Writes text to `file` (nil: sys.stdout).
    func writeText(_ text: String, to file: Value?) throws {
        let target = file ?? currentStdout()
        if let t = target, let f = t.asObject(PyStdStream.self) {
            f.sink.write(text)
            return
        }
        guard let t = target else {
            stdout.write(text)
            return
        }
        _ = try callMethod(t, "write", [makeStr(text)])
    }

    func flushFile(_ file: Value?) throws {
        let target = file ?? currentStdout()
        if let t = target, let f = t.asObject(PyStdStream.self) { f.sink.flush(); return }
        if let t = target, special(t, "flush") != nil { _ = try callMethod(t, "flush", []) }
    }

    /// PRINT_ITEM: Python 2.7's print statement, softspace included.
    func printItem(_ v: Value, to dest: Value?) throws {
        let file = dest.flatMap { $0.isNone ? nil : $0 }
        let key = softspaceKey(file)
        if softspaces.contains(key) {
            try writeText(" ", to: file)
            softspaces.remove(key)
        }
        let s = try str(v)
        try writeText(s, to: file)
        // As 2.7: a str item ending in whitespace other than a plain space leaves softspace off.
        if v.object is PyStr, let last = s.unicodeScalars.last,
           last == "\n" || last == "\t" || last == "\r" || last == "\u{0B}" || last == "\u{0C}" {
            return
        }
        softspaces.insert(key)
    }

    func printNewline(to dest: Value?) throws {
        let file = dest.flatMap { $0.isNone ? nil : $0 }
        try writeText("\n", to: file)
        softspaces.remove(softspaceKey(file))
    }

    private func softspaceKey(_ file: Value?) -> ObjectIdentifier? {
        let target = file ?? currentStdout()
        return target?.object.map { ObjectIdentifier($0) }
    }

    /// The REPL's echo of an expression statement (sys.displayhook).
    func displayHook(_ v: Value) throws {
        if v.isNone { return }
        builtins.setStr(intern("_"), .none)
        try writeText(try repr(v) + "\n", to: nil)
        builtins.setStr(intern("_"), v)
    }
}

/// sys.stdout / sys.stderr objects backed by an OutputSink.
final class PyStdStream: PyObject {
    let sink: OutputSink
    let name: String
    init(cls: PyType, sink: OutputSink, name: String) {
        self.sink = sink; self.name = name
        super.init(cls: cls)
    }
}
