// The str methods whose results are pieces of the receiver (split, rsplit,
// splitlines, partition, rpartition, strip), built straight from its UTF-8
// bytes in one scan (splitlines counts its pieces first, so its list is
// allocated once at its final size); pieces of ASCII text are ASCII, with
// as many code points as bytes, so they are not measured again.

extension Interpreter {
    /// `s.split(sep, maxsplit)` / `s.rsplit(sep, maxsplit)` as a list. A nil
    /// `sep` splits at runs of whitespace.
    func splitList(_ s: PyStr, sep: PyStr?, maxsplit: Int, right: Bool) throws -> Value {
        if right { return makeListValue(try splitPieces(s, sep: sep, maxsplit: maxsplit, right: right)) }
        // The pieces gather in a buffer kept between calls (split
        // runs no script code, so no other split can use it meanwhile),
        // then are copied into the list, which may reuse a dead list's
        // storage: a split then allocates nothing but its pieces.
        splitScratch.removeAll()
        defer {
            // A long split's memory is not kept.
            if splitScratch.capacity > 1024 { splitScratch.deallocate() }
        }
        try forEachSplitPiece(s, sep: sep, maxsplit: maxsplit) { splitScratch.append($0) }
        return makeListValue(copying: UnsafeBufferPointer(splitScratch.elements))
    }

    /// The pieces `s.split(sep, maxsplit)` (or rsplit) puts in its list.
    func splitPieces(_ s: PyStr, sep: PyStr?, maxsplit: Int, right: Bool) throws -> [Value] {
        if let sep, sep.value.utf8.isEmpty { throw valueError("empty separator") }
        return s.withUTF8 { buf -> [Value] in
            func collect(_ sp: UnsafeBufferPointer<UInt8>?) -> [Value] {
                func ranges(_ emit: (Int, Int) -> Void) {
                    if right {
                        StrMethods.rsplitRanges(buf, sep: sp, maxsplit: maxsplit, emit)
                    } else {
                        StrMethods.splitRanges(buf, sep: sp, maxsplit: maxsplit, emit)
                    }
                }
                // One pass: the list grows as pieces are found (a counting
                // pass cost as much as the scan itself).
                var out: [Value] = []
                out.reserveCapacity(4)
                ranges { a, b in out.append(piece(s, buf, a, b)) }
                if right { out.reverse() }
                return out
            }
            guard let sep else { return collect(nil) }
            return sep.withUTF8 { sp in collect(sp) }
        }
    }

    /// Calls `body` with each piece of `s.split(sep)`, in order, as it is found.
    func forEachSplitPiece(_ s: PyStr, sep: PyStr?, maxsplit: Int = -1, _ body: (Value) -> Void) throws {
        if let sep, sep.value.utf8.isEmpty { throw valueError("empty separator") }
        s.withUTF8 { buf in
            func scan(_ sp: UnsafeBufferPointer<UInt8>?) {
                StrMethods.splitRanges(buf, sep: sp, maxsplit: maxsplit) { a, b in body(piece(s, buf, a, b)) }
            }
            guard let sep else { return scan(nil) }
            sep.withUTF8 { scan($0) }
        }
    }

    /// `s.splitlines(keepends)` as a list.
    func splitLinesList(_ s: PyStr, keepends: Bool) -> Value {
        let items = s.withUTF8 { buf -> [Value] in
            var n = 0
            StrMethods.lineRanges(buf, keepends: keepends) { _, _ in n += 1 }
            var out: [Value] = []
            out.reserveCapacity(n)
            StrMethods.lineRanges(buf, keepends: keepends) { a, b in out.append(piece(s, buf, a, b)) }
            return out
        }
        return makeListValue(items)
    }

    /// `s.partition(sep)` (or rpartition) as a tuple: the parts before and
    /// after the first (last) `sep`, or `s` and two empty strs. As in
    /// CPython, `s` and `sep` themselves go into the tuple, even when they
    /// are instances of str subclasses.
    func partitionTuple(_ s: PyStr, _ sepValue: Value, right: Bool) throws -> Value {
        guard let sep = sepValue.asObject(PyStr.self) else { throw typeError("must be str, not \(typeName(sepValue))") }
        if sep.value.utf8.isEmpty { throw valueError("empty separator") }
        let empty = makeStr("", count: 0, isASCII: true)
        let parts = s.withUTF8 { buf in
            sep.withUTF8 { sp -> (Value, Value, Value) in
                let n = buf.count
                let found = right ? StrMethods.rsearch(buf, sp, from: 0, to: n) : StrMethods.search(buf, sp, from: 0, to: n)
                guard let r = found else { return right ? (empty, empty, Value(s)) : (Value(s), empty, empty) }
                return (piece(s, buf, 0, r), Value(sep), piece(s, buf, r + sp.count, n))
            }
        }
        return Value(makeTuple([parts.0, parts.1, parts.2]))
    }

    /// `s.strip(chars)` / lstrip / rstrip; `s` itself when nothing is removed
    /// from an exact str.
    func stripped(_ s: PyStr, _ chars: PyStr?, left: Bool, right: Bool) -> Value {
        s.withUTF8 { buf in
            let (a, b) = StrMethods.withStripSet(chars?.value) { StrMethods.stripRange(buf, $0, left: left, right: right) }
            return piece(s, buf, a, b)
        }
    }

    /// The str of `buf[a..<b]`, a piece of `s`'s bytes. The whole of an exact
    /// str is `s` itself, as CPython returns it when nothing was split off.
    @inline(__always)
    func piece(_ s: PyStr, _ buf: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Value {
        if a == 0 && b == buf.count && s.isExactly(types.str) { return Value(s) }
        if b == a + 1 && buf[a] < 0x80 { return asciiCharStr(buf[a]) }
        let text = StrMethods.makeString(buf, a, b)
        return s.isASCII ? makeStr(text, count: b - a, isASCII: true) : makeStr(text)
    }
}
