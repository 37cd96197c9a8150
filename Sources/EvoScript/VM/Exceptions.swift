// Raising and matching exceptions, chaining (__context__, __cause__), and
// building tracebacks while unwinding.

extension Interpreter {
    func isInstance(_ e: PyBaseException, _ name: String) -> Bool {
        e.cls.isSubtype(of: types.exception(name))
    }

    func isInstance(_ v: Value, _ t: PyType) -> Bool {
        typeOf(v).isSubtype(of: t)
    }

    /// Does exception `e` match the `except` clause's type (a class or a tuple of classes)?
    func exceptionMatches(_ e: Value, _ t: Value) throws -> Bool {
        if let tt = t.asObject(PyTuple.self) {
            for x in tt.items where try exceptionMatches(e, x) { return true }
            return false
        }
        guard let cls = t.asObject(PyType.self), cls.isSubtype(of: types.baseException) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return typeOf(e).isSubtype(of: cls)
    }

    /// The exception instance `raise X from cause` raises.
    func makeRaisable(_ v: Value, cause: Value?) throws -> PyBaseException {
        let exc: PyBaseException
        if let e = v.asObject(PyBaseException.self) {
            exc = e
        } else if let t = v.asObject(PyType.self), t.isSubtype(of: types.baseException) {
            let inst = try call(v, [])
            guard let e = inst.asObject(PyBaseException.self) else {
                throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(typeName(inst))")
            }
            exc = e
        } else {
            throw typeError("exceptions must derive from BaseException")
        }
        if let c = cause {
            if c.isNone {
                exc.cause = .none
            } else if let ce = c.asObject(PyBaseException.self) {
                exc.cause = Value(ce)
            } else if let ct = c.asObject(PyType.self), ct.isSubtype(of: types.baseException) {
                exc.cause = try call(c, [])
            } else {
                throw typeError("exception causes must derive from BaseException")
            }
            exc.suppressContext = true
        }
        return exc
    }

    /// sys.exc_info()'s exception: the innermost one being handled, looking
    /// through generator frames to the code that resumed them (CPython 3.8).
    func currentHandledException() -> PyBaseException? {
        if let e = handled.asObject(PyBaseException.self) { return e }
        var i = frameCount - 1
        while i >= 0 {
            let f = frames[i]
            if f.generator != nil, let e = f.outerHandled.asObject(PyBaseException.self) { return e }
            i -= 1
        }
        return nil
    }

    /// Sets __context__ of a newly raised exception to the one being handled.
    func attachContext(_ exc: PyBaseException) {
        guard let h = currentHandledException(), h !== exc, exc.context.isNone else { return }
        // Avoid a cycle in the context chain.
        var o: PyBaseException? = h
        var steps = 0
        while let x = o, steps < 1000 {
            if let c = x.context.asObject(PyBaseException.self), c === exc {
                x.context = .none
                break
            }
            o = x.context.asObject(PyBaseException.self)
            steps += 1
        }
        exc.context = Value(h)
    }

    /// Prepends a traceback entry for a frame the exception passes through.
    func addTraceback(_ exc: PyBaseException, frame f: Frame, ip: Int) {
        let line = f.code.line(at: ip)
        let n = f.code.nlocals
        var vals: [Value] = []
        vals.reserveCapacity(n)
        for i in 0..<n { vals.append(f.locals[i]) }
        let fo = heap.track(PyFrameObject(cls: types.frame, code: f.code, globals: f.globals, lineno: line,
                                          localValues: vals, localsDict: f.localsDict))
        let tb = heap.track(PyTraceback(cls: types.traceback, next: exc.traceback, frame: fo, lineno: line))
        exc.traceback = Value(tb)
    }

    /// The traceback entries of an exception, outermost first: (filename, line, function name).
    func tracebackEntries(_ exc: PyBaseException) -> [(file: String, line: Int, name: String)] {
        var out: [(String, Int, String)] = []
        var tb = exc.traceback.asObject(PyTraceback.self)
        var guardCount = 0
        while let t = tb, guardCount < 100_000 {
            out.append((t.frame.code.filename, t.lineno, t.frame.code.name))
            tb = t.next.asObject(PyTraceback.self)
            guardCount += 1
        }
        return out
    }

