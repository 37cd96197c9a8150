// os and os.path (posixpath): the process environment, the working folder,
// folder listings, file removal, and CPython's pure path algorithms.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    func makeOsModule() throws -> PyModule {
        let m = makeModule("os")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        d.setStr(intern("sep"), makeStr("/"))
        d.setStr(intern("altsep"), .none)
        d.setStr(intern("linesep"), makeStr("\n"))
        d.setStr(intern("name"), makeStr("posix"))
        d.setStr(intern("curdir"), makeStr("."))
        d.setStr(intern("pardir"), makeStr(".."))
        d.setStr(intern("extsep"), makeStr("."))
        d.setStr(intern("pathsep"), makeStr(":"))
        d.setStr(intern("devnull"), makeStr("/dev/null"))
        let env = makeDict()
        let envp: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        if var p = envp {
            while let cstr = p.pointee {
                let entry = String(cString: cstr)
                if let eq = entry.firstIndex(of: "=") {
                    env.setStr(intern(String(entry[..<eq])), makeStr(String(entry[entry.index(after: eq)...])))
                }
                p += 1
            }
        }
        d.setStr(intern("environ"), Value(env))
        fn("getenv") { i, a in
            try i.expectArgs(a, "getenv", min: 1, max: 2)
            let key = try i.strArg(a[0], "getenv")
            let dflt = i.argument(a, 1, "default") ?? .none
            if let e = i.modules.getStr(i.intern("os"))?.asObject(PyModule.self)?.dict.getStr(i.intern("environ"))?.asObject(PyDict.self) {
                return e.getStr(i.intern(key)) ?? dflt
            }
            guard let v = getenv(key) else { return dflt }
            return i.makeStr(String(cString: v))
        }
        fn("getcwd") { i, _ in i.makeStr(i.currentDirectory()) }
        fn("getpid") { _, _ in .int(Int(getpid())) }
        fn("listdir") { i, a in
            let path = a.count > 0 ? try i.strArg(a[0], "listdir") : "."
            guard let dir = opendir(path) else { throw i.osError(path) }
            defer { closedir(dir) }
            var names: [Value] = []
            while let ent = readdir(dir) {
                let name = withUnsafePointer(to: ent.pointee.d_name) { p in
                    p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(i.makeStr(name)) }
            }
            return Value(i.makeList(names))
        }
        for name in ["remove", "unlink"] {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 1, max: 1)
                let path = try i.strArg(a[0], name)
                if i.isDirectory(path) { throw i.osError(path, code: EISDIR) }
                if unlink(path) != 0 { throw i.osError(path) }
                return .none
            }
        }
        fn("rmdir") { i, a in
            let path = try i.strArg(a[0], "rmdir")
            if rmdir(path) != 0 { throw i.osError(path) }
            return .none
        }
        fn("mkdir") { i, a in
            let path = try i.strArg(a[0], "mkdir")
            if mkdir(path, 0o777) != 0 { throw i.osError(path) }
            return .none
        }
        fn("makedirs") { i, a in
            let path = try i.strArg(a[0], "makedirs")
            let existOk = try (i.argument(a, 2, "exist_ok")).map { try i.isTrue($0) } ?? false
            if i.isDirectory(path) {
                if existOk { return .none }
                throw i.osError(path, code: EEXIST)
            }
            var cur = path.hasPrefix("/") ? "/" : ""
            for comp in path.split(separator: "/") {
                cur += (cur.isEmpty || cur.hasSuffix("/") ? "" : "/") + comp
                if !i.isDirectory(cur) && mkdir(cur, 0o777) != 0 { throw i.osError(cur) }
            }
            return .none
        }
        fn("rename") { i, a in
            try i.expectArgs(a, "rename", min: 2, max: 2)
            let src = try i.strArg(a[0], "rename"), dst = try i.strArg(a[1], "rename", 2)
            if rename(src, dst) != 0 { throw i.osError(src) }
            return .none
        }
        fn("fspath") { i, a in
            try i.expectArgs(a, "fspath", min: 1, max: 1)
            if a[0].object is PyStr || a[0].object is PyBytes { return a[0] }
            if let m = i.special(a[0], "__fspath__") { return try i.call(m, [a[0]]) }
            throw i.typeError("expected str, bytes or os.PathLike object, not \(i.typeName(a[0]))")
        }
        modules.setStr(intern("os"), Value(m))
        d.setStr(intern("path"), try importModule("os.path"))
        return m
    }

    func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        return String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// An OSError subclass for errno, as CPython raises it: [Errno n] message: 'path'.
    func osError(_ path: String, code: Int32? = nil) -> ScriptError {
        let e = code ?? errno
        let name: String
        switch e {
        case ENOENT: name = "FileNotFoundError"
        case EEXIST: name = "FileExistsError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EACCES, EPERM: name = "PermissionError"
        default: name = "OSError"
        }
        let msg = String(cString: strerror(e))
        return ScriptError(exception: makeException(types.exception(name), args: [.int(Int(e)), makeStr(msg), makeStr(path)]))
    }

    func makeOsPathModule() -> PyModule {
        let m = makeModule("posixpath")
        modules.setStr(intern("posixpath"), Value(m))
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        func path(_ i: Interpreter, _ a: Args, _ name: String, _ k: Int = 0) throws -> String {
            guard k < a.count else { throw i.typeError("\(name)() missing required argument 'path' (pos \(k + 1))") }
            if let s = a[k].asObject(PyStr.self) { return s.value }
            if let f = i.special(a[k], "__fspath__"), let s = try i.call(f, [a[k]]).asObject(PyStr.self) { return s.value }
            throw i.typeError("expected str, bytes or os.PathLike object, not \(i.typeName(a[k]))")
        }
        d.setStr(intern("sep"), makeStr("/"))
        fn("join") { i, a in
            guard a.count >= 1 else { throw i.typeError("join() missing 1 required positional argument: 'a'") }
            var result = try path(i, a, "join")
            for k in 1..<max(1, a.count) {
                guard let b = a[k].asObject(PyStr.self)?.value else {
                    throw i.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(i.typeName(a[k]))'")
                }
                if b.hasPrefix("/") { result = b }
                else if result.isEmpty || result.hasSuffix("/") { result += b }
                else { result += "/" + b }
            }
            return i.makeStr(result)
        }
        fn("split") { i, a in
            let (h, t) = posixSplit(try path(i, a, "split"))
            return Value(i.makeTuple([i.makeStr(h), i.makeStr(t)]))
        }
        fn("basename") { i, a in i.makeStr(posixSplitRaw(try path(i, a, "basename")).1) }
        fn("dirname") { i, a in i.makeStr(posixSplit(try path(i, a, "dirname")).0) }
        fn("splitext") { i, a in
            let (r, e) = posixSplitext(try path(i, a, "splitext"))
            return Value(i.makeTuple([i.makeStr(r), i.makeStr(e)]))
        }
        fn("normpath") { i, a in i.makeStr(posixNormpath(try path(i, a, "normpath"))) }
        fn("isabs") { i, a in .bool(try path(i, a, "isabs").hasPrefix("/")) }
        fn("abspath") { i, a in
            var p = try path(i, a, "abspath")
            if !p.hasPrefix("/") {
                let cwd = i.currentDirectory()
                p = p.isEmpty ? cwd : (cwd.hasSuffix("/") ? cwd + p : cwd + "/" + p)
            }
            return i.makeStr(posixNormpath(p))
        }
        fn("exists") { i, a in
            guard let p = a.count > 0 ? a[0].asObject(PyStr.self)?.value : nil else { return .bool(false) }
            var st = stat()
            return .bool(stat(p, &st) == 0)
        }
        fn("isfile") { i, a in .bool(i.fileExists((a.count > 0 ? a[0].asObject(PyStr.self)?.value : nil) ?? "")) }
        fn("isdir") { i, a in .bool(i.isDirectory((a.count > 0 ? a[0].asObject(PyStr.self)?.value : nil) ?? "")) }
        fn("getsize") { i, a in
            let p = try path(i, a, "getsize")
            var st = stat()
            if stat(p, &st) != 0 { throw i.osError(p) }
            return .int(Int(st.st_size))
        }
        fn("expanduser") { i, a in
            let p = try path(i, a, "expanduser")
            guard p.hasPrefix("~"), let home = getenv("HOME") else { return i.makeStr(p) }
            let rest = p.dropFirst()
            if !rest.isEmpty && !rest.hasPrefix("/") { return i.makeStr(p) }
            var h = String(cString: home)
            while h.count > 1 && h.hasSuffix("/") { h.removeLast() }
            return i.makeStr(h + rest)
        }
        return m
    }
}

