// The import system: builtin modules (Swift or embedded EvoScript source),
// then .evo files and package folders (with __init__.evo) on the search
// path. Each module runs once and is cached in sys.modules.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    func makeModule(_ name: String) -> PyModule {
        let d = makeDict()
        d.setStr(intern("__name__"), makeStr(name))
        d.setStr(intern("__doc__"), .none)
        return heap.track(PyModule(cls: types.module, name: name, dict: d))
    }

    /// IMPORT_NAME: returns the top package (or the module itself when fromlist is given).
    func importName(_ name: String, fromlist: Value, level: Value, globals: PyDict) throws -> Value {
        var fullName = name
        let lvl = (try indexValue(level)) ?? 0
        if lvl > 0 {
            fullName = try resolveRelative(name, level: lvl, globals: globals)
        }
        let module = try importModule(fullName)
        let hasFromlist = !(fromlist.isNone) && ((fromlist.asObject(PyTuple.self)?.items.isEmpty == false) || (fromlist.asObject(PyList.self)?.items.isEmpty == false))
        if hasFromlist {
            // Submodules named in the fromlist are imported too.
            if let m = module.asObject(PyModule.self), m.dict.getStr(intern("__path__")) != nil {
                for item in try iterateToArray(fromlist) {
                    guard let s = item.asObject(PyStr.self), s.value != "*" else { continue }
                    if m.dict.getStr(s) == nil { _ = try? importModule("\(fullName).\(s.value)") }
                }
            }
            return module
        }
        if lvl > 0 { return module }
        let top = String(fullName.split(separator: ".").first ?? Substring(fullName))
        return modules.getStr(intern(top)) ?? module
    }

    private func resolveRelative(_ name: String, level: Int, globals: PyDict) throws -> String {
        var package = globals.getStr(intern("__package__"))?.asObject(PyStr.self)?.value ?? ""
        if package.isEmpty {
            let modName = globals.getStr(intern("__name__"))?.asObject(PyStr.self)?.value ?? ""
            if globals.getStr(intern("__path__")) != nil { package = modName }
            else { package = modName.split(separator: ".").dropLast().joined(separator: ".") }
        }
        if package.isEmpty {
            throw error("ImportError", "attempted relative import with no known parent package")
        }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw error("ImportError", "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : "\(base).\(name)"
    }

    /// Imports a dotted module name (parents first) and returns the module itself.
    func importModule(_ fullName: String) throws -> Value {
        if let m = modules.getStr(intern(fullName)) {
            if m.isNone { throw moduleNotFound(fullName) }
            return m
        }
        let parts = fullName.split(separator: ".").map(String.init)
        var parent: PyModule? = nil
        var soFar = ""
        for (idx, p) in parts.enumerated() {
            soFar = idx == 0 ? p : soFar + "." + p
            if let existing = modules.getStr(intern(soFar)), let m = existing.asObject(PyModule.self) {
                parent = m
                continue
            }
            let m = try loadModule(soFar, parent: parent)
            if let par = parent { par.dict.setStr(intern(p), Value(m)) }
            parent = m
        }
        guard let result = modules.getStr(intern(fullName)) else { throw moduleNotFound(fullName) }
        return result
    }

    private func moduleNotFound(_ name: String) -> ScriptError {
        let e = makeException("ModuleNotFoundError", "No module named '\(name)'")
        if e.dict == nil { e.dict = makeDict() }
        e.dict?.setStr(intern("name"), makeStr(name))
        return ScriptError(exception: e)
    }

    private func loadModule(_ name: String, parent: PyModule?) throws -> PyModule {
        if let factory = nativeModules[name] {
            let m = try factory(self)
            modules.setStr(intern(name), Value(m))
            return m
        }
        if let source = embeddedModuleSources[name] {
            return try execModuleSource(name, source: source.text, filename: "<\(name)>", isPackage: source.isPackage, directory: nil)
        }
        // Search the parent package's folder, or the search path.
        var dirs: [String] = []
        if let par = parent {
            guard let path = par.dict.getStr(intern("__path__")) else { throw moduleNotFound(name) }
            for p in (try? iterateToArray(path)) ?? [] {
                if let s = p.asObject(PyStr.self) { dirs.append(s.value) }
            }
        } else {
            dirs = searchPath
        }
        let last = String(name.split(separator: ".").last ?? Substring(name))
        for dir in dirs {
            let pkgDir = dir.isEmpty ? last : "\(dir)/\(last)"
            let initFile = "\(pkgDir)/__init__.evo"
            if fileExists(initFile) {
                guard let src = readTextFile(initFile) else { throw error("ImportError", "cannot read \(initFile)") }
                return try execModuleSource(name, source: src, filename: initFile, isPackage: true, directory: pkgDir)
            }
            let file = dir.isEmpty ? "\(last).evo" : "\(dir)/\(last).evo"
            if fileExists(file) {
                guard let src = readTextFile(file) else { throw error("ImportError", "cannot read \(file)") }
                return try execModuleSource(name, source: src, filename: file, isPackage: false, directory: nil)
            }
        }
        throw moduleNotFound(name)
    }

    /// Runs module source in a fresh module registered in sys.modules (removed again if it fails).
    func execModuleSource(_ name: String, source: String, filename: String, isPackage: Bool, directory: String?) throws -> PyModule {
        let m = makeModule(name)
        let d = m.dict
        if !filename.hasPrefix("<") { d.setStr(intern("__file__"), makeStr(filename)) }
        d.setStr(intern("__builtins__"), Value(builtins))
        if isPackage {
            d.setStr(intern("__package__"), makeStr(name))
            if let dir = directory { d.setStr(intern("__path__"), Value(makeList([makeStr(dir)]))) }
            else { d.setStr(intern("__path__"), Value(makeList([]))) }
        } else {
            d.setStr(intern("__package__"), makeStr(name.split(separator: ".").dropLast().joined(separator: ".")))
        }
        modules.setStr(intern(name), Value(m))
        do {
            let code = try compileSource(source, filename: filename)
            _ = try runCode(code, globals: d, locals: nil)
        } catch {
            modules.remove(Value(intern(name)), hash: intern(name).hash, eq: strKeyEquals)
            throw error
        }
        return m
    }

    func importFrom(_ module: Value, _ name: PyStr) throws -> Value {
        if let v = try getAttrOrNil(module, name) { return v }
        if let m = module.asObject(PyModule.self) {
            let full = "\(m.name).\(name.value)"
            if let sub = modules.getStr(intern(full)) { return sub }
            let file = m.dict.getStr(intern("__file__")).flatMap { $0.asObject(PyStr.self)?.value }
            let e = makeException("ImportError", "cannot import name '\(name.value)' from '\(m.name)' (\(file ?? "unknown location"))")
            // ImportError.name and .path, as CPython sets them.
            e.dict = makeDict()
            e.dict?.setStr(intern("name"), makeStr(m.name))
            e.dict?.setStr(intern("path"), file.map { makeStr($0) } ?? .none)
            throw ScriptError(exception: e)
        }
        throw error("ImportError", "cannot import name '\(name.value)'")
    }

    func importStar(_ module: Value, into d: PyDict) throws {
        guard let m = module.asObject(PyModule.self) else { return }
        if let all = m.dict.getStr(intern("__all__")) {
            for n in try iterateToArray(all) {
                guard let s = n.asObject(PyStr.self) else { continue }
                d.setStr(s, try getAttr(module, s))
            }
            return
        }
        for e in m.dict.liveEntries {
            guard let s = e.key.asObject(PyStr.self), !s.value.hasPrefix("_") else { continue }
            d.setStr(s, e.value)
        }
    }

    // MARK: files

    func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a UTF-8 text file; nil when it cannot be read or is not UTF-8.
    func readTextFile(_ path: String) -> String? {
        guard let bytes = readFileBytes(path) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    func readFileBytes(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n > 0 { out.append(contentsOf: buf[0..<n]) }
            if n < buf.count { break }
        }
        if ferror(f) != 0 { return nil }
        return out
    }
}

/// EvoScript source compiled into the library for modules written in EvoScript.
struct EmbeddedModule {
    let text: String
    let isPackage: Bool
}
