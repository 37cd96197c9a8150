// Tab completion for the REPL, as CPython's rlcompleter: keywords, builtins
// and names in scope; attributes after `obj.`; module names after `import`
// and `from`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    static let replKeywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]

    /// Replacements for `word` (the text before the cursor back to a word
    /// break), given the line before it. Callables get a `(`.
    func completions(word: String, before: String, globals: PyDict) -> [String] {
        let trimmed = before.drop { $0 == " " || $0 == "\t" }
        if word.isEmpty && trimmed.isEmpty { return ["    "] } // Tab at the start of a line indents
        let tokens = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = tokens.first, first == "import" || (first == "from" && tokens.count == 1) {
            if before.last == " " || before.last == "\t" || before.last == "," {
                return moduleNames(prefix: word)
            }
        }
        if tokens.count >= 3, tokens[0] == "from", tokens[2] == "import",
           before.last == " " || before.last == "\t" || before.last == "," {
            guard let m = modules.getStr(intern(tokens[1])) else { return [] }
            return ((try? dirList(m)) ?? []).compactMap { $0.asObject(PyStr.self)?.value }
                .filter { $0.hasPrefix(word) && (word.hasPrefix("_") || !$0.hasPrefix("_")) }
                .sorted()
        }
        if let dot = word.lastIndex(of: ".") {
            return attributeCompletions(expr: String(word[..<dot]), attr: String(word[word.index(after: dot)...]),
                                        globals: globals)
        }
        var out: [String] = []
        var seen = Set<String>()
        for k in Interpreter.replKeywords where k.hasPrefix(word) {
            seen.insert(k)
            switch k {
            case "finally", "try": out.append(k + ":")
            case "False", "None", "True", "break", "continue", "pass", "else": out.append(k)
            default: out.append(k + " ")
            }
        }
        for d in [globals, builtins] {
            for e in d.liveEntries {
                guard let name = e.key.asObject(PyStr.self)?.value, name.hasPrefix(word), seen.insert(name).inserted else { continue }
                out.append(isCallable(e.value) ? name + "(" : name)
            }
        }
        return out.sorted()
    }

    /// `expr.attr`: expr must be a dotted name (nothing is called to find it
    /// but attribute lookups, as rlcompleter).
    private func attributeCompletions(expr: String, attr: String, globals: PyDict) -> [String] {
        let parts = expr.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, parts.allSatisfy(isIdentifier) else { return [] }
        guard var obj = globals.getStr(intern(first)) ?? builtins.getStr(intern(first)) else { return [] }
        for p in parts.dropFirst() {
            guard let v = try? getAttr(obj, intern(p)) else { return [] }
            obj = v
        }
        let names = ((try? dirList(obj)) ?? []).compactMap { $0.asObject(PyStr.self)?.value }
        // rlcompleter: no `_names` unless asked for, no `__names` unless `__` typed.
        let hidden: String? = attr.isEmpty ? "_" : (attr == "_" ? "__" : nil)
        var out: [String] = []
        var seen = Set<String>()
        for n in names where n.hasPrefix(attr) && seen.insert(n).inserted {
            if let h = hidden, n.hasPrefix(h) { continue }
            var text = expr + "." + n
            if let v = try? getAttr(obj, intern(n)), isCallable(v) { text += "(" }
            out.append(text)
        }
        return out.sorted()
    }

    private func isIdentifier(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    /// Modules `import` can find: built in, already imported, and .evo files
    /// or packages on the search path.
    func moduleNames(prefix: String) -> [String] {
        var names = Set(nativeModules.keys).union(embeddedModuleSources.keys)
        for e in modules.liveEntries {
            if let s = e.key.asObject(PyStr.self)?.value { names.insert(s) }
        }
        for dir in searchPath {
            let path = dir.isEmpty ? "." : dir
            guard let d = opendir(path) else { continue }
            while let e = readdir(d) {
                let name = withUnsafePointer(to: e.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                if name.hasSuffix(".evo") {
                    names.insert(String(name.dropLast(4)))
                } else if access(path + "/" + name + "/__init__.evo", F_OK) == 0 {
                    names.insert(name)
                }
            }
            closedir(d)
        }
        return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix("_") || !$0.hasPrefix("_")) && $0 != "__main__" }
            .sorted()
    }
}