    /// The source line `line` of `file` (stripped), when the file is known.
    func sourceLine(_ file: String, _ line: Int) -> String? {
        if sources[file] == nil, let text = readTextFile(file) {
            sources[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        let s = lines[line - 1].trimmingCharacters(in: " \t\r\u{0C}")
        return s.isEmpty ? nil : s
    }

    /// The text CPython prints for an exception (traceback.format_exception).
    func formatException(_ exc: PyBaseException, chain: Bool = true, qualifyMain: Bool = true) -> String {
        var out = ""
        var seen: [ObjectIdentifier] = []
        func emit(_ e: PyBaseException) {
            seen.append(ObjectIdentifier(e))
            if chain {
                if let c = e.cause.asObject(PyBaseException.self), !seen.contains(ObjectIdentifier(c)) {
                    emit(c)
                    out += "\nThe above exception was the direct cause of the following exception:\n\n"
                } else if !e.suppressContext, let c = e.context.asObject(PyBaseException.self), !seen.contains(ObjectIdentifier(c)) {
                    emit(c)
                    out += "\nDuring handling of the above exception, another exception occurred:\n\n"
                }
            }
            let entries = tracebackEntries(e)
            if !entries.isEmpty {
                out += "Traceback (most recent call last):\n"
                for (file, line, name) in entries {
                    out += "  File \"\(file)\", line \(line), in \(name)\n"
                    if let src = sourceLine(file, line) { out += "    \(src)\n" }
                }
            }
            out += formatExceptionOnly(e, qualifyMain: qualifyMain)
        }
        emit(exc)
        return out
    }

    /// The last line(s): `Type: message` (SyntaxError adds the source line and caret).
    func formatExceptionOnly(_ e: PyBaseException, qualifyMain: Bool = true) -> String {
        var name = e.cls.name
        if !e.cls.isBuiltin {
            let mod = e.cls.dict.getStr(intern("__module__")).flatMap { $0.asObject(PyStr.self)?.value } ?? "__main__"
            if mod != "builtins" && (qualifyMain || mod != "__main__") { name = "\(mod).\(e.cls.qualname)" }
        }
        if e.cls.isSubtype(of: types.exception("SyntaxError")), let info = syntaxErrorDetails(e) {
            var out = ""
            out += "  File \"\(info.file)\", line \(info.line)\n"
            if !info.text.isEmpty {
                // CPython 3.8's print_error_text, on the line with its newline.
                var text = Array(info.text.unicodeScalars)
                if text.last != "\n" { text.append("\n") }
                var offset = info.offset
                var i = 0
                if offset >= 0 {
                    if offset > 0 && offset == text.count && text[offset - 1] == "\n" { offset -= 1 }
                    while let nl = text[i...].firstIndex(of: "\n"), nl - i < offset, nl + 1 < text.count {
                        offset -= nl + 1 - i
                        i = nl + 1
                    }
                    while i < text.count && (text[i] == " " || text[i] == "\t" || text[i] == "\u{0C}") {
                        i += 1
                        offset -= 1
                    }
                }
                out += "    " + String(String.UnicodeScalarView(text[i...]))
                if offset != -1 {
                    out += "    " + String(repeating: " ", count: max(0, offset - 1)) + "^\n"
                }
            }
            return out + "\(name): \(info.msg)\n"
        }
        let msg = (try? exceptionStr(e)) ?? "<exception str() failed>"
        return msg.isEmpty ? "\(name)\n" : "\(name): \(msg)\n"
    }

    func exceptionStr(_ e: PyBaseException) throws -> String {
        if let m = lookupSpecial(e.cls, names.str),
           !(m.object is PyBuiltinFunction) || m.asObject(PyBuiltinFunction.self)?.owner !== types.baseException {
            return try str(try call(m, [Value(e)]))
        }
        return try baseExceptionStr(e)
    }

    func baseExceptionStr(_ e: PyBaseException) throws -> String {
        if e.cls.isSubtype(of: types.exception("KeyError")), e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(Value(makeTuple(e.args)))
        }
    }

    private func syntaxErrorDetails(_ e: PyBaseException) -> (file: String, line: Int, offset: Int, text: String, msg: String)? {
        guard let d = e.dict else { return nil }
        func get(_ k: String) -> Value? { d.getStr(intern(k)) }
        guard let file = get("filename")?.asObject(PyStr.self)?.value else { return nil }
        let line: Int
        if case .int(let l)? = get("lineno") { line = l } else { line = 0 }
        let offset: Int
        if case .int(let o)? = get("offset") { offset = o } else { offset = 0 }
        let text = get("text")?.asObject(PyStr.self)?.value ?? ""
        let msg = get("msg")?.asObject(PyStr.self)?.value ?? ""
        return (file, line, offset, text, msg)
    }

    /// A SyntaxError exception object from the parser's or compiler's report.
    func makeSyntaxError(_ info: SyntaxErrorInfo) -> PyBaseException {
        let e = makeException(types.exception(info.kind.rawValue), args: [])
        let d = makeDict()
        d.setStr(intern("msg"), makeStr(info.message))
        d.setStr(intern("filename"), makeStr(info.filename))
        d.setStr(intern("lineno"), .int(info.line))
        d.setStr(intern("offset"), .int(info.offset))
        d.setStr(intern("text"), makeStr(info.text))
        e.dict = d
        e.args = [makeStr(info.message), Value(makeTuple([makeStr(info.filename), .int(info.line), .int(info.offset), makeStr(info.text)]))]
        return e
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, chars.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, chars.contains(l) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension Interpreter {
    /// PyErr_WriteUnraisable: an exception nobody can catch (raised by a
    /// finalizer) is printed on stderr after "Exception ignored in: <obj>".
    func writeUnraisable(_ exc: PyBaseException, in obj: Value, fallback: String) {
        stdout.flush()
        stderr.write("Exception ignored in: \((try? repr(obj)) ?? fallback)\n")
        stderr.write(formatException(exc))
    }
}
