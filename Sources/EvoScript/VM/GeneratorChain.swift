// Resuming a `yield from` chain at its innermost generator.
//
// A generator suspended in YIELD_FROM on another generator records it in
// `delegateGen`. Resuming the outer generator (the chain's root) would
// re-enter every frame of the chain only for each YIELD_FROM to pass the
// value on, so instead the innermost generator's frame is pushed directly
// (with the root's resume kind) and the generators in between are only
// marked running. Their frames stay as they were saved, waiting at their
// YIELD_FROM; `chainRoot` on the running innermost generator says where the
// chain starts. When the innermost one returns or raises, its delegator's
// frame takes its place on the frame stack, exactly as if the delegator had
// been running the YIELD_FROM all along.
//
// A generator whose own handled exception is set is never skipped (its
// exception must stay visible to sys.exc_info() below it), nor one whose
// delegate is not suspended (its YIELD_FROM raises the error CPython raises
// there); the walk stops at such a generator and its frame runs.

extension Interpreter {
    /// Resumes `root`, which waits in YIELD_FROM on a suspended generator, at
    /// the innermost generator of its chain. The sent value goes to that one.
    func resumeChain(_ root: PyGenerator, sent: Value, kind: ResumeKind) throws {
        try checkDepth()
        // Unmanaged references: the walk must not retain and release every generator it passes.
        let rootRef = Unmanaged.passUnretained(root)
        var targetRef = rootRef
        while let next = targetRef._withUnsafeGuaranteedRef({ t -> Unmanaged<PyGenerator>? in
            guard let d = t.delegateGen, t.excState.isNone, d._withUnsafeGuaranteedRef({ $0.state == .suspended }) else { return nil }
            t.state = .running
            return d
        }) {
            targetRef = next
        }
        targetRef._withUnsafeGuaranteedRef { target in
            target.chainRoot = targetRef.toOpaque() == rootRef.toOpaque() ? nil : rootRef
            pushGeneratorFrame(target, kind: kind, sent: sent)
        }
    }

    /// Pushes a record for a started or new generator's frame (and `sent`
    /// onto its value stack). While it runs only the record's sp and ip change
    /// for good (suppressTraceback is always clear again at a yield), and
    /// yieldOut copies just those back.
    @inline(__always)
    func pushGeneratorFrame(_ gen: PyGenerator, kind: ResumeKind, sent: Value?) {
        let top = frames + frameCount
        // Build the record first, then push `sent` through it: a store into the
        // generator just before reading it back would stall the loads.
        top.pointee = gen.frame
        if let sent {
            top.pointee.sp.pointee = sent
            top.pointee.sp += 1
        }
        top.pointee.resumeKind = kind
        top.pointee.generator = gen
        top.pointee.outerHandled = handled
        if !gen.excState.isNone { handled = gen.excState }
        gen.state = .running
        gen.delegateGen = nil
        gen.wasStarted = true
        frameCount += 1
    }

    /// The innermost generator of a chain suspends: the generators from the
    /// root down to it are suspended again (their frames were never pushed).
    @inline(__always)
    func suspendChain(_ root: Unmanaged<PyGenerator>, above gen: PyGenerator) {
        let end = Unmanaged.passUnretained(gen)
        var p = root
        while p.toOpaque() != end.toOpaque() {
            guard let d = p._withUnsafeGuaranteedRef({ g -> Unmanaged<PyGenerator>? in
                g.state = .suspended
                return g.delegateGen
            }) else { return }
            p = d
        }
    }

    /// The innermost generator `gen` of a chain returned (`result` set) or
    /// raised (nil) and its frame was popped: the generator that delegated to
    /// it takes its place on the frame stack, with the same resume kind and
    /// the handled exception `f` restored. On return it continues after its
    /// YIELD_FROM with the result; on an exception the caller goes on
    /// unwinding in it, at the YIELD_FROM.
    func resumeDelegator(of gen: Unmanaged<PyGenerator>, root: Unmanaged<PyGenerator>, returning result: Value?, frame f: Frame) {
        gen._withUnsafeGuaranteedRef { $0.chainRoot = nil }
        var p = root
        while let d = p._withUnsafeGuaranteedRef({ $0.delegateGen }), d.toOpaque() != gen.toOpaque() { p = d }
        // Borrowed: the delegator is on the frame stack from here on.
        p._withUnsafeGuaranteedRef { parent in
            parent.delegateGen = nil
            var pf = parent.frame
            if let result {
                (pf.sp - 1).pointee = result
                pf.ip += 1
            }
            pf.resumeKind = f.resumeKind
            pf.returnSlot = f.returnSlot
            pf.generatorRef = p
            pf.outerHandled = f.outerHandled
            parent.chainRoot = p.toOpaque() == root.toOpaque() ? nil : root
            frames[frameCount] = pf
        }
        frameCount += 1
    }

    /// The generators a running chain skipped over, outermost first, for
    /// stack inspection (their frames belong between the root's caller and
    /// the innermost frame).
    func skippedDelegators(of gen: PyGenerator) -> [PyGenerator] {
        guard let root = gen.chainRoot?.takeUnretainedValue() else { return [] }
        var out: [PyGenerator] = []
        var p: PyGenerator? = root
        while let g = p, g !== gen {
            out.append(g)
            p = g.delegateGen?.takeUnretainedValue()
        }
        return out
    }
}
