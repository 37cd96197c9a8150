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
    /// What differed, as a unified-style diff (empty when passed).
    public let report: String
}

public enum GoldenRunner {
    /// Every .evo under `paths` (files or folders) that has a sibling .out, sorted.
    public static func discover(_ paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths { collect(p, &out) }
        return out.sorted()
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
    public static func run(_ path: String, timeout: Double = 10, gcStress: Bool = false) -> GoldenResult {
        let dir = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) : "."
        let base = path.contains("/") ? String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]) : path
        let stem = String(path.dropLast(4))
        let interp0 = Interpreter()
        guard let source = interp0.readTextFile(path), let expectedOut = interp0.readTextFile(stem + ".out") else {
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
        interp.useVirtualClock = !source.contains("# evoscript: clock=real")
        interp.searchPath = [dir]
        var cwd = [CChar](repeating: 0, count: 4096)
        let hadCwd = getcwd(&cwd, cwd.count) != nil
        _ = chdir(dir)
        defer { if hadCwd { _ = chdir(cwd) } }
        interp.searchPath = [""]
        let watchdog = Watchdog(seconds: timeout, flag: interp.interruptFlag)
        let outcome = interp.runMain(source: source, filename: base, argv: [base])
        let timedOut = watchdog.finish()
        var problems: [String] = []
        if timedOut { problems.append("timed out after \(timeout) s") }
        if out.text != expectedOut {
            problems.append("stdout differs:\n" + diff(expectedOut, out.text))
        }
        if outcome.exitStatus != expectedStatus {
            problems.append("exit status \(outcome.exitStatus), expected \(expectedStatus)")
        }
        if let e = expectedErr {
            let a = normaliseAddresses(err.text), x = normaliseAddresses(e)
            if a != x { problems.append("stderr differs:\n" + diff(x, a)) }
        } else if outcome.exitStatus != 0 {
            problems.append("stderr:\n" + err.text)
        }
        return GoldenResult(path: path, passed: problems.isEmpty, report: problems.joined(separator: "\n"))
    }

    /// A line diff: `-expected` / `+actual` lines around the first differences.
    public static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = ["--- expected", "+++ actual"]
        var shown = 0
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : nil
            let y = i < b.count ? String(b[i]) : nil
            if x == y { continue }
            out.append("@@ line \(i + 1) @@")
            if let x { out.append("-" + x) }
            if let y { out.append("+" + y) }
            shown += 1
            if shown >= 8 { out.append("..."); break }
        }
        return out.joined(separator: "\n")
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
