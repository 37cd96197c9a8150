// set and frozenset: CPython's open-addressing table (linear probes, then
// perturbation), so that sets of ints iterate in the order CPython prints.

struct SetEntry {
    var hash: Int
    /// .unbound with hash 0 is an unused slot; .unbound with hash -1 a deleted one.
    var key: Value
    @inline(__always) var isUnused: Bool { key.isUnbound && hash == 0 }
    @inline(__always) var isActive: Bool { !key.isUnbound }
}

final class PySet: PyObject {
    /// Changes to its references call writeBarrier() (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    private(set) var table: ContiguousArray<SetEntry> { didSet { writeBarrier() } }
    private(set) var fill = 0
    private(set) var count = 0
    var frozen: Bool
    var cachedHash: Int?

    private static let linearProbes = 9
    private static let minSize = 8

    init(cls: PyType, frozen: Bool) {
        self.frozen = frozen
        table = ContiguousArray(repeating: SetEntry(hash: 0, key: .unbound), count: PySet.minSize)
        super.init(cls: cls)
    }

    override func trace(_ heap: Heap) { for e in table where e.isActive { heap.mark(e.key) } }

    var mask: Int { table.count - 1 }

    /// Elements in table order (the iteration order).
    var elements: [Value] { table.compactMap { $0.isActive ? $0.key : nil } }
    var activeEntries: [SetEntry] { table.filter { $0.isActive } }

    func contains(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        try findSlot(key, hash, eq) != nil
    }

    private func findSlot(_ key: Value, _ hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Int? {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        if table[i].isUnused { return nil }
        while true {
            if table[i].hash == hash && table[i].isActive {
                if table[i].key.isIdentical(key) { return i }
                if try eq(table[i].key, key) { return i }
            }
            if i + PySet.linearProbes <= mask {
                for _ in 0..<PySet.linearProbes {
                    i += 1
                    if table[i].isUnused { return nil }
                    if table[i].hash == hash && table[i].isActive {
                        if table[i].key.isIdentical(key) { return i }
                        if try eq(table[i].key, key) { return i }
                    }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            if table[i].isUnused { return nil }
        }
    }

    /// CPython's set_add_entry.
    func add(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeslot: Int? = nil
        if table[i].isUnused { return insertUnused(i, key, hash) }
        while true {
            if table[i].hash == hash && table[i].isActive {
                if table[i].key.isIdentical(key) { return }
                if try eq(table[i].key, key) { return }
            } else if table[i].hash == -1 && !table[i].isActive && freeslot == nil {
                freeslot = i
            }
            if i + PySet.linearProbes <= mask {
                for _ in 0..<PySet.linearProbes {
                    i += 1
                    if table[i].isUnused { return insertFound(i, freeslot, key, hash) }
                    if table[i].hash == hash && table[i].isActive {
                        if table[i].key.isIdentical(key) { return }
                        if try eq(table[i].key, key) { return }
                    } else if table[i].hash == -1 && !table[i].isActive && freeslot == nil {
                        freeslot = i
                    }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            if table[i].isUnused { return insertFound(i, freeslot, key, hash) }
        }
    }

    private func insertFound(_ i: Int, _ freeslot: Int?, _ key: Value, _ hash: Int) {
        if let f = freeslot {
            count += 1
            table[f] = SetEntry(hash: hash, key: key)
            return
        }
        insertUnused(i, key, hash)
    }

    private func insertUnused(_ i: Int, _ key: Value, _ hash: Int) {
        fill += 1
        count += 1
        table[i] = SetEntry(hash: hash, key: key)
        if fill * 5 < mask * 3 { return }
        resize(count > 50000 ? count * 2 : count * 4)
    }

    /// CPython's set_table_resize.
    func resize(_ minused: Int) {
        var newsize = PySet.minSize
        while newsize <= minused { newsize <<= 1 }
        let old = table
        table = ContiguousArray(repeating: SetEntry(hash: 0, key: .unbound), count: newsize)
        fill = count
        for e in old where e.isActive { insertClean(e.key, e.hash) }
    }

    /// CPython's set_insert_clean: into a table known to hold no equal key.
    private func insertClean(_ key: Value, _ hash: Int) {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            if table[i].key.isUnbound && table[i].hash == 0 { break }
            var found = false
            if i + PySet.linearProbes <= mask {
                for _ in 0..<PySet.linearProbes {
                    i += 1
                    if table[i].key.isUnbound && table[i].hash == 0 { found = true; break }
                }
            }
            if found { break }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        table[i] = SetEntry(hash: hash, key: key)
    }

    /// CPython's set_merge (update from another set, copying its layout when it can).
    func merge(_ other: PySet, eq: (Value, Value) throws -> Bool) rethrows {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            for e in other.table where e.isActive { insertClean(e.key, e.hash) }
            return
        }
        for e in other.table where e.isActive { try add(e.key, hash: e.hash, eq: eq) }
    }

    /// Makes room before adding n entries with known hashes (the dict path of set.update).
    func reserve(adding n: Int) {
        if (fill + n) * 5 >= mask * 3 { resize((count + n) * 2) }
    }

    @discardableResult
    func discard(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        guard let i = try findSlot(key, hash, eq) else { return false }
        table[i] = SetEntry(hash: -1, key: .unbound)
        count -= 1
        return true
    }

    func removeAll() {
        table = ContiguousArray(repeating: SetEntry(hash: 0, key: .unbound), count: PySet.minSize)
        fill = 0
        count = 0
    }

    /// set.pop(): CPython scans from a moving finger; the first active entry is close enough.
    func popAny() -> Value? {
        for i in 0..<table.count where table[i].isActive {
            let k = table[i].key
            table[i] = SetEntry(hash: -1, key: .unbound)
            count -= 1
            return k
        }
        return nil
    }
}
