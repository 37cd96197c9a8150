#ifndef CEVOSUPPORT_H
#define CEVOSUPPORT_H
#include <stddef.h>
#include <stdint.h>

/// The lowest address and the size of the calling thread's stack; 0 on success.
int evo_thread_stack_bounds(uintptr_t *low, size_t *size);

/// The event loop's selector (epoll + eventfd on Linux; -1 elsewhere).
int evo_epoll_create(void);
int evo_eventfd(void);
/// op: 1 add, 2 delete, 3 modify; mask: 1 readable, 4 writable. 0 or errno.
int evo_epoll_ctl(int epfd, int op, int fd, uint32_t mask);
/// Ready descriptors into fds/masks (1 readable, 4 writable); returns count, 0 on timeout, -errno on error.
int evo_epoll_wait(int epfd, int *fds, uint32_t *masks, int max, int timeout_ms);

/// Fixes glibc malloc's mmap threshold at `bytes` (1 on success; 0 elsewhere or on failure).
int evo_fix_mmap_threshold(size_t bytes);

#endif
