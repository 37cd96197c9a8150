// The evoscript command: run a file, a -c string, or standard input.

import EvoScript
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

Interpreter.fixMallocMmapThreshold()
let status = CommandLineTool.main(Array(CommandLine.arguments.dropFirst()))
exit(status)
