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
        return m
    }
}

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
