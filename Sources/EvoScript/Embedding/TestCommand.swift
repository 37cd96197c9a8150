// `evoscript test [PATH...]`: runs golden-output programs with GoldenRunner
// and reports failures as unified diffs. Each test runs in a worker process
// (the evoscript binary itself, `evoscript test --worker FILE`), so a crash or
// a runaway native call fails one test and `-j N` can run tests in parallel
// (GoldenRunner changes the working directory, so one process runs one test
// at a time).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct GoldenTestOptions: Sendable {
    public var paths: [String]
    /// Seconds a test may run before it is interrupted.
    public var timeout: Double
    /// Rewrite .out/.err from the actual output instead of failing.
    public var update: Bool
    /// Tests run at the same time (worker processes).
    public var jobs: Int
    public var gcStress: Bool
    /// The evoscript binary to run workers with; nil runs every test in this process.
    public var executable: String?

    public init(paths: [String], timeout: Double = 10, update: Bool = false, jobs: Int = 1,
                gcStress: Bool = false, executable: String? = nil) {
        self.paths = paths; self.timeout = timeout; self.update = update
        self.jobs = jobs; self.gcStress = gcStress; self.executable = executable
    }
}

public enum GoldenTestCommand {
    enum Status: String { case pass = "PASS", fail = "FAIL", updated = "UPDATED" }

    static let marker = "\u{1}evoscript-test-result "

    /// Runs one test here; with `update`, a failing test (that did not time out) is rewritten.
    static func runOne(_ path: String, _ o: GoldenTestOptions) -> (Status, String) {
        let r = GoldenRunner.run(path, timeout: o.timeout, gcStress: o.gcStress, allowMissingOut: o.update)
        if r.passed { return (.pass, "") }
        if o.update && !r.timedOut {
            if let problem = GoldenRunner.update(r) { return (.fail, problem) }
            return (.updated, "")
        }
        return (.fail, r.report)
    }

    /// `evoscript test --worker FILE`: runs one test and prints its result for the parent.
    public static func runWorker(_ path: String, _ o: GoldenTestOptions) -> Int32 {
        let (status, report) = runOne(path, o)
        writeFD(1, marker + status.rawValue + "\n" + report)
        return 0
    }

    /// Runs the tests under `o.paths`; prints failures and `N passed, M failed`.
    public static func run(_ o: GoldenTestOptions) -> Int32 {
        run(o, output: { writeFD(1, $0) })
    }

    static func run(_ o: GoldenTestOptions, output: (String) -> Void) -> Int32 {
        let paths = o.paths.isEmpty ? ["."] : o.paths
        for p in paths {
            var st = stat()
            if stat(p, &st) != 0 {
                writeStandardError("evoscript test: no such file or directory: \(p)\n")
                return 2
            }
        }
        let tests = GoldenRunner.discover(paths, includeNamed: o.update)
        if tests.isEmpty {
            writeStandardError("evoscript test: no tests (.evo files with a sibling .out) under \(paths.joined(separator: " "))\n")
        }
        var results: [String: (Status, String)] = [:]
        func report(_ path: String, _ status: Status, _ text: String) {
            results[path] = (status, text)
            let shown = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            switch status {
            case .pass: break
            case .updated: output("updated \(shown)\n")
            case .fail:
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                while let l = lines.last, l.allSatisfy({ $0 == " " }) { lines.removeLast() }
                output("FAIL \(shown)\n" + lines.map { "    " + $0 + "\n" }.joined())
            }
        }
        if let exe = o.executable {
            WorkerPool(executable: exe, options: o).run(tests, report: report)
        } else {
            for t in tests {
                let (s, text) = runOne(t, o)
                report(t, s, text)
            }
        }
        let passed = results.values.filter { $0.0 == .pass }.count
        let failed = results.values.filter { $0.0 == .fail }.count
        let updated = results.values.filter { $0.0 == .updated }.count
        output("\(passed) passed, \(failed) failed" + (o.update ? ", \(updated) updated" : "") + "\n")
        return failed > 0 ? 1 : 0
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() && abs(t) < 1e9 ? String(Int(t)) : String(t)
    }
}

/// Runs tests in worker processes, at most `jobs` at a time.
private final class WorkerPool {
    struct Worker {
        let path: String
        let pid: pid_t
        let fd: Int32
        var output: [UInt8] = []
        let started: Double
        var killed = false
    }

    let executable: String
    let options: GoldenTestOptions

