import EvoScript
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClockKind: ExpressibleByArgument {}

/// `evoscript [OPTIONS] [FILE | -c CODE | -] [ARGS...]`
///
/// Options are read up to the program (FILE, `-`, or `-c CODE`); everything
/// after it goes to the program in sys.argv, as with python. The
/// argument parser sees only the options; FILE and ARGS are split off first.
struct CommandLineTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evoscript",
        abstract: "Run EvoScript programs: the Python 3.8 language with generators on an event loop.",
        usage: """
        evoscript [OPTIONS] [FILE | -c CODE | -] [ARGS ...]
               evoscript test [--timeout S] [--update] [-j N] [PATH ...]
        """,
        discussion: """
        With no program and a terminal on standard input, evoscript starts the
        interactive prompt (line editing and history through libedit; history in
        ~/.evoscript_history or $EVOSCRIPT_HISTORY). Piped standard input is run
        as a program. Options go before the program; ARGS after it are the
        program's, in sys.argv.

        Examples:
          evoscript                     the interactive prompt
          evoscript hello.evo a b       run a program; sys.argv: hello.evo a b
          evoscript -c 'print(1 + 2)'   run a string
          echo 'print 42' | evoscript   run standard input (or: evoscript -)
          evoscript -i game.evo         run a program, then the prompt
          evoscript --clock virtual t.evo    timers fire at once, in order
          evoscript test tests/         run the tests (.evo with .out) there

        Exit status: 0; 1 for an uncaught exception; 2 for a usage error or an
        unreadable file; otherwise the code given to sys.exit.
        """,
        version: EvoScriptVersion.string
    )

    @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE (the rest of the line goes to sys.argv).", valueName: "CODE"))
    var command: String?

    @Flag(name: .customShort("i"), help: "Start the interactive prompt after running the program, with its globals.")
    var inspect = false

    @Option(name: .long, help: ArgumentHelp("Event loop clock: real or virtual.", valueName: "real|virtual"))
    var clock: ClockKind = .real

    @Flag(name: .long, help: "Print one line per event-loop event on stderr.")
    var traceLoop = false

    @Flag(name: .long, help: "Collect garbage at every safe point (slow; for testing the collector).")
    var gcStress = false

    @Flag(name: .long, help: "List the compiled bytecode of the program instead of running it.")
    var dis = false

    @Flag(name: .customShort("V"), help: .hidden)
    var shortVersion = false

    static func main(_ args: [String]) -> Int32 {
        if args.first == "test" {
            return TestCommand.main(Array(args.dropFirst()))
        }
        let (options, program, rest) = split(args)
        // No options, or just `-c CODE`: nothing for the parser to check, and
        // skipping it (its reflection costs milliseconds) keeps start-up fast.
        if options.isEmpty || (options.count == 2 && options[0] == "-c" && !options[1].hasPrefix("-")) {
            return RunSettings(command: options.last, program: program, programArgs: rest).run()
        }
        do {
            let tool = try CommandLineTool.parse(options)
            if tool.shortVersion {
                print(EvoScriptVersion.string)
                return 0
            }
            return RunSettings(command: tool.command, inspect: tool.inspect, clock: tool.clock, traceLoop: tool.traceLoop,
                               gcStress: tool.gcStress, dis: tool.dis, program: program, programArgs: rest).run()
        } catch {
            return report(error, for: CommandLineTool.self)
        }
    }

    /// Splits the command line at the program: options before it, then FILE
    /// (or `-`) and its arguments. `-c CODE` ends the options too.
    static func split(_ args: [String]) -> (options: [String], program: String?, rest: [String]) {
        var options: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" {
                return (options, i + 1 < args.count ? args[i + 1] : nil, Array(args.dropFirst(i + 2)))
            }
            if a == "-c" {
                options.append(a)
                if i + 1 < args.count { options.append(args[i + 1]) }
                return (options, nil, Array(args.dropFirst(i + 2)))
            }
            if a.hasPrefix("-c") && !a.hasPrefix("--") {
                options += ["-c", String(a.dropFirst(2))]
                return (options, nil, Array(args.dropFirst(i + 1)))
            }
            if a == "-ic" || a == "-ci" {
                options += ["-i", "-c"]
                if i + 1 < args.count { options.append(args[i + 1]) }
                return (options, nil, Array(args.dropFirst(i + 2)))
            }
            if a == "-" || !a.hasPrefix("-") {
                return (options, a, Array(args.dropFirst(i + 1)))
            }
            options.append(a)
            if a == "--clock" && i + 1 < args.count {
                options.append(args[i + 1])
                i += 1
            }
            i += 1
        }
        return (options, nil, [])
    }
}

/// What one run of the command does, from the parsed options (or from the
/// command line directly when it has none to parse).
struct RunSettings {
    var command: String?
    var inspect = false
    var clock: ClockKind = .real
    var traceLoop = false
    var gcStress = false
    var dis = false
    /// FILE (or `-`) and its ARGS: split off before parsing (see `CommandLineTool.split`).
    var program: String?
    var programArgs: [String] = []

