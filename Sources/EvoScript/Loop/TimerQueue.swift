// The loop's timers: a binary heap ordered by (when in integer nanoseconds,
// sequence number), so equal deadlines fire in the order they were set.

import HeapModule

struct TimerEntry: Comparable {
    let when: Int
    let sequence: Int
    let handle: PyHandle

    static func < (a: TimerEntry, b: TimerEntry) -> Bool {
        a.when != b.when ? a.when < b.when : a.sequence < b.sequence
    }
    static func == (a: TimerEntry, b: TimerEntry) -> Bool {
        a.when == b.when && a.sequence == b.sequence
    }
}

struct TimerQueue {
    private var heap = HeapModule.Heap<TimerEntry>()
    private var sequence = 0
    /// Cancelled timers still in the heap (removed lazily).
    var cancelledCount = 0

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ h: PyHandle, when: Int) {
        sequence &+= 1
        heap.insert(TimerEntry(when: when, sequence: sequence, handle: h))
    }

    /// The earliest live timer's deadline (cancelled heads are dropped).
    mutating func firstDeadline() -> Int? {
        while let m = heap.min, m.handle.cancelled {
            _ = heap.popMin()
            m.handle.scheduled = false
            cancelledCount = max(0, cancelledCount - 1)
        }
        return heap.min?.when
    }

    /// Pops the earliest timer when its deadline is before `end`.
    mutating func popDue(before end: Int) -> PyHandle? {
        guard let m = heap.min, m.when < end else { return nil }
        _ = heap.popMin()
        m.handle.scheduled = false
        if m.handle.cancelled { cancelledCount = max(0, cancelledCount - 1) }
        return m.handle
    }

    /// Drops cancelled timers when they are more than half of the heap (as asyncio does).
    mutating func compactIfNeeded() {
        guard cancelledCount > 100, cancelledCount * 2 > heap.count else { return }
        var live: [TimerEntry] = []
        live.reserveCapacity(heap.count - cancelledCount)
        for e in heap.unordered {
            if e.handle.cancelled { e.handle.scheduled = false } else { live.append(e) }
        }
        heap = HeapModule.Heap(live)
        cancelledCount = 0
    }

    mutating func removeAll() {
        for e in heap.unordered { e.handle.scheduled = false }
        heap = HeapModule.Heap<TimerEntry>()
        cancelledCount = 0
    }

    func forEach(_ body: (PyHandle) -> Void) {
        for e in heap.unordered { body(e.handle) }
    }
}
