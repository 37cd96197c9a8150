// FOR_ITER (and next()) over a list or range iterator, the commonest loops: one step
// without a reference count or a cast (the iterator is borrowed, its stack
// slot keeps it alive, and its exact class is compared by address); and
// GET_ITER of an exact list or a range, which makes those iterators.

extension Interpreter {
    /// A new iterator over an exact list or a range (which has no
    /// subclasses), or nil for any other object.
    @inline(__always)
    func listOrRangeIterator(_ u: Unmanaged<PyObject>) -> Value? {
        u._withUnsafeGuaranteedRef { o -> Value? in
            if o.classPointer == builtinClassPointers.list {
                return Value(heap.track(PyListIterator(cls: listIteratorType, list: unsafeDowncast(o, to: PyList.self))))
            }
            if ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyRange.self) {
                return rangeIterator(unsafeDowncast(o, to: PyRange.self), reversed: false)
            }
            return nil
        }
    }

    /// The next item of a list or range iterator, `.unbound` when it is
    /// exhausted, nil for any other object.
    @inline(__always)
    func stepListOrRangeIterator(_ u: Unmanaged<PyObject>) -> Value? {
        u._withUnsafeGuaranteedRef { o -> Value? in
            let kind = ObjectIdentifier(type(of: o))
            if kind == ObjectIdentifier(PyListIterator.self) {
                let li = unsafeDowncast(o, to: PyListIterator.self)
                let i = li.index
                // The list borrowed: the iterator keeps it alive.
                let item = li.listRef._withUnsafeGuaranteedRef { list -> Value? in
                    i < list.items.count ? list.items[i] : nil
                }
                if let item {
                    li.index = i + 1
                    return item
                }
                // Exhausted for good, as CPython's: items appended later are not seen.
                li.index = Int.max / 2
                return .unbound
            }
            if kind == ObjectIdentifier(PyRangeIterator.self) {
                let ri = unsafeDowncast(o, to: PyRangeIterator.self)
                guard ri.remaining > 0 else { return .unbound }
                let v = ri.next
                ri.next &+= ri.step
                ri.remaining -= 1
                return .int(v)
            }
            return nil
        }
    }
}
