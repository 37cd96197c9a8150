// open(): text files (and basic binary files) backed by C stdio.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class PyFile: PyObject {
    var handle: UnsafeMutablePointer<FILE>?
    let name: String
    let mode: String
    let binary: Bool
    init(cls: PyType, handle: UnsafeMutablePointer<FILE>?, name: String, mode: String) {
        self.handle = handle; self.name = name; self.mode = mode
        self.binary = mode.contains("b")
        super.init(cls: cls)
    }
    deinit { if let h = handle { fclose(h) } }
}

extension Interpreter {
    func osError(errno code: Int32, filename: String?) -> ScriptError {
        let message = String(cString: strerror(code))
        let name: String
        switch code {
        case ENOENT: name = "FileNotFoundError"
        case EEXIST: name = "FileExistsError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EACCES, EPERM: name = "PermissionError"
        default: name = "OSError"
        }
        var args: [Value] = [.int(Int(code)), makeStr(message)]
        if let f = filename { args.append(makeStr(f)) }
        return ScriptError(exception: makeException(types.exception(name), args: args))
    }

    func setUpFileType() {
        let t = heap.track(PyType(metatype: types.type, name: "TextIOWrapper", bases: [types.object], dict: makeDict(),
                                  layout: .other, isBuiltin: true))
        t.mro = [t, types.object]
        fileType = t
        func file(_ i: Interpreter, _ a: Args) throws -> (PyFile, UnsafeMutablePointer<FILE>) {
            guard let f = a[0].asObject(PyFile.self) else { throw i.typeError("expected a file") }
            guard let h = f.handle else { throw i.valueError("I/O operation on closed file.") }
            return (f, h)
        }
        func readAll(_ h: UnsafeMutablePointer<FILE>) -> [UInt8] {
            var out: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buf, 1, buf.count, h)
                if n > 0 { out.append(contentsOf: buf[0..<n]) }
                if n < buf.count { break }
            }
            return out
        }
        func readLine(_ h: UnsafeMutablePointer<FILE>) -> [UInt8] {
            var out: [UInt8] = []
            while true {
                let c = fgetc(h)
                if c == EOF { break }
                out.append(UInt8(truncatingIfNeeded: c))
                if c == 10 { break }
            }
            return out
        }
        func text(_ i: Interpreter, _ f: PyFile, _ bytes: [UInt8]) -> Value {
            if f.binary { return Value(i.makeBytes(bytes)) }
            return i.makeStr(String(decoding: bytes, as: UTF8.self))
        }
        addMethod(t, "read") { i, a in
            let (f, h) = try file(i, a)
            if a.count > 1, let n = try i.indexValue(a[1]), n >= 0 {
                var out: [UInt8] = []
                // Read n code points (or bytes).
                while out.count < n * (f.binary ? 1 : 4) {
                    let c = fgetc(h)
                    if c == EOF { break }
                    out.append(UInt8(truncatingIfNeeded: c))
                    if !f.binary && String(decoding: out, as: UTF8.self).unicodeScalars.count >= n && (c & 0xC0) != 0x80 {
                        let peek = fgetc(h)
                        if peek != EOF { ungetc(peek, h) }
                        if peek == EOF || (peek & 0xC0) != 0x80 { break }
                    }
                    if f.binary && out.count >= n { break }
                }
                return text(i, f, out)
            }
            return text(i, f, readAll(h))
        }
        addMethod(t, "readline") { i, a in
            let (f, h) = try file(i, a)
            return text(i, f, readLine(h))
        }
        addMethod(t, "readlines") { i, a in
            let (f, h) = try file(i, a)
            var lines: [Value] = []
            while true {
                let l = readLine(h)
                if l.isEmpty { break }
                lines.append(text(i, f, l))
            }
            return Value(i.makeList(lines))
        }
        addMethod(t, "write") { i, a in
            let (f, h) = try file(i, a)
            guard a.count == 2 else { throw i.typeError("write() takes exactly one argument (\(a.count - 1) given)") }
            if f.binary {
                guard let b = a[1].asObject(PyBytes.self) else { throw i.typeError("a bytes-like object is required, not '\(i.typeName(a[1]))'") }
                _ = b.bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, h) }
                return .int(b.bytes.count)
            }
            guard let s = a[1].asObject(PyStr.self) else { throw i.typeError("write() argument must be str, not \(i.typeName(a[1]))") }
            let bytes = Array(s.value.utf8)
            _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, h) }
            return .int(s.count)
        }
        addMethod(t, "writelines") { i, a in
            let (_, h) = try file(i, a)
            for v in try i.iterateToArray(a.count > 1 ? a[1] : .none) {
                guard let s = v.asObject(PyStr.self) else { throw i.typeError("write() argument must be str, not \(i.typeName(v))") }
                let bytes = Array(s.value.utf8)
                _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, h) }
            }
            return .none
        }
        addMethod(t, "flush") { i, a in
            let (_, h) = try file(i, a)
            fflush(h)
            return .none
        }
        addMethod(t, "close") { _, a in
            if let f = a[0].asObject(PyFile.self), let h = f.handle { fclose(h); f.handle = nil }
            return .none
        }
        addMethod(t, "__enter__") { i, a in
            _ = try file(i, a)
            return a[0]
        }
        addMethod(t, "__exit__") { _, a in
            if let f = a[0].asObject(PyFile.self), let h = f.handle { fclose(h); f.handle = nil }
            return .none
        }
        addMethod(t, "__iter__") { _, a in a[0] }
        addMethod(t, "__next__") { i, a in
            let (f, h) = try file(i, a)
            let l = readLine(h)
            if l.isEmpty { throw ScriptError(exception: i.makeException(i.types.exception("StopIteration"), args: [])) }
            return text(i, f, l)
        }
        addGetSet(t, "name", get: { i, v in i.makeStr(v.asObject(PyFile.self)?.name ?? "") })
        addGetSet(t, "mode", get: { i, v in i.makeStr(v.asObject(PyFile.self)?.mode ?? "") })
        addGetSet(t, "closed", get: { _, v in .bool(v.asObject(PyFile.self)?.handle == nil) })

        defineBuiltin("open") { i, a in
            guard let fileArg = i.argument(a, 0, "file") else { throw i.typeError("open() missing required argument 'file' (pos 1)") }
            guard let path = fileArg.asObject(PyStr.self)?.value else {
                throw i.typeError("expected str, bytes or os.PathLike object, not \(i.typeName(fileArg))")
            }
            let mode = try i.argument(a, 1, "mode").map { try i.strArg($0, "open", 2) } ?? "r"
            let valid = Set("rwaxbt+")
            if mode.isEmpty || !mode.allSatisfy({ valid.contains($0) }) || mode.filter({ "rwax".contains($0) }).count != 1 {
                throw i.valueError("invalid mode: '\(mode)'")
            }
            var cmode = mode.contains("r") ? "r" : (mode.contains("w") ? "w" : (mode.contains("a") ? "a" : "wx"))
            if mode.contains("+") { cmode += "+" }
            if i.isDirectory(path) { throw i.osError(errno: EISDIR, filename: path) }
            guard let h = fopen(path, cmode) else { throw i.osError(errno: errno, filename: path) }
            return Value(i.heap.track(PyFile(cls: t, handle: h, name: path, mode: mode)))
        }
    }
}
