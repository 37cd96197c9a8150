// str: a Swift String with its code-point count and an ASCII flag, so that
// len, indexing and slicing work by code point and are O(1) on ASCII text.
// Equality and hashing use the UTF-8 bytes (code-point equality), never
// Swift's canonical-equivalence `==`.

#if canImport(Glibc)
import Glibc
#endif

final class PyStr: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    // The flags first: fields are laid out in declaration order, starting
    // right after PyObject's own fields, so the three bytes fill the end of
    // its last word and the object is 72 bytes (an 80-byte malloc chunk)
    // rather than 75 (a 96-byte one). One is allocated for nearly every str.
    private(set) var isASCII: Bool
    private var hashComputed = false
    /// True for strings in the interpreter's intern table, which live as long
    /// as it does (so their address can key a cache).
    var isInterned = false
    /// The text. Read through a borrowing accessor: the storage is a
    /// variable only so that a dead str can be given new text (FreeLists.swift),
    /// and a plain `var` would make every reader copy the String (a retain
    /// and a release) where a `let` was borrowed.
    var value: String { _read { yield text } }
    private var text: String

    /// Calls `body` with the text's UTF-8 bytes, read in place.
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return ContiguousArray(text.utf8).withUnsafeBufferPointer(body)
    }
    private(set) var count: Int
    private var cachedHash: Int = 0
    /// The code points of non-ASCII text, made on first indexing. Held
    /// unmanaged and released by hand: with a second reference-counted
    /// field beside `value`, the compiler's deinit retains and releases the
    /// dying object around freeing them (two atomic operations per str freed).
    private var cachedScalars: Unmanaged<ScalarArray>?

    deinit { cachedScalars?.release() }

    init(cls: PyType, _ value: String) {
        let measured = PyStr.measure(value)
        self.text = value
        self.count = measured.count
        self.isASCII = measured.isASCII
        super.init(cls: cls, kind: cls.isBuiltin && cls.layout == .str ? .leaf : .other)
    }

    /// For text whose code-point count is already known (a concatenation or
    /// repetition of strs).
    init(cls: PyType, _ value: String, count: Int, isASCII: Bool) {
        self.text = value
        self.count = count
        self.isASCII = isASCII
        super.init(cls: cls, kind: cls.isBuiltin && cls.layout == .str ? .leaf : .other)
    }

    /// An exact str, its class given by address (`BuiltinClassPointers.str`):
    /// making one takes no reference count on the class.
    init(exactStrClass: UnsafeMutableRawPointer, _ value: String, count: Int, isASCII: Bool) {
        self.text = value
        self.count = count
        self.isASCII = isASCII
        super.init(classPointer: exactStrClass, kind: .leaf)
    }

    /// The same, measuring the text.
    convenience init(exactStrClass: UnsafeMutableRawPointer, _ value: String) {
        let measured = PyStr.measure(value)
        self.init(exactStrClass: exactStrClass, value, count: measured.count, isASCII: measured.isASCII)
    }

    /// Releases the text of a dead str the heap keeps for reuse
    /// (FreeLists.swift); false for one that must not be reused.
    @inline(__always)
    func releaseForReuse() -> Bool {
        if isInterned { return false }
        text = ""
        if let s = cachedScalars {
            s.release()
            cachedScalars = nil
        }
        return true
    }

    /// Gives a str from the free list new text; it is then as good as new:
    /// young, unmarked, with no hash yet.
    @inline(__always)
    func reuse(_ value: String, count: Int, isASCII: Bool) {
        self.text = value
        self.count = count
        self.isASCII = isASCII
        hashComputed = false
        gcMark = false
        gcBarrierArmed = false
    }

    /// `measure` of the text's UTF-8 bytes.
    static func measure(_ value: String) -> (count: Int, isASCII: Bool) {
        value.utf8.withContiguousStorageIfAvailable(PyStr.measure)
            ?? ContiguousArray(value.utf8).withUnsafeBufferPointer(PyStr.measure)
    }

    /// The code-point count (bytes that are not UTF-8 continuation bytes)
    /// and whether all bytes are ASCII, in one branch-free pass.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, isASCII: Bool) {
        var continuation = 0
        var any: UInt8 = 0
        for b in bytes {
            any |= b
            continuation &+= (b & 0xC0 == 0x80) ? 1 : 0
        }
        return (bytes.count - continuation, any < 0x80)
    }

    var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s._withUnsafeGuaranteedRef { $0.scalars } }
        let s = Array(value.unicodeScalars)
        cachedScalars = Unmanaged.passRetained(ScalarArray(s))
        return s
    }

    var hash: Int {
        if hashComputed { return cachedHash }
        cachedHash = Hashing.hashString(value)
        hashComputed = true
        return cachedHash
    }

    /// Code-point equality.
    @inline(__always)
    func equals(_ other: PyStr) -> Bool {
        if self === other { return true }
        if count != other.count { return false }
        if hashComputed && other.hashComputed && cachedHash != other.cachedHash { return false }
        return withUTF8 { a in
            other.withUTF8 { b in
                guard a.count == b.count else { return false }
                guard let x = a.baseAddress, let y = b.baseAddress else { return true }
                return memcmp(x, y, a.count) == 0
            }
        }
    }

    /// The code point at index i (0 <= i < count).
    func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            let b = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: i)]
            return Unicode.Scalar(b)
        }
        return scalars[i]
    }

    /// The substring of code points [lo, hi).
    func substring(_ lo: Int, _ hi: Int) -> String {
        if lo >= hi { return "" }
        if isASCII {
            let u = value.utf8
            let a = u.index(u.startIndex, offsetBy: lo)
            let b = u.index(a, offsetBy: hi - lo)
            return String(Substring(u[a..<b]))
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }
}

