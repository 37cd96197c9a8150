// Attributes of particular exception classes: UnicodeDecodeError and
// UnicodeEncodeError (args encoding, object, start, end, reason, and CPython's
// str() of them), ImportError (name, path, msg).

extension Interpreter {
    /// The error a codec raises for object[start..<end].
    func unicodeError(_ type: String, encoding: String, object: Value, start: Int, end: Int, reason: String) -> ScriptError {
        ScriptError(exception: makeException(types.exception(type),
                                             args: [makeStr(encoding), object, .int(start), .int(end), makeStr(reason)]))
    }

    func setUpExceptionAttributes() {
        setUpUnicodeErrors()
        let importError = types.exception("ImportError")
        for attr in ["name", "path"] {
            addGetSet(importError, attr, get: { i, v in
                v.asObject(PyBaseException.self)?.dict?.getStr(i.intern(attr)) ?? .none
            }, set: { i, v, nv in
                guard let e = v.asObject(PyBaseException.self) else { return }
                if e.dict == nil { e.dict = i.makeDict() }
                e.dict?.setStr(i.intern(attr), nv)
            })
        }
        addGetSet(importError, "msg", get: { _, v in
            guard let e = v.asObject(PyBaseException.self), e.args.count == 1 else { return .none }
            return e.args[0]
        })
    }

    private func setUpUnicodeErrors() {
        for name in ["UnicodeDecodeError", "UnicodeEncodeError"] {
            let t = types.exception(name)
            for (k, attr) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                addGetSet(t, attr, get: { _, v in
                    guard let e = v.asObject(PyBaseException.self), e.args.count == 5 else { return .none }
                    return e.args[k]
                })
            }
            addMethod(t, "__str__") { i, a in
                guard let e = a.count > 0 ? a[0].asObject(PyBaseException.self) : nil else { return i.makeStr("") }
                return i.makeStr(try i.unicodeErrorStr(e, decoding: name == "UnicodeDecodeError"))
            }
        }
    }

    private func unicodeErrorStr(_ e: PyBaseException, decoding: Bool) throws -> String {
        guard e.args.count == 5, let enc = e.args[0].asObject(PyStr.self), let reason = e.args[4].asObject(PyStr.self),
              case .int(let start) = e.args[2], case .int(let end) = e.args[3] else {
            return try baseExceptionStr(e)
        }
        if decoding, let obj = e.args[1].asObject(PyBytes.self) {
            if end == start + 1 && start >= 0 && start < obj.bytes.count {
                let byte = hexEscape(UInt32(obj.bytes[start]), prefix: "", width: 2)
                return "'\(enc.value)' codec can't decode byte 0x\(byte) in position \(start): \(reason.value)"
            }
            return "'\(enc.value)' codec can't decode bytes in position \(start)-\(end - 1): \(reason.value)"
        }
        if !decoding, let obj = e.args[1].asObject(PyStr.self) {
            if end == start + 1 && start >= 0 && start < obj.count {
                let ch = asciiEscape(String(obj.scalar(at: start)))
                return "'\(enc.value)' codec can't encode character '\(ch)' in position \(start): \(reason.value)"
            }
            return "'\(enc.value)' codec can't encode characters in position \(start)-\(end - 1): \(reason.value)"
        }
        return try baseExceptionStr(e)
    }
}
