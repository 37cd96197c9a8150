import BigInt

/// An int outside the range of the immediate `Value.int`. Results are
/// normalised: a BigInt that fits in Int becomes `.int` again.
final class PyLong: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let value: BigInt
    init(cls: PyType, _ value: BigInt) {
        self.value = value
        super.init(cls: cls, kind: cls.isBuiltin && cls.layout == .int ? .leaf : .other)
    }
}
