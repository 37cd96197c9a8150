// Code points by Unicode name, for `\N{NAME}` escapes. The Swift standard
// library carries the names (Unicode.Scalar.Properties.name / nameAlias) but
// no reverse index, so a lookup scans the blocks whose names are not derived
// from the code point; derived names (CJK ideographs, Hangul syllables,
// Tangut...) are found from the name itself. Matching ignores ASCII case, as
// CPython's does.

enum UnicodeNames {
    /// Names of the form PREFIX + hex code point.
    private static let hexNamed = [
        "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-",
    ]

    /// Blocks scanned for ordinary names: everything assigned, less the
    /// blocks with derived names (CJK ideographs, Hangul syllables, Tangut),
    /// surrogates and private use.
    private static let scanned: [ClosedRange<UInt32>] = [
        0x0000...0x33FF, 0x4DC0...0x4DFF, 0xA000...0xABFF, 0xD7B0...0xD7FF, 0xF900...0x16FFF,
        0x18B00...0x1AFFF, 0x1B170...0x1FFFF, 0xE0000...0xE01EF,
    ]

    static func lookup(_ rawName: String) -> UInt32? {
        var name = ""
        for u in rawName.unicodeScalars {
            guard u.isASCII else { return nil }
            name.unicodeScalars.append(u.value >= 0x61 && u.value <= 0x7A ? Unicode.Scalar(UInt8(u.value - 32)) : u)
        }
        if name.isEmpty { return nil }
        for prefix in hexNamed where name.hasPrefix(prefix) {
            let hex = name.dropFirst(prefix.count)
            guard hex.count >= 4, hex.count <= 5, let v = UInt32(hex, radix: 16),
                  let u = Unicode.Scalar(v), u.properties.name == name else { return nil }
            return v
        }
        if name.hasPrefix("HANGUL SYLLABLE ") {
            for v in UInt32(0xAC00)...0xD7A3 where Unicode.Scalar(v)?.properties.name == name { return v }
            return nil
        }
        for range in scanned {
            for v in range {
                guard let u = Unicode.Scalar(v) else { continue }
                let p = u.properties
                if p.name == name || p.nameAlias == name { return v }
            }
        }
        return nil
    }
}