/// Compares two strings by code point, as Python orders str.
func compareCodePoints(_ a: String, _ b: String) -> Int {
    // UTF-8 byte order is code-point order.
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        let x = ia.next(), y = ib.next()
        switch (x, y) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case let (x?, y?): if x != y { return x < y ? -1 : 1 }
        }
    }
}

/// A String key for Swift dictionaries that compares by code points, for the
/// interpreter's own tables (interned names, module registry).
struct CodePointKey: Hashable {
    let string: String
    init(_ s: String) { string = s }
    static func == (a: CodePointKey, b: CodePointKey) -> Bool { utf8Equal(a.string, b.string) }
    func hash(into h: inout Hasher) {
        var s = string
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Code-point equality of two strings: their UTF-8 bytes compared with
/// memcmp (Swift's `==` compares by canonical equivalence, which Python does not).
@inline(__always)
func utf8Equal(_ a: String, _ b: String) -> Bool {
    let n = a.utf8.count
    guard n == b.utf8.count else { return false }
    let same = a.utf8.withContiguousStorageIfAvailable { pa in
        b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
            guard let x = pa.baseAddress, let y = pb.baseAddress else { return true }
            return memcmp(x, y, n) == 0
        }
    }
    if let known = same ?? nil { return known }
    return a.utf8.elementsEqual(b.utf8)
}

/// bytes and bytearray share this layout and their methods; `isByteArray`
/// tells the mutable kind (a bytearray or an instance of its subclass).
final class PyBytes: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    var bytes: [UInt8]
    let isByteArray: Bool
    /// Instances of user subclasses have attributes.
    var dict: PyDict?
    init(cls: PyType, _ bytes: [UInt8], isByteArray: Bool = false) {
        self.bytes = bytes
        self.isByteArray = isByteArray
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { if let d = dict { heap.mark(d) } }
    override var attributes: PyDict? { dict }
}

/// A str's code points, boxed so that the str can hold them unmanaged.
final class ScalarArray {
    let scalars: [Unicode.Scalar]
    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
}
