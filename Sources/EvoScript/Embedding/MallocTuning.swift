// glibc's malloc raises its mmap threshold each time a large block is
// freed, up to 32 MiB. After that, the big buffers of a program that builds
// and drops large structures again and again (a list of 100,000 Tasks, the
// collector's object tables, a long joined string) come from the main heap
// instead of their own mappings, and the small objects allocated around
// them keep those pages: resident memory grows wave after wave although
// the live data does not (asyncio_waves in bench/: +20% over ten waves).
// Fixing the threshold at glibc's initial 128 KiB keeps every large block
// in its own mapping, returned to the system when freed.

import CEvoSupport

extension Interpreter {
    /// Fixes malloc's mmap threshold (see above). It is process-wide, so it
    /// is the host's choice to make; the evoscript command makes it at start.
    /// Does nothing where malloc is not glibc's.
    public static func fixMallocMmapThreshold() {
        _ = evo_fix_mmap_threshold(128 * 1024)
    }
}
