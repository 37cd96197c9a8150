// Accumulates one code object's instructions: labels and jump patching, the
// static stack depth (so handlers know what to unwind to and frames know
// their size), line numbers, and the handler protecting each instruction.

final class CodeBuilder {
    var instrs: ContiguousArray<Instr> = []
    var lines: ContiguousArray<Int32> = []
    var handlerIndex: ContiguousArray<Int32> = []
    private var labelPos: [Int] = []
    private var labelDepth: [Int?] = []
    private var handlerLabels: [(label: Int, depth: Int)] = []
    /// The handler protecting instructions emitted now (-1: none).
    var currentHandler: Int32 = -1
    var depth = 0
    private(set) var maxDepth = 0
    var line: Int32 = 1
    /// False after an unconditional jump, return or raise, until a label is placed.
    private(set) var reachable = true

    func newLabel() -> Int {
        labelPos.append(-1)
        labelDepth.append(nil)
        return labelPos.count - 1
    }

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int = 0) -> Int {
        instrs.append(Instr(op, Int32(truncatingIfNeeded: arg)))
        lines.append(line)
        handlerIndex.append(currentHandler)
        depth += op.stackEffect(arg)
        if depth > maxDepth { maxDepth = depth }
        if depth < 0 { depth = 0 }
        if op.isTerminal { reachable = false }
        return instrs.count - 1
    }

    /// Emits a jump to `label`, recording the depth the target will see.
    func emitJump(_ op: Opcode, _ label: Int) {
        let before = depth
        emit(op, label)
        let targetDepth: Int
        switch op {
        case .jump: targetDepth = before
        case .popJumpIfFalse, .popJumpIfTrue: targetDepth = before - 1
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: targetDepth = before
        case .forIter: targetDepth = before - 1
        case .jumpIfNotExcMatch: targetDepth = before - 2
        default: targetDepth = depth
        }
        recordDepth(label, targetDepth)
    }

    private func recordDepth(_ label: Int, _ d: Int) {
        if labelDepth[label] == nil { labelDepth[label] = d }
    }

    func place(_ label: Int) {
        if reachable { recordDepth(label, depth) }
        labelPos[label] = instrs.count
        if let d = labelDepth[label] { depth = d }
        reachable = true
    }

    /// Starts a handler: instructions emitted while it is current that raise
    /// unwind to `depth` and continue at `label`.
    func makeHandler(label: Int, depth: Int) -> Int32 {
        handlerLabels.append((label, depth))
        // The handler code starts with the exception pushed.
        recordDepth(label, depth + 1)
        return Int32(handlerLabels.count - 1)
    }

    func finish(into code: PyCode) throws {
        for i in instrs.indices where instrs[i].op.isJump {
            let l = Int(instrs[i].arg)
            guard l >= 0 && l < labelPos.count && labelPos[l] >= 0 else {
                throw CompileError.internalError("unplaced label")
            }
            instrs[i].arg = Int32(labelPos[l])
        }
        code.instrs = instrs
        code.lines = lines
        code.handlerIndex = handlerIndex
        code.handlers = try handlerLabels.map { h in
            guard labelPos[h.label] >= 0 else { throw CompileError.internalError("unplaced handler") }
            return ExceptionHandler(target: Int32(labelPos[h.label]), depth: Int32(h.depth))
        }
        // Exact, as CPython's: a generator's slots are allocated to this
        // size. Debug builds check every instruction against it (Run.swift).
        code.stacksize = maxDepth
    }
}
