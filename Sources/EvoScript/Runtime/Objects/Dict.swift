// dict: CPython's compact, insertion-ordered design. `entries` keeps items in
// insertion order (a deleted one leaves a hole, key .unbound); `indices` is
// an open-addressing table of entry numbers probed as CPython probes.
// Key equality can run script code (__eq__), so lookups take the interpreter
// and may throw.

struct DictEntry {
    var hash: Int
    var key: Value
    var value: Value
}

final class PyDict: PyObject {
    /// Every change that stores a key or value calls `changed(at:)` (the
    /// write barrier, Heap.swift); removals store nothing new.
    private(set) var entries: ContiguousArray<DictEntry> = []
    private var gcChanged = ChangedRange()
    private var indices: ContiguousArray<Int32> = []
    private(set) var count = 0
    /// Bumped on every insertion of a new key and every deletion, so an
    /// iterator can tell that the dict changed size under it.
    private(set) var mutations = 0
    /// Attributes of instances of dict subclasses.
    unowned(unsafe) var dict: PyDict? { didSet { writeBarrier() } }
    /// Set when this is a type's attribute dict: every change is reported to
    /// the type attribute cache.
    var typeEpoch: TypeEpoch?

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2

    init(cls: PyType?) { super.init(cls: cls) }

    @inline(__always)
    private func changed(at ix: Int) {
        if gcBarrierArmed { rememberSelf() }
        gcChanged.add(ix)
    }

    override var gcPolicy: GCPolicy { .barriered }
    override func armBarrier() {
        gcBarrierArmed = true
        gcChanged = ChangedRange()
    }
    override func traceRemembered(_ heap: Heap) {
        heap.markClass(of: self)
        if let d = dict { heap.mark(d) }
        gcChanged.forEach(in: entries) { e in
            if !e.key.isUnbound {
                heap.mark(e.key)
                heap.mark(e.value)
            }
        }
    }

    override func trace(_ heap: Heap) {
        for e in entries where !e.key.isUnbound {
            heap.mark(e.key)
            heap.mark(e.value)
        }
        if let d = dict { heap.mark(d) }
    }

    override var attributes: PyDict? { dict }

    // MARK: lookup

