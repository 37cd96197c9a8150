// Taking every item of a generator at once (list(g), tuple(g), sorted(g),
// sep.join(g), and everything else that gathers an iterable into an array
// before using it): the generator's frame is resumed once with the `collect`
// resume kind, and each YIELD_VALUE appends its value to a list and carries
// on as if None had been sent, instead of suspending the frame and
// returning to Swift for every item. Nothing runs between two items in
// either case, so no script can tell the difference.
//
// Only plain generators that do not delegate (`yield from`) are taken this
// way; a delegating chain, a coroutine, a generator already running or
// finished, or any other iterator is stepped item by item as before.

extension Interpreter {
    /// Every remaining item of `it` when it is a generator that can be taken
    /// whole; nil otherwise (the caller iterates it).
    func collectWhole(_ it: Value) throws -> [Value]? {
        guard let gen = generatorTakenInLoop(it) else { return nil }
        let target = makeList([])
        collectTargets.append(target)
        defer { collectTargets.removeLast() }
        guard try resumeInLoop(gen, sent: .none, kind: .collect) else { return [] }
        _ = try run()
        return target.items
    }

    /// `it` when it is a plain generator, not running or finished, that does
    /// not delegate: one whose yields a consumer may take in the run loop
    /// (here, and sum() in VM/GeneratorSum.swift); nil otherwise.
    func generatorTakenInLoop(_ it: Value) -> PyGenerator? {
        guard it.classAddress == builtinClassPointers.generator, case .obj(let u) = it else { return nil }
        let gen = unsafeDowncast(u.takeUnretainedValue(), to: PyGenerator.self)
        guard gen.state == .created || gen.state == .suspended, gen.delegateGen == nil, !gen.function.delegates else {
            return nil
        }
        return gen
    }

    /// YIELD_VALUE in a frame resumed to be taken whole.
    func appendCollected(_ value: Value) throws {
        guard let target = collectTargets.last else {
            throw error("SystemError", "a generator collected whole has nowhere to put its items")
        }
        target.append(value)
    }
}
