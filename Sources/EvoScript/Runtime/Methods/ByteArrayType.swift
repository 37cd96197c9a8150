// bytearray: the mutable kind of PyBytes. The methods it shares with bytes
// live in BytesType.swift (registered on both types); this file holds what
// depends on the kind (results, repr, item access used by the dispatch
// loop's fast paths too), the two constructors, and the mutating methods.

/// A String whose code points are the bytes (latin-1), so that text
/// primitives such as printf-style formatting serve bytes as well.
func latin1String(_ b: [UInt8]) -> String {
    var s = String.UnicodeScalarView()
    for x in b { s.append(Unicode.Scalar(x)) }
    return String(s)
}

/// The inverse of `latin1String`; code points above 0xFF (never produced by
/// the bytes paths) are truncated.
func latin1Bytes(_ s: String) -> [UInt8] {
    s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
}

extension Interpreter {
    func makeByteArray(_ b: [UInt8]) -> PyBytes {
        heap.track(PyBytes(cls: types.bytearray, b, isByteArray: true))
    }

    /// A new object of the receiver's kind: bytearray methods return bytearrays.
    func bytesResult(_ like: PyBytes, _ b: [UInt8]) -> Value {
        Value(like.isByteArray ? makeByteArray(b) : makeBytes(b))
    }

    /// `b'..'`, or `bytearray(b'..')` with the class's name for the mutable kind.
    func bytesRepr(_ b: PyBytes) -> String {
        b.isByteArray ? "\(b.cls.name)(\(reprBytes(b.bytes)))" : reprBytes(b.bytes)
    }

    /// Iterates the live contents, so a bytearray changed during the loop is seen.
    func bytesIterator(_ b: PyBytes) -> Value {
        var k = 0
        return makeIterator(b.isByteArray ? "bytearray_iterator" : "bytes_iterator", refs: [Value(b)]) { _ in
            guard k < b.bytes.count else { return nil }
            k += 1
            return .int(Int(b.bytes[k - 1]))
        }
    }

    func bytesGetItem(_ b: PyBytes, _ idx: Value) throws -> Value {
        if let sl = idx.asObject(PySlice.self) {
            let (start, _, step, count) = try sliceIndices(sl, length: b.bytes.count)
            var out: [UInt8] = []
            out.reserveCapacity(count)
            var k = start
            for _ in 0..<count { out.append(b.bytes[k]); k &+= step }
            return bytesResult(b, out)
        }
        guard let n = try indexValue(idx) else {
            throw typeError("\(b.isByteArray ? "bytearray" : "byte") indices must be integers or slices, not \(typeName(idx))")
        }
        return .int(Int(b.bytes[try byteIndex(b, n, b.isByteArray ? "bytearray index" : "index")]))
    }

    /// n as a position in b (negative counts from the end), or IndexError "<what> out of range".
    private func byteIndex(_ b: PyBytes, _ n: Int, _ what: String) throws -> Int {
        let j = n < 0 ? n + b.bytes.count : n
        guard j >= 0 && j < b.bytes.count else { throw error("IndexError", "\(what) out of range") }
        return j
    }

    func bytesContains(_ b: PyBytes, _ item: Value) throws -> Bool {
        if isIntLike(item), let n = try indexValue(item) {
            return b.bytes.contains(try byteValue(n))
        }
        let sub = try bytesLike(item)
        return BytesOps.find(b.bytes, sub, 0, b.bytes.count) != nil
    }

    /// a + b; in place for `bytearray +=` (the result is then `left` itself).
    func bytesConcat(_ left: Value, _ a: PyBytes, _ b: PyBytes, inplace: Bool) -> Value {
        if inplace && a.isByteArray {
            a.bytes += b.bytes
            return left
        }
        return bytesResult(a, a.bytes + b.bytes)
    }

    /// a * n; in place for `bytearray *=`.
    func bytesRepeated(_ left: Value, _ a: PyBytes, _ n: Int, inplace: Bool) throws -> Value {
        var out: [UInt8] = []
        if n > 0 && !a.bytes.isEmpty {
            if a.bytes.count > (1 << 31) / n { throw error("MemoryError", "") }
            out.reserveCapacity(a.bytes.count * n)
            for _ in 0..<n { out += a.bytes }
        }
        if inplace && a.isByteArray {
            a.bytes = out
            return left
        }
        return bytesResult(a, out)
    }

    /// An int as one byte: ValueError "byte must be in range(0, 256)".
    private func byteValue(_ n: Int) throws -> UInt8 {
        guard n >= 0 && n < 256 else { throw valueError("byte must be in range(0, 256)") }
        return UInt8(n)
    }