    /// Finds the entry number for key, or nil. `eq` decides equality of two
    /// keys with equal hashes that are not identical.
    @inline(__always)
    private func find(_ key: Value, _ hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Int? {
        if indices.isEmpty { return nil }
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let ix = Int(indices[i])
            if ix == Int(PyDict.empty) { return nil }
            if ix >= 0 {
                let e = entries[ix]
                if e.hash == hash {
                    if e.key.isIdentical(key) { return ix }
                    if try eq(e.key, key) {
                        // The comparison may have mutated the dict.
                        if ix < entries.count && !entries[ix].key.isUnbound { return ix }
                        return nil
                    }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    func get(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        guard let ix = try find(key, hash, eq) else { return nil }
        return entries[ix].value
    }

    /// Lookup by a str key without running script code: only str keys can match.
    @inline(__always)
    func getStr(_ key: PyStr) -> Value? {
        if count == 0 { return nil }
        let k = Value(key)
        let ix = find(k, key.hash) { a, _ in a.withObject(PyStr.self) { $0.equals(key) } ?? false }
        guard let ix else { return nil }
        return entries[ix].value
    }

    /// The entry number holding str key `key`, or nil (no script code runs).
    func entryIndex(ofStr key: PyStr) -> Int? {
        if count == 0 { return nil }
        return find(Value(key), key.hash) { a, _ in
            if let s = a.asObject(PyStr.self) { return s.equals(key) }
            return false
        }
    }

    /// The value of entry i (for caches that hold an entry number).
    @inline(__always)
    func value(atEntry i: Int) -> Value { entries[i].value }

    /// The value of entry i if that entry holds exactly the key `key`, else nil.
    @inline(__always)
    func value(atEntry i: Int, ifKey key: PyStr) -> Value? {
        guard i >= 0 && i < entries.count else { return nil }
        return entries.withUnsafeBufferPointer { b in
            guard case .obj(let k) = b[i].key, k.toOpaque() == Unmanaged.passUnretained(key).toOpaque() else { return nil }
            return b[i].value
        }
    }

    func contains(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        try find(key, hash, eq) != nil
    }

    // MARK: update

    func set(_ key: Value, hash: Int, value: Value, eq: (Value, Value) throws -> Bool) rethrows {
        if let ix = try find(key, hash, eq) {
            entries[ix].value = value
            changed(at: ix)
            typeEpoch?.bump()
            return
        }
        insertNew(key, hash: hash, value: value)
    }

    func setStr(_ key: PyStr, _ value: Value) {
        let k = Value(key)
        let ix = find(k, key.hash) { a, _ in a.withObject(PyStr.self) { $0.equals(key) } ?? false }
        if let ix {
            entries[ix].value = value
            changed(at: ix)
            typeEpoch?.bump()
        } else {
            insertNew(k, hash: key.hash, value: value)
        }
    }

    private func insertNew(_ key: Value, hash: Int, value: Value) {
        if (entries.count + 1) * 3 >= indices.count * 2 { resize(for: count + 1) }
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while indices[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        indices[i] = Int32(entries.count)
        entries.append(DictEntry(hash: hash, key: key, value: value))
        changed(at: entries.count - 1)
        count += 1
        mutations &+= 1
        typeEpoch?.bump()
    }

    private func resize(for n: Int) {
        var size = 8
        while size * 2 <= n * 3 { size <<= 1 }
        if entries.count != count {
            entries = entries.filter { !$0.key.isUnbound }
            // The entries moved: the changed span no longer says which.
            if !gcBarrierArmed { gcChanged.addAll() }
        }
        indices = ContiguousArray(repeating: PyDict.empty, count: size)
        let mask = size - 1
        for (ix, e) in entries.enumerated() {
            var i = e.hash & mask
            var perturb = UInt(bitPattern: e.hash)
            while indices[i] != PyDict.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[i] = Int32(ix)
        }
    }

    /// Removes key; returns its value, or nil when absent.
    @discardableResult
    func remove(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        if indices.isEmpty { return nil }
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let ix = Int(indices[i])
            if ix == Int(PyDict.empty) { return nil }
            if ix >= 0 {
                let e = entries[ix]
                if e.hash == hash, try (e.key.isIdentical(key) || eq(e.key, key)) {
                    indices[i] = PyDict.dummy
                    entries[ix].key = .unbound
                    entries[ix].value = .unbound
                    count -= 1
                    mutations &+= 1
                    typeEpoch?.bump()
                    if count == 0 { entries.removeAll(keepingCapacity: true); indices = [] }
                    return e.value
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    func removeAll() {
        entries = []
        indices = []
        count = 0
        mutations &+= 1
        typeEpoch?.bump()
    }

    /// Removes and returns the last item (popitem).
    func popLast() -> DictEntry? {
        while let e = entries.last {
            if e.key.isUnbound { entries.removeLast(); continue }
            // Remove through the index table so probing stays correct.
            let mask = indices.count - 1
            var i = e.hash & mask
            var perturb = UInt(bitPattern: e.hash)
            let last = Int32(entries.count - 1)
            while indices[i] != last {
                perturb >>= 5
                i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[i] = PyDict.dummy
            entries.removeLast()
            count -= 1
            mutations &+= 1
            typeEpoch?.bump()
            return e
        }
        return nil
    }

    /// Live entries in order (a copy: safe against mutation while iterating).
    var liveEntries: [DictEntry] { entries.filter { !$0.key.isUnbound } }

    /// The entry at raw position i, or nil when it is a hole or out of range.
    @inline(__always)
    func entry(at i: Int) -> DictEntry? {
        if i < entries.count, !entries[i].key.isUnbound { return entries[i] }
        return nil
    }
    var rawCount: Int { entries.count }
}
