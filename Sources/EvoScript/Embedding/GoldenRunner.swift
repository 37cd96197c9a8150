// Runs golden-output programs: each `name.evo` with a sibling `name.out`
// (expected stdout) and optionally `name.err` (first line `# exit: N`, then
// the expected stderr, memory addresses normalised). `swift test` and
// `evoscript test` both use it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct GoldenResult: Sendable {
    public let path: String
    public let passed: Bool
    /// What differed, with unified diffs (empty when passed).
    public let report: String
    /// What the program did (for `evoscript test --update`).
    public var stdout: String = ""
    public var stderr: String = ""
    public var exitStatus: Int32 = 0
    public var timedOut = false

    public init(path: String, passed: Bool, report: String) {
        self.path = path; self.passed = passed; self.report = report
    }
}

public enum GoldenRunner {
    /// Every .evo under `paths` (files or folders) that has a sibling .out, sorted.
    /// With `includeNamed`, a .evo file named in `paths` is included even
    /// without a .out (a new test for `--update`).
    public static func discover(_ paths: [String], includeNamed: Bool = false) -> [String] {
        var out: [String] = []
        for p in paths {
            if includeNamed && p.hasSuffix(".evo") && isFile(p) { out.append(p); continue }
            collect(p, &out)
        }
        return Array(Set(out)).sorted()
    }

