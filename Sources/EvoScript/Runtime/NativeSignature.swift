// Argument binding for functions written in Swift that stand for functions
// CPython writes in Python (`def`) or in C with Argument Clinic, so that
// keyword arguments work and wrong calls raise the same TypeErrors.

/// A `def`'s signature: `name(p0, p1, ..., *args, k0=..., k1=...)`.
/// Methods list `self` as their first parameter, as the `def` does.
struct DefSignature {
    let name: String
    let params: [String]
    /// Defaults of the last parameters.
    var defaults: [Value] = []
    var varargs = false
    /// Keyword-only parameters with their defaults (nil: required).
    var kwonly: [(name: String, defaultValue: Value?)] = []
}

/// What a call binds to a DefSignature.
struct BoundArguments {
    /// One per parameter, in order.
    var params: [Value]
    /// The extra positional arguments (`*args`).
    var varargs: [Value]
    /// One per keyword-only parameter, in order.
    var kwonly: [Value]
}

/// An Argument Clinic signature: `name(p0, ..., /?, *, k0=None, ...)` with
/// the first `requiredPositional` parameters required and at most
/// `maxPositional` of them given by position. Absent optional ones are nil.
struct ClinicSignature {
    let name: String
    let params: [String]
    let requiredPositional: Int
    let maxPositional: Int
}

extension Interpreter {
    /// Binds a call as CPython binds a call of a `def` (messages of
    /// Python/ceval.c's argument checks).
    func bind(_ a: Args, _ sig: DefSignature) throws -> BoundArguments {
        let n = sig.params.count
        var params = [Value](repeating: .unbound, count: n)
        for i in 0..<min(a.count, n) { params[i] = a[i] }
        var kwonly: [Value] = sig.kwonly.map { $0.defaultValue ?? .unbound }
        var kwonlyGiven = 0
        for k in a.keywords {
            if let j = sig.params.firstIndex(where: { k.name.value == $0 }) {
                if !params[j].isUnbound { throw typeError("\(sig.name)() got multiple values for argument '\(k.name.value)'") }
                params[j] = k.value
            } else if let j = sig.kwonly.firstIndex(where: { k.name.value == $0.name }) {
                kwonly[j] = k.value
                kwonlyGiven += 1
            } else {
                throw typeError("\(sig.name)() got an unexpected keyword argument '\(k.name.value)'")
            }
        }
        if a.count > n && !sig.varargs {
            let ndef = sig.defaults.count
            let range = ndef > 0 ? "from \(n - ndef) to \(n)" : "\(n)"
            var given = "\(a.count)"
            if kwonlyGiven > 0 {
                given += " positional argument\(a.count != 1 ? "s" : "") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven != 1 ? "s" : ""))"
            }
            let verb = a.count == 1 && kwonlyGiven == 0 ? "was" : "were"
            throw typeError("\(sig.name)() takes \(range) positional argument\(ndef > 0 || n != 1 ? "s" : "") but \(given) \(verb) given")
        }
        var missing: [String] = []
        for i in 0..<n where params[i].isUnbound {
            let d = i - (n - sig.defaults.count)
            if d >= 0 { params[i] = sig.defaults[d] } else { missing.append(sig.params[i]) }
        }
        if !missing.isEmpty {
            throw typeError("\(sig.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(formatMissing(missing))")
        }
        let missingKw = sig.kwonly.indices.filter { kwonly[$0].isUnbound }.map { sig.kwonly[$0].name }
        if !missingKw.isEmpty {
            throw typeError("\(sig.name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(formatMissing(missingKw))")
        }
        return BoundArguments(params: params, varargs: a.count > n ? Array(a.positional[n...]) : [], kwonly: kwonly)
    }

    /// Binds a call as Argument Clinic's _PyArg_UnpackKeywords does (CPython 3.8).
    func bind(_ a: Args, _ sig: ClinicSignature) throws -> [Value?] {
        let maxArgs = sig.params.count
        let given = a.count + a.keywords.count
        if given > maxArgs {
            throw typeError("\(sig.name)() takes at most \(maxArgs) \(a.count == 0 ? "keyword " : "")argument\(maxArgs == 1 ? "" : "s") (\(given) given)")
        }
        if a.count > sig.maxPositional {
            if sig.maxPositional == 0 { throw typeError("\(sig.name)() takes no positional arguments") }
            let how = sig.requiredPositional < sig.maxPositional ? "at most" : "exactly"
            throw typeError("\(sig.name)() takes \(how) \(sig.maxPositional) positional argument\(sig.maxPositional == 1 ? "" : "s") (\(a.count) given)")
        }
        var out: [Value?] = (0..<maxArgs).map { $0 < a.count ? a[$0] : nil }
        for i in a.count..<maxArgs {
            out[i] = a.keyword(sig.params[i])
            if out[i] == nil && i < sig.requiredPositional {
                throw typeError("\(sig.name)() missing required argument '\(sig.params[i])' (pos \(i + 1))")
            }
        }
        for k in a.keywords {
            if let j = sig.params.firstIndex(of: k.name.value), j < a.count {
                throw typeError("argument for \(sig.name)() given by name ('\(k.name.value)') and position (\(j + 1))")
            }
            if !sig.params.contains(k.name.value) {
                throw typeError("'\(k.name.value)' is an invalid keyword argument for \(sig.name)()")
            }
        }
        return out
    }
}