    /// An int-like value as one byte (bytearray item assignment, append, insert).
    private func byteArg(_ v: Value) throws -> UInt8 {
        guard let n = try indexValue(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return try byteValue(n)
    }

    /// The contents a bytes-like object or an iterable of ints gives (slice
    /// assignment, extend, and the constructors).
    private func bytesFromIterable(_ v: Value, rangeMessage: String) throws -> [UInt8] {
        if let b = v.asObject(PyBytes.self) { return b.bytes }
        var out: [UInt8] = []
        for x in try iterateToArray(v) {
            guard let n = try indexValue(x) else {
                throw typeError("'\(typeName(x))' object cannot be interpreted as an integer")
            }
            guard n >= 0 && n < 256 else { throw valueError(rangeMessage) }
            out.append(UInt8(n))
        }
        return out
    }

    /// bytes(...) and bytearray(...): source, encoding, errors as CPython reads them.
    private func bytesConstructorSource(_ a: Args, _ name: String) throws -> [UInt8] {
        if a.count > 3 { throw typeError("\(name)() takes at most 3 arguments (\(a.count) given)") }
        let source = a.count > 0 ? a[0] : a.keyword("source")
        let encoding = a.count > 1 ? a[1] : a.keyword("encoding")
        let errors = a.count > 2 ? a[2] : a.keyword("errors")
        for kw in a.keywords where !["source", "encoding", "errors"].contains(kw.name.value) {
            throw typeError("'\(kw.name.value)' is an invalid keyword argument for \(name)()")
        }
        func textArg(_ v: Value, _ what: String) throws -> String {
            guard let s = v.asObject(PyStr.self) else {
                throw typeError("\(name)() argument '\(what)' must be str, not \(typeName(v))")
            }
            return s.value
        }
        guard let source else {
            if encoding != nil { throw typeError("encoding without a string argument") }
            if errors != nil { throw typeError("errors without a string argument") }
            return []
        }
        if let s = source.asObject(PyStr.self) {
            guard let encoding else { throw typeError("string argument without an encoding") }
            return try encodeText(s.value, try textArg(encoding, "encoding"), try errors.map { try textArg($0, "errors") } ?? "strict")
        }
        if encoding != nil { throw typeError("encoding without a string argument") }
        if errors != nil { throw typeError("errors without a string argument") }
        if let b = source.asObject(PyBytes.self) { return b.bytes }
        if name == "bytes", !isIntLike(source), let m = special(source, "__bytes__") {
            let r = try call(m, [source])
            guard let b = r.asObject(PyBytes.self), !b.isByteArray else {
                throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))")
            }
            return b.bytes
        }
        if isIntLike(source) || special(source, "__index__") != nil {
            if let big = bigIntValue(source), Int(exactly: big) == nil {
                throw error("OverflowError", "cannot fit 'int' into an index-sized integer")
            }
            let n = try ssizeArg(source)
            if n < 0 { throw valueError("negative count") }
            if n > 1 << 32 { throw error("MemoryError", "") }
            return [UInt8](repeating: 0, count: n)
        }
        if special(source, "__iter__") == nil && special(source, "__getitem__") == nil {
            throw typeError("cannot convert '\(typeName(source))' object to \(name)")
        }
        return try bytesFromIterable(source, rangeMessage: name == "bytes" ? "bytes must be in range(0, 256)"
                                                                            : "byte must be in range(0, 256)")
    }

    func setUpByteArray() {
        constructors[ObjectIdentifier(types.bytes)] = { i, cls, a in
            let b = try i.bytesConstructorSource(a, "bytes")
            if cls === i.types.bytes { return Value(i.makeBytes(b)) }
            let o = i.heap.track(PyBytes(cls: cls, b))
            o.dict = i.makeDict()
            return Value(o)
        }
        constructors[ObjectIdentifier(types.bytearray)] = { i, cls, a in
            let b = try i.bytesConstructorSource(a, "bytearray")
            let o = i.heap.track(PyBytes(cls: cls, b, isByteArray: true))
            if cls !== i.types.bytearray { o.dict = i.makeDict() }
            return Value(o)
        }
        setUpByteArrayItems()
        setUpByteArrayMutators()
    }

    private func byteArrayMethod(_ name: String, _ arity: MethodArity,
                                 _ body: @escaping (Interpreter, PyBytes, MethodParams) throws -> Value) {
        addMethod(types.bytearray, name) { i, a in
            let b = try i.selfArg(a, PyBytes.self, "bytearray", name)
            if !b.isByteArray { throw i.wrongReceiver(a[0], "bytearray", name) }
            return try body(i, b, try i.bindMethodArgs(a, name, arity))
        }
    }

    private func setUpByteArrayItems() {
        byteArrayMethod("__setitem__", .slot(2)) { i, b, p in
            if let sl = p[0].asObject(PySlice.self) {
                if i.isIntLike(p[1]) {
                    throw i.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                }
                let new = try i.bytesFromIterable(p[1], rangeMessage: "byte must be in range(0, 256)")
                let (start, stop, step, count) = try i.sliceIndices(sl, length: b.bytes.count)
                if step == 1 {
                    b.bytes.replaceSubrange(start..<max(start, stop), with: new)
                    return .none
                }
                if new.count != count {
                    throw i.valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
                }
                var k = start
                for x in new { b.bytes[k] = x; k &+= step }
                return .none
            }
            guard let n = try i.indexValue(p[0]) else {
                throw i.typeError("bytearray indices must be integers or slices, not \(i.typeName(p[0]))")
            }
            let j = try i.byteIndex(b, n, "bytearray index")
            b.bytes[j] = try i.byteArg(p[1])
            return .none
        }
        byteArrayMethod("__delitem__", .slot(1)) { i, b, p in
            if let sl = p[0].asObject(PySlice.self) {
                let (start, stop, step, count) = try i.sliceIndices(sl, length: b.bytes.count)
                if step == 1 {
                    if start < stop { b.bytes.removeSubrange(start..<stop) }
                    return .none
                }
                var drop = [Bool](repeating: false, count: b.bytes.count)
                var k = start
                for _ in 0..<count { drop[k] = true; k &+= step }
                b.bytes = b.bytes.enumerated().filter { !drop[$0.offset] }.map { $0.element }
                return .none
            }
            guard let n = try i.indexValue(p[0]) else {
                throw i.typeError("bytearray indices must be integers or slices, not \(i.typeName(p[0]))")
            }
            b.bytes.remove(at: try i.byteIndex(b, n, "bytearray index"))
            return .none
        }
        byteArrayMethod("__iadd__", .slot(1)) { i, b, p in
            guard let o = p[0].asObject(PyBytes.self) else {
                throw i.typeError("can't concat \(i.typeName(p[0])) to \(b.cls.name)")
            }
            return i.bytesConcat(Value(b), b, o, inplace: true)
        }
        byteArrayMethod("__imul__", .slot(1)) { i, b, p in
            guard let n = try i.sequenceRepeatCount(p[0]) else {
                throw i.typeError("can't multiply sequence by non-int of type '\(i.typeName(p[0]))'")
            }
            return try i.bytesRepeated(Value(b), b, n, inplace: true)
        }
    }

    private func setUpByteArrayMutators() {
        byteArrayMethod("append", .one) { i, b, p in
            b.bytes.append(try i.byteArg(p[0]))
            return .none
        }
        byteArrayMethod("extend", .one) { i, b, p in
            if i.special(p[0], "__iter__") == nil && p[0].asObject(PyBytes.self) == nil {
                throw i.typeError("can't extend bytearray with \(i.typeName(p[0]))")
            }
            b.bytes += try i.bytesFromIterable(p[0], rangeMessage: "byte must be in range(0, 256)")
            return .none
        }
        byteArrayMethod("insert", .range(2, 2)) { i, b, p in
            var k = try i.ssizeArg(p[0])
            let x = try i.byteArg(p[1])
            let n = b.bytes.count
            if k < 0 { k = max(0, k + n) }
            b.bytes.insert(x, at: min(k, n))
            return .none
        }
        byteArrayMethod("pop", .range(0, 1)) { i, b, p in
            if b.bytes.isEmpty { throw i.error("IndexError", "pop from empty bytearray") }
            let k = p[0].isUnbound ? -1 : try i.ssizeArg(p[0])
            return .int(Int(b.bytes.remove(at: try i.byteIndex(b, k, "pop index"))))
        }
        byteArrayMethod("remove", .one) { i, b, p in
            let x = try i.byteArg(p[0])
            guard let k = b.bytes.firstIndex(of: x) else { throw i.valueError("value not found in bytearray") }
            b.bytes.remove(at: k)
            return .none
        }
        byteArrayMethod("clear", .none) { _, b, _ in
            b.bytes.removeAll()
            return .none
        }
        byteArrayMethod("reverse", .none) { _, b, _ in
            b.bytes.reverse()
            return .none
        }
        byteArrayMethod("copy", .none) { i, b, _ in Value(i.makeByteArray(b.bytes)) }
    }
}