    static func isFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    private static func collect(_ path: String, _ out: inout [String]) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            guard let d = opendir(path) else { return }
            defer { closedir(d) }
            while let e = readdir(d) {
                let name = withUnsafePointer(to: e.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                collect(path + "/" + name, &out)
            }
        } else if path.hasSuffix(".evo"), access(String(path.dropLast(4)) + ".out", F_OK) == 0 {
            out.append(path)
        }
    }

    /// Replaces memory addresses (0x + hex digits) with `0x?`.
    public static func normaliseAddresses(_ s: String) -> String {
        var out = ""
        var scalars = Array(s.unicodeScalars)[...]
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == "0", scalars.first == "x", let n = scalars.dropFirst().first, n.properties.isASCIIHexDigit {
                out += "0x?"
                scalars = scalars.dropFirst()
                while let h = scalars.first, h.properties.isASCIIHexDigit { scalars = scalars.dropFirst() }
                continue
            }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Runs one program in a fresh interpreter (in its own folder) and compares.
    /// Programs run on the virtual clock (the loop jumps to its next timer), unless
    /// their first lines contain `# evoscript: clock=real`.
    /// With `allowMissingOut`, a missing .out counts as empty (for `--update`).
    public static func run(_ path: String, timeout: Double = 10, gcStress: Bool = false,
                           allowMissingOut: Bool = false) -> GoldenResult {
        let dir = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) : "."
        let base = path.contains("/") ? String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]) : path
        let stem = String(path.dropLast(4))
        let interp0 = Interpreter()
        guard let source = interp0.readTextFile(path),
              let expectedOut = interp0.readTextFile(stem + ".out") ?? (allowMissingOut ? "" : nil) else {
            return GoldenResult(path: path, passed: false, report: "cannot read \(path) or its .out")
        }
        var expectedStatus: Int32 = 0
        var expectedErr: String? = nil
        if let err = interp0.readTextFile(stem + ".err") {
            var lines = err.split(separator: "\n", omittingEmptySubsequences: false)
            if let first = lines.first, first.hasPrefix("# exit: "), let n = Int32(first.dropFirst(8)) {
                expectedStatus = n
                lines.removeFirst()
            }
            expectedErr = lines.joined(separator: "\n")
        }
        let out = OutputCapture(), err = OutputCapture()
        let interp = Interpreter(stdout: out.sink, stderr: err.sink)
        interp.gcStress = gcStress
        interp.searchPath = [dir]
        var cwd = [CChar](repeating: 0, count: 4096)
        let hadCwd = getcwd(&cwd, cwd.count) != nil
        _ = chdir(dir)
        defer { if hadCwd { _ = chdir(cwd) } }
        interp.searchPath = [""]
        interp.configureEventLoop(EventLoopOptions(clock: source.contains("# evoscript: clock=real") ? .real : .virtual))
        let watchdog = Watchdog(seconds: timeout, flag: interp.interruptFlag)
        let outcome = interp.runMain(source: source, filename: base, argv: [base])
        let timedOut = watchdog.finish()
        var problems: [String] = []
        if timedOut { problems.append("timed out after \(GoldenTestCommand.seconds(timeout)) s") }
        if out.text != expectedOut {
            problems.append("stdout differs:\n" + diff(expectedOut, out.text))
        }
        if outcome.exitStatus != expectedStatus && !timedOut {
            problems.append("exit status \(outcome.exitStatus), expected \(expectedStatus)")
        }
        if let e = expectedErr {
            let a = normaliseAddresses(err.text), x = normaliseAddresses(e)
            if a != x { problems.append("stderr differs:\n" + diff(x, a)) }
        } else if outcome.exitStatus != 0 {
            problems.append("stderr:\n" + err.text)
        }
        let violations = interp.gcBarrierViolations
        if !violations.isEmpty {
            problems.append("missed write barriers:\n" + violations.joined(separator: "\n"))
        }
        var result = GoldenResult(path: path, passed: problems.isEmpty, report: problems.joined(separator: "\n"))
        result.stdout = out.text
        result.stderr = err.text
        result.exitStatus = outcome.exitStatus
        result.timedOut = timedOut
        return result
    }

    /// Rewrites a test's .out (and .err, or removes a stale one) from what
    /// it did. Returns an error message, or nil.
    public static func update(_ r: GoldenResult) -> String? {
        let stem = String(r.path.dropLast(4))
        if !writeFile(stem + ".out", r.stdout) { return "cannot write \(stem).out" }
        if r.exitStatus != 0 || !r.stderr.isEmpty {
            let text = "# exit: \(r.exitStatus)\n" + normaliseAddresses(r.stderr)
            if !writeFile(stem + ".err", text) { return "cannot write \(stem).err" }
        } else if isFile(stem + ".err") {
            if unlink(stem + ".err") != 0 { return "cannot remove \(stem).err" }
        }
        return nil
    }

    static func writeFile(_ path: String, _ text: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            bytes = bytes.dropFirst(n)
        }
        return true
    }

    /// A unified diff (3 lines of context) of expected against actual.
    public static func diff(_ expected: String, _ actual: String) -> String {
        let a = diffLines(expected), b = diffLines(actual)
        var out: [String] = ["--- expected", "+++ actual"]
        let ops = editScript(a, b)
        // Group the edits into hunks with up to 3 lines of context.
        let context = 3
        var i = 0
        var hunks = 0
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { $0.kind != " " }) else { break }
            var start = max(i, firstChange - context)
            if start < i { start = i }
            var end = firstChange
            var lastChange = firstChange
            while end < ops.count {
                if ops[end].kind != " " { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(ops.count, lastChange + context + 1)
            let slice = ops[start..<end]
            let aStart = slice.first?.aLine ?? 0, bStart = slice.first?.bLine ?? 0
            let aCount = slice.filter { $0.kind != "+" }.count, bCount = slice.filter { $0.kind != "-" }.count
            out.append("@@ -\(aCount == 0 ? aStart : aStart + 1),\(aCount) +\(bCount == 0 ? bStart : bStart + 1),\(bCount) @@")
            for op in slice {
                if op.text.hasSuffix(noNewline) {
                    out.append(String(op.kind) + op.text.dropLast(noNewline.count))
                    out.append("\\ No newline at end of file")
                } else {
                    out.append(String(op.kind) + op.text)
                }
            }
            hunks += 1
            if hunks >= 10 || out.count > 200 { out.append("..."); break }
            i = end
        }
        return out.joined(separator: "\n")
    }

    /// Marks a last line that has no newline (so it differs from the same text with one).
    static let noNewline = "\u{0}no-newline"

    static func diffLines(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() } else { lines[lines.count - 1] += noNewline }
        return lines
    }

    struct DiffOp {
        let kind: Character // " ", "-", "+"
        let text: String
        /// Lines of a and b before this one.
        let aLine: Int, bLine: Int
    }

    /// The shortest edit script by longest common subsequence (trimming the
    /// common head and tail; a plain replace beyond a size limit).
    static func editScript(_ a: [String], _ b: [String]) -> [DiffOp] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var ops: [DiffOp] = []
        for k in 0..<head { ops.append(DiffOp(kind: " ", text: a[k], aLine: k, bLine: k)) }
        let am = Array(a[head..<(a.count - tail)]), bm = Array(b[head..<(b.count - tail)])
        var ai = head, bi = head
        if am.count * bm.count <= 4_000_000 {
            // lcs[i][j]: LCS length of am[i...] and bm[j...]
            let w = bm.count + 1
            var lcs = [Int32](repeating: 0, count: (am.count + 1) * w)
            if !am.isEmpty && !bm.isEmpty {
                for i in stride(from: am.count - 1, through: 0, by: -1) {
                    for j in stride(from: bm.count - 1, through: 0, by: -1) {
                        lcs[i * w + j] = am[i] == bm[j] ? lcs[(i + 1) * w + j + 1] + 1 : max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
                    }
                }
            }
            var i = 0, j = 0
            while i < am.count || j < bm.count {
                if i < am.count && j < bm.count && am[i] == bm[j] {
                    ops.append(DiffOp(kind: " ", text: am[i], aLine: ai, bLine: bi)); i += 1; j += 1; ai += 1; bi += 1
                } else if i < am.count && (j == bm.count || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                    ops.append(DiffOp(kind: "-", text: am[i], aLine: ai, bLine: bi)); i += 1; ai += 1
                } else {
                    ops.append(DiffOp(kind: "+", text: bm[j], aLine: ai, bLine: bi)); j += 1; bi += 1
                }
            }
        } else {
            for x in am { ops.append(DiffOp(kind: "-", text: x, aLine: ai, bLine: bi)); ai += 1 }
            for y in bm { ops.append(DiffOp(kind: "+", text: y, aLine: ai, bLine: bi)); bi += 1 }
        }
        for k in 0..<tail { ops.append(DiffOp(kind: " ", text: a[a.count - tail + k], aLine: ai + k, bLine: bi + k)) }
        return ops
    }
}

