// `obj[i]` for an exact list or tuple with an int index in range, and for an
// exact dict holding the key, and `obj[i] = v` for an exact list or dict:
// the most frequent subscripts, answered without
// the general protocol's type tests (dynamic casts) and reference counting.
// Anything else, including every error, takes the general path.

extension Interpreter {
    @inline(__always)
    func subscriptFast(_ obj: Value, _ idx: Value) throws -> Value? {
        guard case .obj(let u) = obj else { return nil }
        return try u._withUnsafeGuaranteedRef { o -> Value? in
            switch o.classLayout {
            case .list:
                guard case .int(let i) = idx, o.classPointer == builtinClassPointers.list else { return nil }
                return element(unsafeDowncast(o, to: PyList.self).items, i)
            case .tuple:
                guard case .int(let i) = idx, o.classPointer == builtinClassPointers.tuple else { return nil }
                return element(unsafeDowncast(o, to: PyTuple.self).items, i)
            case .dict:
                guard o.classPointer == builtinClassPointers.dict else { return nil }
                switch idx {
                case .int, .obj: return try dictGet(unsafeDowncast(o, to: PyDict.self), idx)
                default: return nil
                }
            default:
                return nil
            }
        }
    }
}

extension Interpreter {
    /// `obj[idx] = value` for an exact list with an int index in range and
    /// for an exact dict; false when the general `setItem` must do it
    /// (including every error).
    @inline(__always)
    func storeSubscriptFast(_ obj: Value, _ idx: Value, _ value: Value) throws -> Bool {
        guard case .obj(let u) = obj else { return false }
        return try u._withUnsafeGuaranteedRef { o -> Bool in
            switch o.classLayout {
            case .list:
                guard case .int(let i) = idx, o.classPointer == builtinClassPointers.list else { return false }
                let l = unsafeDowncast(o, to: PyList.self)
                let n = l.items.count
                let j = i < 0 ? i &+ n : i
                guard j >= 0 && j < n else { return false }
                l.setItem(j, value)
                return true
            case .dict:
                guard o.classPointer == builtinClassPointers.dict else { return false }
                switch idx {
                case .int, .obj:
                    try dictSet(unsafeDowncast(o, to: PyDict.self), idx, value)
                    return true
                default: return false
                }
            default:
                return false
            }
        }
    }
}

/// items[i], counting a negative i from the end; nil when out of range.
@inline(__always)
private func element(_ items: [Value], _ i: Int) -> Value? {
    let j = i < 0 ? i &+ items.count : i
    return j >= 0 && j < items.count ? items[j] : nil
}

/// Addresses of builtin classes, compared with `PyObject.classPointer`.
struct BuiltinClassPointers {
    let list: UnsafeMutableRawPointer
    let tuple: UnsafeMutableRawPointer
    let dict: UnsafeMutableRawPointer
    let str: UnsafeMutableRawPointer
    let generator: UnsafeMutableRawPointer
    let coroutine: UnsafeMutableRawPointer
    let asyncGenerator: UnsafeMutableRawPointer
    let module: UnsafeMutableRawPointer

    init(_ types: TypeRegistry) {
        str = Unmanaged.passUnretained(types.str).toOpaque()
        list = Unmanaged.passUnretained(types.list).toOpaque()
        tuple = Unmanaged.passUnretained(types.tuple).toOpaque()
        dict = Unmanaged.passUnretained(types.dict).toOpaque()
        generator = Unmanaged.passUnretained(types.generator).toOpaque()
        coroutine = Unmanaged.passUnretained(types.coroutine).toOpaque()
        asyncGenerator = Unmanaged.passUnretained(types.asyncGenerator).toOpaque()
        module = Unmanaged.passUnretained(types.module).toOpaque()
    }
}
