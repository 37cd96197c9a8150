// A cache of MRO lookups, as CPython's type attribute cache: `obj.attr`,
// method calls and special-method lookups ask "what does type T's MRO
// hold under name N?" far more often than any type changes.
//
// Validity rests on one counter, the TypeEpoch, that every change which can
// alter such an answer bumps: a new type, an assignment to a type's dict,
// bases or mro, and every write to a type's attribute dict (PyDict reports
// those through its `typeEpoch`). An entry is used only while the epoch it
// was filled at is current. Entries hold addresses without references:
// a type address can only be reused by a new type, which bumps the epoch, and
// only interned names (which live as long as the interpreter) are cached.

/// The counter of type changes shared by all types of one interpreter.
final class TypeEpoch {
    private(set) var value: UInt = 1
    @inline(__always) func bump() { value &+= 1 }
}

struct TypeCacheEntry {
    var type: UnsafeMutableRawPointer?
    var name: UnsafeMutableRawPointer?
    var epoch: UInt
    /// The value found, or .unbound for "not in the MRO".
    var value: Value
}

final class TypeAttributeCache {
    private static let size = 4096
    private let entries: UnsafeMutablePointer<TypeCacheEntry>
    let epoch: TypeEpoch

    init(epoch: TypeEpoch) {
        self.epoch = epoch
        entries = UnsafeMutablePointer<TypeCacheEntry>.allocate(capacity: TypeAttributeCache.size)
        entries.initialize(repeating: TypeCacheEntry(type: nil, name: nil, epoch: 0, value: .unbound),
                           count: TypeAttributeCache.size)
    }

    func deallocate() { entries.deallocate() }

    /// type.lookup(name), answered from the cache when possible.
    @inline(__always)
    func lookup(_ type: PyType, _ name: PyStr) -> Value? {
        let tp = Unmanaged.passUnretained(type).toOpaque()
        let np = Unmanaged.passUnretained(name).toOpaque()
        let slot = ((Int(bitPattern: tp) >> 4) ^ (Int(bitPattern: np) >> 3)) & (TypeAttributeCache.size - 1)
        let e = entries + slot
        let now = epoch.value
        if e.pointee.type == tp && e.pointee.name == np && e.pointee.epoch == now {
            let v = e.pointee.value
            return v.isUnbound ? nil : v
        }
        return fill(e, type, name, tp, np, now)
    }

    @inline(never)
    private func fill(_ e: UnsafeMutablePointer<TypeCacheEntry>, _ type: PyType, _ name: PyStr,
                      _ tp: UnsafeMutableRawPointer, _ np: UnsafeMutableRawPointer, _ now: UInt) -> Value? {
        let found = type.lookup(name)
        if name.isInterned {
            e.pointee = TypeCacheEntry(type: tp, name: np, epoch: now, value: found ?? .unbound)
        }
        return found
    }
}
