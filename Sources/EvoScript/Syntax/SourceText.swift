// The source being parsed, as normalized UTF-8 bytes plus a line index.
// Shared by the lexer, the parser and the f-string sub-parsers so that every
// error can quote its line and every position is in code points.

final class SourceText {
    let filename: String
    /// The main program read as a file (not a string given to compile() or
    /// -c): CPython's file tokenizer reports errors at the end of the input
    /// on the line after the last one.
    var readFromFile = false
    /// Source bytes with a UTF-8 BOM removed and "\r\n" / "\r" turned into "\n"
    /// (CPython translates newlines before tokenizing, too).
    let bytes: [UInt8]
    /// Byte offset where each line starts; lineStarts[0] is line 1.
    let lineStarts: [Int]
    /// A NUL-terminated copy of `bytes` for the lexer's hot loops (plain
    /// pointer reads are much cheaper than Array subscripts in debug builds).
    let ptr: UnsafeMutablePointer<UInt8>
    /// No byte >= 0x80 (columns are then byte offsets).
    let isASCII: Bool

    init(_ source: String, filename: String) {
        self.filename = filename
        var b = Array(source.utf8)
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            b.removeFirst(3)
        }
        // (Plain loops: generic Sequence algorithms are very slow in debug builds.)
        if SourceText.find(13, in: b, 0, b.count) >= 0 {
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var k = 0
            while k < b.count {
                let c = b[k]
                if c == 13 {
                    out.append(10)
                    if k + 1 < b.count && b[k + 1] == 10 { k += 1 }
                } else {
                    out.append(c)
                }
                k += 1
            }
            b = out
        }
        let n = b.count
        let ptr = UnsafeMutablePointer<UInt8>.allocate(capacity: n + 1)
        b.withUnsafeBufferPointer { bp in
            if let base = bp.baseAddress { ptr.initialize(from: base, count: n) }
        }
        ptr[n] = 0
        var starts = [0]
        starts.reserveCapacity(n / 24 + 2)
        var k = 0
        var ascii = true
        while k < n {
            let c = ptr[k]
            if c == 10 { starts.append(k + 1) } else if c >= 128 { ascii = false }
            k += 1
        }
        self.isASCII = ascii
        self.bytes = b
        self.ptr = ptr
        self.lineStarts = starts
    }

    deinit {
        ptr.deallocate()
    }

    /// Index of the first `byte` in b[from..<to], or -1.
    static func find(_ byte: UInt8, in b: [UInt8], _ from: Int, _ to: Int) -> Int {
        b.withUnsafeBufferPointer { bp -> Int in
            guard let base = bp.baseAddress else { return -1 }
            var k = max(from, 0)
            let e = min(to, bp.count)
            while k < e {
                if base[k] == byte { return k }
                k += 1
            }
            return -1
        }
    }

    /// Number of the last line, as CPython counts it for "unexpected EOF"
    /// (a final newline does not start another line).
    var lastLine: Int {
        if bytes.isEmpty { return 1 }
        return bytes.last == 10 ? lineStarts.count - 1 : lineStarts.count
    }

    /// Byte range of a line's content (without its newline).
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1 && line <= lineStarts.count else { return 0..<0 }
        let s = lineStarts[line - 1]
        var e = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if e < s { e = s }
        return s..<e
    }

    func lineText(_ line: Int) -> String {
        let r = lineRange(line)
        return String(decoding: bytes[r], as: UTF8.self)
    }

    /// Length of a line in code points.
    func lineLength(_ line: Int) -> Int {
        let r = lineRange(line)
        return codePoints(from: r.lowerBound, to: r.upperBound)
    }

    /// Code points between two byte offsets (counts non-continuation bytes).
    func codePoints(from a: Int, to b: Int) -> Int {
        var n = 0
        var k = max(a, 0)
        let e = min(b, bytes.count)
        while k < e {
            if bytes[k] & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        return n
    }

    /// Line number (1-based) containing a byte offset.
    func line(ofOffset off: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func error(_ message: String, line: Int, offset: Int, kind: SyntaxErrorInfo.Kind = .syntax,
               incomplete: Bool = false) -> SyntaxErrorInfo {
        SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                        offset: offset, text: lineText(line), isIncomplete: incomplete)
    }

    /// An error whose caret CPython puts just past the end of the line
    /// (tokenizer errors that jump to the end of the input line).
    func errorAtLineEnd(_ message: String, line: Int, kind: SyntaxErrorInfo.Kind = .syntax,
                        incomplete: Bool = false) -> SyntaxErrorInfo {
        error(message, line: line, offset: lineLength(line) + 1, kind: kind, incomplete: incomplete)
    }

    /// "unexpected EOF while parsing": CPython reports it on the last line,
    /// past its end; the REPL treats it as "needs more input".
    func eofError() -> SyntaxErrorInfo {
        // Lines joined by backslash continuations count as one for the
        // caret, as in CPython's line buffer.
        let last = lastLine
        var first = last
        while first > 1 {
            let r = lineRange(first - 1)
            if r.upperBound > r.lowerBound && bytes[r.upperBound - 1] == 92 { first -= 1 } else { break }
        }
        let offset = codePoints(from: lineRange(first).lowerBound, to: lineRange(last).upperBound) + 1
        if readFromFile && first == last {
            return SyntaxErrorInfo(message: "unexpected EOF while parsing", filename: filename, line: last + 1,
                                   offset: offset, text: "\n", isIncomplete: true)
        }
        return error("unexpected EOF while parsing", line: last, offset: offset, incomplete: true)
    }
}
