// The stable sort behind list.sort, sorted(), heapq.nsmallest/nlargest and dir().
//
// Keys are computed once (the key function is called in order, as CPython
// does), then a permutation of positions is merge-sorted. When every key is
// an int, a float or an exact str, the comparisons read the keys from a
// flat Swift buffer (str keys as one UTF-8 byte buffer, compared with
// memcmp: UTF-8 byte order is code-point order), which never touches a
// reference count and never raises. Any other mix takes the general
// comparison, `<` as the script sees it, which may call __lt__ and raise.

#if canImport(Glibc)
import Glibc
#endif

/// An order on positions 0..<n of the keys being sorted.
protocol SortKeyOrder {
    func less(_ i: Int, _ j: Int) throws -> Bool
}

private struct IntKeyOrder: SortKeyOrder {
    let keys: UnsafeBufferPointer<Int>
    @inline(__always) func less(_ i: Int, _ j: Int) -> Bool { keys[i] < keys[j] }
}

private struct FloatKeyOrder: SortKeyOrder {
    let keys: UnsafeBufferPointer<Double>
    @inline(__always) func less(_ i: Int, _ j: Int) -> Bool { keys[i] < keys[j] }
}

/// Key i is the bytes starts[i]..<starts[i + 1] of `bytes`.
private struct TextKeyOrder: SortKeyOrder {
    let bytes: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int>
    @inline(__always) func less(_ i: Int, _ j: Int) -> Bool {
        let a = starts[i], la = starts[i + 1] - a
        let b = starts[j], lb = starts[j + 1] - b
        if let base = bytes.baseAddress {
            let c = memcmp(base + a, base + b, min(la, lb))
            if c != 0 { return c < 0 }
        }
        return la < lb
    }
}

private struct ValueKeyOrder: SortKeyOrder {
    unowned(unsafe) let interp: Interpreter
    let keys: UnsafeBufferPointer<Value>
    @inline(__always) func less(_ i: Int, _ j: Int) throws -> Bool { try interp.lessThan(keys[i], keys[j]) }
}

/// Sorts `idx` (positions) stably by `order`: insertion sort of short runs,
/// then bottom-up merges through `scratch`, skipping merges of runs that are
/// already in order.
private func stableSort<O: SortKeyOrder>(_ idxIn: UnsafeMutableBufferPointer<Int>,
                                         _ scratchIn: UnsafeMutableBufferPointer<Int>, _ order: O) throws {
    let n = idxIn.count
    if n < 2 { return }
    var a = idxIn, buf = scratchIn
    let run = 16
    var start = 0
    while start < n {
        let end = min(start + run, n)
        var i = start + 1
        while i < end {
            let x = a[i]
            var j = i - 1
            while j >= start, try order.less(x, a[j]) {
                a[j + 1] = a[j]
                j -= 1
            }
            a[j + 1] = x
            i += 1
        }
        start = end
    }
    var width = run
    while width < n {
        var lo = 0
        while lo < n {
            let mid = min(lo + width, n), hi = min(lo + 2 * width, n)
            let inOrder = try mid >= hi || !order.less(a[mid], a[mid - 1])
            if inOrder {
                // One run, or two runs already in order: copy.
                for k in lo..<hi { buf[k] = a[k] }
            } else {
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if try order.less(a[j], a[i]) { buf[k] = a[j]; j += 1 } else { buf[k] = a[i]; i += 1 }
                    k += 1
                }
                while i < mid { buf[k] = a[i]; i += 1; k += 1 }
                while j < hi { buf[k] = a[j]; j += 1; k += 1 }
            }
            lo = hi
        }
        swap(&a, &buf)
        width *= 2
    }
    if a.baseAddress != idxIn.baseAddress {
        for k in 0..<n { idxIn[k] = a[k] }
    }
}

extension Interpreter {
    /// The items sorted by `key` (None: by the items themselves), stably;
    /// with `reverse`, equal keys keep their order, as in CPython.
    func sortValues(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        let n = items.count
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        nativeRoots.append(contentsOf: items)
        var keys: [Value]
        if key.isNone {
            keys = items
        } else {
            keys = []
            keys.reserveCapacity(n)
            for v in items {
                let k = try call(key, [v])
                nativeRoots.append(k)
                keys.append(k)
            }
        }
        var idx = [Int](unsafeUninitializedCapacity: n) { b, c in
            for k in 0..<n { b[k] = reverse ? n - 1 - k : k }
            c = n
        }
        var scratch = [Int](repeating: 0, count: n)
        try idx.withUnsafeMutableBufferPointer { ib in
            try scratch.withUnsafeMutableBufferPointer { sb in
                try sortPositions(ib, sb, keys)
            }
        }
        if reverse { idx.reverse() }
        return idx.map { items[$0] }
    }

    /// Sorts positions into `keys` with the fastest order the keys allow.
    private func sortPositions(_ idx: UnsafeMutableBufferPointer<Int>, _ scratch: UnsafeMutableBufferPointer<Int>,
                               _ keys: [Value]) throws {
        switch uniformKind(keys) {
        case .int:
            let ints = keys.map { v -> Int in if case .int(let x) = v { return x }; return 0 }
            try ints.withUnsafeBufferPointer { try stableSort(idx, scratch, IntKeyOrder(keys: $0)) }
        case .float:
            let floats = keys.map { v -> Double in if case .float(let x) = v { return x }; return 0 }
            try floats.withUnsafeBufferPointer { try stableSort(idx, scratch, FloatKeyOrder(keys: $0)) }
        case .str:
            var bytes: [UInt8] = []
            var starts: [Int] = []
            starts.reserveCapacity(keys.count + 1)
            for v in keys {
                starts.append(bytes.count)
                if let s = v.asObject(PyStr.self) { bytes.append(contentsOf: s.value.utf8) }
            }
            starts.append(bytes.count)
            try bytes.withUnsafeBufferPointer { bb in
                try starts.withUnsafeBufferPointer { sb in
                    try stableSort(idx, scratch, TextKeyOrder(bytes: bb, starts: sb))
                }
            }
        case .mixed:
            try keys.withUnsafeBufferPointer { try stableSort(idx, scratch, ValueKeyOrder(interp: self, keys: $0)) }
        }
    }

    private enum KeyKind { case int, float, str, mixed }

    /// The one kind every key has, when they all are ints, floats or exact strs.
    private func uniformKind(_ keys: [Value]) -> KeyKind {
        guard let first = keys.first else { return .mixed }
        switch first {
        case .int:
            for v in keys { guard case .int = v else { return .mixed } }
            return .int
        case .float:
            for v in keys { guard case .float = v else { return .mixed } }
            return .float
        case .obj:
            let strType = types.str
            for v in keys {
                guard case .obj(let u) = v, u.takeUnretainedValue().cls === strType else { return .mixed }
            }
            return .str
        default:
            return .mixed
        }
    }
}
