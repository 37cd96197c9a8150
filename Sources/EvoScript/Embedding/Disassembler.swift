// A readable listing of compiled bytecode, for engineers (`evoscript --dis FILE`).

extension Interpreter {
    /// Compiles `source` and lists its bytecode, nested code objects included.
    public func disassemble(_ source: String, filename: String = "<dis>") -> String {
        do {
            let code = try compileSource(source, filename: filename)
            var out = ""
            disassemble(code, into: &out)
            return out
        } catch let e as ScriptError {
            return formatException(e.exception)
        } catch {
            return "\(error)"
        }
    }

    private func disassemble(_ code: PyCode, into out: inout String) {
        out += "code \(code.qualname) (line \(code.firstLine)) locals=\(code.varnames) cells=\(code.cellvars) free=\(code.freevars) stack=\(code.stacksize)\n"
        var nested: [PyCode] = []
        for (i, ins) in code.instrs.enumerated() {
            var arg = "\(ins.arg)"
            switch ins.op {
            case .loadConst:
                let c = code.constants[safe: Int(ins.arg)] ?? .none
                if let sub = c.asObject(PyCode.self) { nested.append(sub); arg += " <code \(sub.name)>" }
                else { arg += " (\((try? repr(c)) ?? "?"))" }
            case .loadGlobal, .storeGlobal, .loadName, .storeName, .loadAttr, .storeAttr, .loadMethod, .importName, .importFrom:
                arg += " (\(code.names[safe: Int(ins.arg)]?.value ?? "?"))"
            case .loadFast, .storeFast, .deleteFast:
                arg += " (\(code.varnames[safe: Int(ins.arg)] ?? "?"))"
            default: break
            }
            let h = code.handlerIndex[safe: i].map { $0 >= 0 ? " h\($0)" : "" } ?? ""
            out += "  \(i)\tline \(code.lines[safe: i] ?? 0)\t\(ins.op) \(arg)\(h)\n"
        }
        for (k, h) in code.handlers.enumerated() { out += "  handler h\(k): -> \(h.target) depth \(h.depth)\n" }
        for sub in nested { disassemble(sub, into: &out) }
    }
}

extension ContiguousArray {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