/// posixpath.split without stripping the head's trailing slashes.
private func posixSplitRaw(_ p: String) -> (String, String) {
    let s = Array(p.unicodeScalars)
    var i = s.count
    while i > 0 && s[i - 1] != "/" { i -= 1 }
    var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
    head.append(contentsOf: s[0..<i]); tail.append(contentsOf: s[i...])
    return (String(head), String(tail))
}

private func posixSplit(_ p: String) -> (String, String) {
    var (head, tail) = posixSplitRaw(p)
    if !head.isEmpty && !head.unicodeScalars.allSatisfy({ $0 == "/" }) {
        while head.hasSuffix("/") { head.removeLast() }
    }
    _ = tail
    tail = posixSplitRaw(p).1
    return (head, tail)
}

private func posixSplitext(_ p: String) -> (String, String) {
    let s = Array(p.unicodeScalars)
    let sepIndex = s.lastIndex(of: "/") ?? -1
    let dotIndex = s.lastIndex(of: ".") ?? -1
    if dotIndex > sepIndex {
        var f = sepIndex + 1
        while f < dotIndex {
            if s[f] != "." {
                var r = String.UnicodeScalarView(), e = String.UnicodeScalarView()
                r.append(contentsOf: s[0..<dotIndex]); e.append(contentsOf: s[dotIndex...])
                return (String(r), String(e))
            }
            f += 1
        }
    }
    return (p, "")
}

private func posixNormpath(_ path: String) -> String {
    if path.isEmpty { return "." }
    var initial = path.hasPrefix("/") ? 1 : 0
    if initial == 1 && path.hasPrefix("//") && !path.hasPrefix("///") { initial = 2 }
    var comps: [Substring] = []
    for comp in path.split(separator: "/", omittingEmptySubsequences: false) {
        if comp.isEmpty || comp == "." { continue }
        if comp != ".." || (initial == 0 && comps.isEmpty) || (comps.last == "..") {
            comps.append(comp)
        } else if !comps.isEmpty {
            comps.removeLast()
        }
    }
    let joined = String(repeating: "/", count: initial) + comps.joined(separator: "/")
    return joined.isEmpty ? "." : joined
}
