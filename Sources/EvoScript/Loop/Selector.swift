// File-descriptor readiness for the loop: epoll on Linux (through small C
// shims in CEvoSupport), plus an eventfd that other threads write to wake a
// loop blocked in select (call_soon_threadsafe).

import CEvoSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class Selector {
    static let readable: UInt32 = 1
    static let writable: UInt32 = 4

    private let epfd: Int32
    /// The wakeup descriptor (eventfd), registered for reading.
    let wakeFd: Int32
    /// fd -> interest mask (readable | writable), not counting wakeFd.
    private(set) var interest: [Int32: UInt32] = [:]
    private var fds = [Int32](repeating: 0, count: 64)
    private var masks = [UInt32](repeating: 0, count: 64)

    init() {
        epfd = evo_epoll_create()
        wakeFd = evo_eventfd()
        if epfd >= 0 && wakeFd >= 0 { _ = evo_epoll_ctl(epfd, 1, wakeFd, Selector.readable) }
    }

    deinit { close() }

    private var closed = false
    func close() {
        guard !closed else { return }
        closed = true
        if epfd >= 0 { _ = Glibc.close(epfd) }
        if wakeFd >= 0 { _ = Glibc.close(wakeFd) }
    }

    var hasUserDescriptors: Bool { !interest.isEmpty }

    /// Sets the interest mask of fd (0 removes it). Returns errno on failure, 0 on success.
    @discardableResult
    func setInterest(_ fd: Int32, _ mask: UInt32) -> Int32 {
        let old = interest[fd] ?? 0
        if old == mask { return 0 }
        let op: Int32 = mask == 0 ? 2 : (old == 0 ? 1 : 3)
        let r = evo_epoll_ctl(epfd, op, fd, mask)
        if r != 0 { return r }
        if mask == 0 { interest[fd] = nil } else { interest[fd] = mask }
        return 0
    }

    /// Waits up to `timeoutMs` (-1: forever) and returns ready (fd, mask) pairs
    /// (the wakeup descriptor is drained and not reported).
    func select(timeoutMs: Int32) -> [(fd: Int32, mask: UInt32)] {
        guard epfd >= 0 else {
            if timeoutMs > 0 { usleep(UInt32(timeoutMs) * 1000) }
            return []
        }
        let n = fds.withUnsafeMutableBufferPointer { f in
            masks.withUnsafeMutableBufferPointer { m in
                evo_epoll_wait(epfd, f.baseAddress, m.baseAddress, 64, timeoutMs)
            }
        }
        guard n > 0 else { return [] }
        var out: [(fd: Int32, mask: UInt32)] = []
        for k in 0..<Int(n) {
            let fd = fds[k]
            if fd == wakeFd {
                var v: UInt64 = 0
                _ = read(wakeFd, &v, 8)
                continue
            }
            out.append((fd, masks[k]))
        }
        return out
    }
}
