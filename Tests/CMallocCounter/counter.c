// Linked into the test executable only: its malloc, calloc and realloc take
// the place of the C library's for the whole process (ELF interposition) and
// forward to glibc's own entry points. Memory from posix_memalign and
// aligned_alloc (over-aligned Swift objects) is not counted.
#include <stddef.h>
#include <stdatomic.h>
#include "CMallocCounter.h"

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void __libc_free(void *p);

static atomic_int counting = 0;
static atomic_long counted = 0;

void *malloc(size_t size) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) atomic_fetch_add(&counted, 1);
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) atomic_fetch_add(&counted, 1);
    return __libc_calloc(count, size);
}

void *realloc(void *p, size_t size) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) atomic_fetch_add(&counted, 1);
    return __libc_realloc(p, size);
}

void free(void *p) { __libc_free(p); }

void evo_malloc_count_start(void) {
    atomic_store(&counted, 0);
    atomic_store(&counting, 1);
}

long evo_malloc_count_stop(void) {
    atomic_store(&counting, 0);
    return atomic_load(&counted);
}
