// Where sys.stdout and sys.stderr write: a file descriptor with a buffer, or
// a Swift closure (hosts and tests capture output this way).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class OutputSink: @unchecked Sendable {
    enum Target {
        case fd(Int32)
        case closure((String) -> Void)
    }
    private let target: Target
    private var buffer: [UInt8] = []
    /// Flush after every write (stderr, or an interactive stdout).
    public var unbuffered = false
    /// Called with each piece of text before it is written (the REPL clears
    /// the line being edited when a task prints while the prompt waits).
    var beforeWrite: ((String) -> Void)?

    public init(fd: Int32) { target = .fd(fd) }
    public init(_ write: @escaping (String) -> Void) { target = .closure(write) }

    public static var standardOutput: OutputSink { OutputSink(fd: 1) }
    public static var standardError: OutputSink {
        let s = OutputSink(fd: 2)
        s.unbuffered = true
        return s
    }

    public func write(_ s: String) {
        beforeWrite?(s)
        switch target {
        case .closure(let f): f(s)
        case .fd:
            buffer.append(contentsOf: s.utf8)
            if unbuffered || buffer.count >= 1 << 16 { flush() }
        }
    }

    public func flush() {
        guard case .fd(let fd) = target, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// A string collector for capturing output.
public final class OutputCapture: @unchecked Sendable {
    public private(set) var text = ""
    public init() {}
    public var sink: OutputSink { OutputSink { [self] s in self.text += s } }
}
