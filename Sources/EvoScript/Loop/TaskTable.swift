// The loop's pending Tasks in creation order (asyncio.all_tasks). A Task
// knows its slot, so adding and removing are O(1) without hashing: a
// finished Task leaves a hole, and the slots are compacted once holes are
// the majority.
//
// The table does not keep its Tasks alive, as asyncio's `_all_tasks` is a
// WeakSet: a pending Task lives while something reaches it (the ready queue,
// the Future it waits on, the program). One that becomes unreachable is kept
// by the collector for its finalizer, which takes it out of the table and
// reports it ("Task was destroyed but it is pending!",
// Modules/AsyncioTaskDestroy.swift), so the table never holds a freed Task.
//
// Eight bytes a Task where a dictionary keyed by identity took about sixty
// at 100,000 pending Tasks.

struct TaskTable {
    private var slots: [Unmanaged<PyTask>?] = []
    private var holes = 0

    var count: Int { slots.count - holes }

    mutating func insert(_ t: PyTask) {
        t.tableIndex = slots.count
        slots.append(Unmanaged.passUnretained(t))
    }

    mutating func remove(_ t: PyTask) {
        let i = t.tableIndex
        guard i >= 0, i < slots.count, slots[i]?.toOpaque() == Unmanaged.passUnretained(t).toOpaque() else { return }
        slots[i] = nil
        t.tableIndex = -1
        holes += 1
        if holes == slots.count {
            slots = []
            holes = 0
        } else if holes > 64 && holes * 2 > slots.count {
            compact()
        }
    }

    private mutating func compact() {
        var j = 0
        for i in slots.indices {
            if let t = slots[i] {
                t.takeUnretainedValue().tableIndex = j
                slots[j] = t
                j += 1
            }
        }
        slots.removeLast(slots.count - j)
        holes = 0
    }

    /// The pending Tasks, oldest first.
    var tasks: [PyTask] { slots.compactMap { $0?.takeUnretainedValue() } }
}
