import EvoScript
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line and runs the program it names.
struct CommandLineTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evoscript",
        abstract: "Run EvoScript programs: a Python-like language with generators, Deferreds and an event loop.",
        discussion: """
        Examples:
          evoscript hello.evo            run a program
          evoscript -c 'print(1 + 2)'    run a string
          echo 'print 42' | evoscript -  run standard input
        """,
        version: EvoScriptVersion.string
    )

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Option(name: .long, help: "Clock for the event loop: real or virtual.")
    var clock: String = "real"

    @Flag(name: .long, help: "Print one line per event-loop event on stderr.")
    var traceLoop = false

    @Flag(name: .long, help: "Collect garbage at every safe point (slow; for testing the collector).")
    var gcStress = false

    @Flag(name: .long, help: "List the compiled bytecode of the program instead of running it.")
    var dis = false

    @ArgumentParser.Argument(parsing: .captureForPassthrough, help: "The program file (or - for standard input) and its arguments.")
    var arguments: [String] = []

    static func main(_ args: [String]) -> Int32 {
        do {
            let tool = try CommandLineTool.parse(args)
            return tool.execute()
        } catch {
            let code = CommandLineTool.exitCode(for: error)
            if code == .success {
                print(CommandLineTool.fullMessage(for: error))
                return 0
            }
            let msg = CommandLineTool.fullMessage(for: error)
            writeError(msg + "\n")
            return 2
        }
    }

    func execute() -> Int32 {
        let interp = Interpreter()
        interp.gcStress = gcStress
        switch clock {
        case "virtual": interp.useVirtualClock = true
        case "real": break
        default:
            writeError("evoscript: --clock must be 'real' or 'virtual', not '\(clock)'\n")
            return 2
        }
        interp.traceLoop = traceLoop
        if let code = command {
            interp.searchPath = ["."] + evoPath()
            return interp.runMain(source: code, filename: "<string>", argv: ["-c"] + arguments).exitStatus
        }
        guard let path = arguments.first, path != "-" else {
            let text = readAllStandardInput()
            interp.searchPath = ["."] + evoPath()
            return interp.runMain(source: text, filename: "<stdin>", argv: ["-"] + arguments.dropFirst()).exitStatus
        }
        var st = stat()
        if stat(path, &st) != 0 {
            writeError("evoscript: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            writeError("evoscript: can't open file '\(path)': is a directory\n")
            return 2
        }
        guard let bytes = readFile(path) else {
            writeError("evoscript: can't open file '\(path)': permission denied or unreadable\n")
            return 2
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            writeError("evoscript: can't read file '\(path)': not valid UTF-8\n")
            return 2
        }
        if dis {
            print(interp.disassemble(text, filename: path), terminator: "")
            return 0
        }
        let dir = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : ""
        interp.searchPath = [dir.isEmpty ? "" : dir] + evoPath()
        return interp.runMain(source: text, filename: path, argv: arguments).exitStatus
    }

    private func evoPath() -> [String] {
        guard let p = getenv("EVOPATH") else { return [] }
        return String(cString: p).split(separator: ":").map(String.init)
    }
}

func readAllStandardInput() -> String {
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(0, &buf, buf.count)
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return String(decoding: out, as: UTF8.self)
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n > 0 { out.append(contentsOf: buf[0..<n]) }
        if n < buf.count { break }
    }
    return out
}

/// Writes a line to standard error.
func writeError(_ s: String) {
    var bytes = Array(s.utf8)
    if bytes.last != 0x0A { bytes.append(0x0A) }
    bytes.withUnsafeBytes { raw in
        _ = write(2, raw.baseAddress, raw.count)
    }
}
