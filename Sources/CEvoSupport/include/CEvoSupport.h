#ifndef CEVOSUPPORT_H
#define CEVOSUPPORT_H
#include <stddef.h>
#include <stdint.h>

/// The lowest address and the size of the calling thread's stack; 0 on success.
int evo_thread_stack_bounds(uintptr_t *low, size_t *size);

#endif
