// string: the character-class constants.

extension Interpreter {
    func makeStringModule() -> PyModule {
        let m = makeModule("string")
        let lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let digits = "0123456789", punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", ws = " \t\n\r\u{0B}\u{0C}"
        let consts: [(String, String)] = [
            ("ascii_lowercase", lower), ("ascii_uppercase", upper), ("ascii_letters", lower + upper),
            ("digits", digits), ("hexdigits", digits + "abcdefABCDEF"), ("octdigits", "01234567"),
            ("punctuation", punct), ("whitespace", ws), ("printable", digits + lower + upper + punct + ws),
        ]
        for (k, v) in consts { m.dict.setStr(intern(k), makeStr(v)) }
        m.dict.setStr(intern("capwords"), Value(makeBuiltin("capwords") { i, a in
            try i.expectArgs(a, "capwords", min: 1, max: 2)
            let s = try i.strArg(a[0], "capwords")
            let sep = a.count > 1 && !a[1].isNone ? try i.strArg(a[1], "capwords", 2) : nil
            func cap(_ w: Substring) -> String {
                guard let f = w.first else { return "" }
                return String(f).uppercased() + w.dropFirst().lowercased()
            }
            if let sep, !sep.isEmpty {
                return i.makeStr(s.components(separatedBy: sep).map { cap(Substring($0)) }.joined(separator: sep))
            }
            let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
            return i.makeStr(words.map(cap).joined(separator: " "))
        }))
        m.dict.setStr(intern("_template_sub"), Value(makeBuiltin("_template_sub") { i, a in
            try i.expectArgs(a, "_template_sub", min: 3, max: 3)
            return i.makeStr(try i.templateSubstitute(try i.strArg(a[0], "substitute"), a[1], safe: try i.isTrue(a[2])))
        }))
        m.dict.setStr(intern("__builtins__"), Value(builtins))
        if let code = try? compileSource(templateSource, filename: "<string>") {
            _ = try? runCode(code, globals: m.dict, locals: nil)
        }
        return m
    }

    /// string.Template substitution: $$, $name and ${name}.
    fileprivate func templateSubstitute(_ t: String, _ mapping: Value, safe: Bool) throws -> String {
        let s = Array(t.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        func isIdStart(_ c: Unicode.Scalar) -> Bool { c == "_" || (c.isASCII && c.properties.isAlphabetic) }
        func isId(_ c: Unicode.Scalar) -> Bool { isIdStart(c) || ("0"..."9").contains(c) }
        func lookup(_ name: String) throws -> String? {
            do { return try str(try getItem(mapping, makeStr(name))) } catch let e as ScriptError where safe && isInstance(e.exception, "KeyError") {
                return nil
            }
        }
        func position(_ idx: Int) -> String {
            var line = 1, col = 1
            for c in s[0..<idx] { if c == "\n" { line += 1; col = 1 } else { col += 1 } }
            return "line \(line), col \(col)"
        }
        while k < s.count {
            let c = s[k]
            guard c == "$" else { out.append(c); k += 1; continue }
            if k + 1 < s.count && s[k + 1] == "$" { out.append("$"); k += 2; continue }
            var j = k + 1
            var braced = false
            if j < s.count && s[j] == "{" { braced = true; j += 1 }
            let startName = j
            if j < s.count && isIdStart(s[j]) {
                j += 1
                while j < s.count && isId(s[j]) { j += 1 }
            }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: s[startName..<j])
            if name.isEmpty || (braced && (j >= s.count || s[j] != "}")) {
                if safe { out.append(c); k += 1; continue }
                throw valueError("Invalid placeholder in string: \(position(k))")
            }
            if braced { j += 1 }
            if let v = try lookup(String(name)) { out.append(contentsOf: v.unicodeScalars) }
            else { out.append(contentsOf: s[k..<j]) }
            k = j
        }
        return String(out)
    }
}

private let templateSource = #"""
class Template:
    delimiter = '$'
    def __init__(self, template):
        self.template = template
    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            for k in kws:
                merged[k] = kws[k]
            mapping = merged
        return _template_sub(self.template, mapping, False)
    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            for k in kws:
                merged[k] = kws[k]
            mapping = merged
        return _template_sub(self.template, mapping, True)
Template.__module__ = 'string'
"""#

private extension String {
    func components(separatedBy sep: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.range(of: sep) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

private extension Substring {
    func range(of s: String) -> Range<Index>? {
        guard !s.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(s) { return i..<(index(i, offsetBy: s.count)) }
            i = index(after: i)
        }
        return nil
    }
}