    init(executable: String, options: GoldenTestOptions) {
        self.executable = executable
        self.options = options
    }

    func run(_ tests: [String], report: (String, GoldenTestCommand.Status, String) -> Void) {
        var queue = tests[...]
        var running: [Worker] = []
        let jobs = max(1, options.jobs)
        // The watchdog in the worker interrupts the script; this is for a worker that does not stop.
        let hardLimit = options.timeout + 5
        while !queue.isEmpty || !running.isEmpty {
            while running.count < jobs, let t = queue.first {
                queue = queue.dropFirst()
                if let w = spawn(t) { running.append(w) } else { report(t, .fail, "could not start \(executable)") }
            }
            var fds = running.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            _ = poll(&fds, nfds_t(fds.count), 50)
            var finished: [Int] = []
            for (k, p) in fds.enumerated() where p.revents != 0 {
                var buf = [UInt8](repeating: 0, count: 65536)
                let n = read(p.fd, &buf, buf.count)
                if n > 0 {
                    running[k].output.append(contentsOf: buf[0..<n])
                } else if n == 0 || errno != EINTR {
                    finished.append(k)
                }
            }
            let now = monotonicSeconds()
            for k in running.indices where !running[k].killed && now - running[k].started > hardLimit {
                kill(running[k].pid, SIGKILL)
                running[k].killed = true
            }
            for k in finished.reversed() {
                let w = running.remove(at: k)
                close(w.fd)
                var status: Int32 = 0
                while waitpid(w.pid, &status, 0) < 0 && errno == EINTR {}
                let (s, text) = interpret(w, status: status)
                report(w.path, s, text)
            }
        }
    }

    private func interpret(_ w: Worker, status: Int32) -> (GoldenTestCommand.Status, String) {
        let text = String(decoding: w.output, as: UTF8.self)
        if let r = text.range(of: GoldenTestCommand.marker) {
            let rest = text[r.upperBound...]
            let line = rest.prefix { $0 != "\n" }
            let body = rest.dropFirst(line.count + 1)
            if let s = GoldenTestCommand.Status(rawValue: String(line)) { return (s, String(body)) }
        }
        let signal = status & 0x7f
        var why: String
        if w.killed {
            why = "timed out after \(GoldenTestCommand.seconds(options.timeout)) s (the worker did not stop; killed)"
        } else if signal != 0 {
            why = "crashed: the interpreter died with signal \(signal)" + (signalName(signal).map { " (\($0))" } ?? "")
        } else {
            why = "crashed: the worker exited with status \((status >> 8) & 0xff) without a result"
        }
        let tail = text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
        if !tail.trimmingCharacters(in: " \n").isEmpty { why += "\n" + tail }
        return (.fail, why)
    }

    private func signalName(_ s: Int32) -> String? {
        switch s {
        case SIGSEGV: return "SIGSEGV"
        case SIGABRT: return "SIGABRT"
        case SIGILL: return "SIGILL"
        case SIGBUS: return "SIGBUS"
        case SIGTRAP: return "SIGTRAP"
        case SIGKILL: return "SIGKILL"
        case SIGFPE: return "SIGFPE"
        default: return nil
        }
    }

    private func spawn(_ path: String) -> Worker? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var args = [executable, "test", "--worker", "--timeout", String(options.timeout)]
        if options.update { args.append("--update") }
        if options.gcStress { args.append("--gc-stress") }
        args.append(path)
        #if canImport(Glibc)
        var fa = posix_spawn_file_actions_t()
        #else
        var fa: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_adddup2(&fa, fds[1], 1)
        posix_spawn_file_actions_adddup2(&fa, fds[1], 2)
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
        let cargs = args.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &fa, nil, cargs, currentEnvironment())
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            return nil
        }
        return Worker(path: path, pid: pid, fd: fds[0], started: monotonicSeconds())
    }
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// The process environment (for posix_spawn).
func currentEnvironment() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    #if canImport(Darwin)
    return _NSGetEnviron().pointee
    #else
    guard let p = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "environ") else { return nil }
    return p.assumingMemoryBound(to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self).pointee
    #endif
}

/// The path of the running executable (for worker processes).
public func currentExecutablePath() -> String? {
    #if canImport(Darwin)
    var size: UInt32 = 4096
    var buf = [CChar](repeating: 0, count: Int(size))
    guard _NSGetExecutablePath(&buf, &size) == 0 else { return nil }
    return String(cString: buf)
    #else
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #endif
}