/// Sets an interpreter's interrupt flag when time runs out.
final class Watchdog: @unchecked Sendable {
    private var done = false
    private var fired = false
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var thread: pthread_t?

    init(seconds: Double, flag: InterruptFlag) {
        pthread_mutex_init(lock, nil)
        let box = Unmanaged.passRetained(WatchdogContext(owner: self, seconds: seconds, flag: flag))
        var t = pthread_t()
        if pthread_create(&t, nil, { raw in
            guard let raw else { return nil }
            let ctx = Unmanaged<WatchdogContext>.fromOpaque(raw).takeRetainedValue()
            let deadline = ctx.seconds
            var waited = 0.0
            while waited < deadline {
                usleep(20_000)
                waited += 0.02
                if ctx.owner.isDone { return nil }
            }
            ctx.owner.fire(ctx.flag)
            return nil
        }, box.toOpaque()) == 0 {
            thread = t
        } else {
            box.release()
        }
    }

    var isDone: Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return done
    }

    func fire(_ flag: InterruptFlag) {
        pthread_mutex_lock(lock)
        if !done { fired = true; flag.set() }
        pthread_mutex_unlock(lock)
    }

    /// Stops the watchdog; returns true when it fired.
    func finish() -> Bool {
        pthread_mutex_lock(lock)
        done = true
        let f = fired
        pthread_mutex_unlock(lock)
        if let t = thread { pthread_join(t, nil) }
        return f
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }
}

private final class WatchdogContext {
    let owner: Watchdog
    let seconds: Double
    let flag: InterruptFlag
    init(owner: Watchdog, seconds: Double, flag: InterruptFlag) { self.owner = owner; self.seconds = seconds; self.flag = flag }
}
