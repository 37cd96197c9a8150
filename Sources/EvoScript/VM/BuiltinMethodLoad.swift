// LOAD_METHOD on an instance of a builtin type (`lst.append`, `d.get`,
// `s.split`, `g.send`): the commonest method loads in loops. Such an instance has no
// attribute dict and its type's attributes are fixed, so the method is
// whatever the type attribute cache holds under the name; the object, its
// class and the method are borrowed (the caller's stack slot keeps the
// object alive, the type keeps its methods), so the load takes no reference
// counts. Instances of script classes deriving from these types are not
// builtin and take the general path (an overriding method, an instance
// attribute of the same name).

extension Interpreter {
    /// Writes (method, self) to out[0], out[1] and returns true when `u` is
    /// an instance of a builtin type whose type holds a plain method (a
    /// function or a builtin method) under `name`; false otherwise, with
    /// nothing written.
    @inline(__always)
    func loadBuiltinInstanceMethod(_ obj: Value, _ u: Unmanaged<PyObject>, _ name: PyStr,
                                   into out: UnsafeMutablePointer<Value>) -> Bool {
        let (layout, classPointer) = u._withUnsafeGuaranteedRef { ($0.classLayout, $0.classPointer) }
        switch layout {
        case .list, .dict, .str, .tuple, .set, .frozenset, .bytes: break
        default:
            // `g.send`, `g.throw`: generators and coroutines have no
            // attribute dict either, and their types no subclasses.
            guard classPointer == builtinClassPointers.generator || classPointer == builtinClassPointers.coroutine else {
                return false
            }
        }
        guard let classPointer else { return false }
        return Unmanaged<PyType>.fromOpaque(classPointer)._withUnsafeGuaranteedRef { t -> Bool in
            guard t.isBuiltin, let d = typeCache.lookup(t, name), case .obj(let du) = d else { return false }
            let plain = du._withUnsafeGuaranteedRef { m -> Bool in
                switch m.classLayout {
                case .function: return true
                case .builtin: return unsafeDowncast(m, to: PyBuiltinFunction.self).isMethod
                default: return false
                }
            }
            guard plain else { return false }
            out[1] = obj
            out[0] = d
            return true
        }
    }
}