    func run() -> Int32 {
        let stdoutSink = OutputSink.standardOutput
        stdoutSink.unbuffered = isatty(1) != 0 // line by line on a terminal, as CPython
        let interp = Interpreter(stdout: stdoutSink)
        interp.gcStress = gcStress
        interp.configureEventLoop(EventLoopOptions(clock: clock, traceLoop: traceLoop))
        interp.searchPath = ["."] + evoPath()
        InterruptSignal.install(interp.interruptFlag, secondKills: true)
        let status: Int32
        if let code = command {
            status = interp.runMain(source: code, filename: "<string>", argv: ["-c"] + programArgs).exitStatus
        } else if let path = program, path != "-" {
            guard let text = readProgram(path) else { return 2 }
            if dis {
                print(interp.disassemble(text, filename: path), terminator: "")
                return 0
            }
            let dir = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : ""
            interp.searchPath = [dir] + evoPath()
            status = interp.runMain(source: text, filename: path, argv: [path] + programArgs).exitStatus
        } else if program == nil && (inspect || isatty(0) != 0) {
            // No program: the prompt.
            return Repl(interpreter: interp).run(showBanner: isatty(0) != 0)
        } else {
            guard let text = readStandardInput() else { return 2 }
            status = interp.runMain(source: text, filename: "<stdin>", argv: ["-"] + programArgs).exitStatus
        }
        if inspect {
            return Repl(interpreter: interp).run(showBanner: false)
        }
        let violations = interp.gcBarrierViolations
        if !violations.isEmpty {
            writeError("evoscript: --gc-stress found missed write barriers:\n"
                + violations.map { "  " + $0 + "\n" }.joined())
            return 3
        }
        return status
    }

    private func evoPath() -> [String] {
        guard let p = getenv("EVOPATH") else { return [] }
        return String(cString: p).split(separator: ":").map(String.init)
    }
}

/// `evoscript test [PATH ...]`
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evoscript test",
        abstract: "Run golden-output tests: every .evo under PATHs with a sibling .out.",
        discussion: """
        A test is NAME.evo with NAME.out (its expected standard output) and
        optionally NAME.err: a first line `# exit: N`, then the whole expected
        standard error (memory addresses 0x... are compared as 0x?). Each test
        runs in its own folder, with the virtual clock, in a worker process.
        A failure prints a unified diff of expected against actual. The exit
        status is 1 when any test failed.

        Examples:
          evoscript test                       the tests under the current folder
          evoscript test -j 4 tests/ more.evo  four at a time
          evoscript test --update new.evo      write new.out (and .err) from it
        """
    )

    @Option(name: .long, help: ArgumentHelp("Seconds each test may run.", valueName: "S"))
    var timeout: Double = 10

    @Flag(name: .long, help: "Rewrite each failing test's .out/.err from its actual output (read them before committing).")
    var update = false

    @Option(name: .customShort("j"), help: ArgumentHelp("Run N tests in parallel.", valueName: "N"))
    var jobs: Int = 1

    @Flag(name: .long, help: "Collect garbage at every safe point.")
    var gcStress = false

    @Flag(name: .long, help: .hidden)
    var worker = false

    @Flag(name: .long, help: .hidden)
    var inProcess = false

    @ArgumentParser.Argument(help: ArgumentHelp("Files or folders (default: the current folder).", valueName: "PATH"))
    var paths: [String] = []

    func validate() throws {
        if jobs < 1 { throw ValidationError("-j must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if worker && paths.count != 1 { throw ValidationError("--worker runs exactly one test") }
    }

    static func main(_ args: [String]) -> Int32 {
        do {
            let cmd = try TestCommand.parse(args)
            var o = GoldenTestOptions(paths: cmd.paths, timeout: cmd.timeout, update: cmd.update, jobs: cmd.jobs,
                                      gcStress: cmd.gcStress)
            if cmd.worker, let path = cmd.paths.first {
                return GoldenTestCommand.runWorker(path, o)
            }
            o.executable = cmd.inProcess ? nil : currentExecutablePath()
            return GoldenTestCommand.run(o)
        } catch {
            return report(error, for: TestCommand.self)
        }
    }
}

/// Prints a parse error (status 2) or --help/--version (status 0).
func report<C: ParsableCommand>(_ error: Error, for: C.Type) -> Int32 {
    let code = C.exitCode(for: error)
    let msg = C.fullMessage(for: error)
    if code == .success {
        print(msg)
        return 0
    }
    writeError(msg)
    return 2
}

/// Reads a program file; prints one line naming the file and returns nil when it cannot.
func readProgram(_ path: String) -> String? {
    var st = stat()
    if stat(path, &st) != 0 {
        let reason = String(cString: strerror(errno))
        writeError("evoscript: can't open file '\(path)': [Errno \(errno)] \(reason)")
        return nil
    }
    if (st.st_mode & S_IFMT) == S_IFDIR {
        writeError("evoscript: can't open file '\(path)': [Errno \(EISDIR)] Is a directory")
        return nil
    }
    guard let bytes = readFile(path) else {
        let reason = String(cString: strerror(errno))
        writeError("evoscript: can't open file '\(path)': [Errno \(errno)] \(reason)")
        return nil
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        writeError("evoscript: can't read file '\(path)': it is not valid UTF-8 text")
        return nil
    }
    return text
}

func readStandardInput() -> String? {
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(0, &buf, buf.count)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    guard let text = String(validating: out, as: UTF8.self) else {
        writeError("evoscript: can't read standard input: it is not valid UTF-8 text")
        return nil
    }
    return text
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n > 0 { out.append(contentsOf: buf[0..<n]) }
        if n < buf.count {
            if ferror(f) != 0 { return nil }
            break
        }
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
