// Thread stack bounds for the interpreter's recursion guard
// (pthread_getattr_np is a GNU extension Swift's Glibc module does not export).
#define _GNU_SOURCE
#include <pthread.h>
#include "CEvoSupport.h"

int evo_thread_stack_bounds(uintptr_t *low, size_t *size) {
#if defined(__APPLE__)
    pthread_t self = pthread_self();
    void *top = pthread_get_stackaddr_np(self);
    size_t sz = pthread_get_stacksize_np(self);
    *low = (uintptr_t)top - sz;
    *size = sz;
    return 0;
#else
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return -1;
    void *addr = 0;
    size_t sz = 0;
    int r = pthread_attr_getstack(&attr, &addr, &sz);
    pthread_attr_destroy(&attr);
    if (r != 0) return -1;
    *low = (uintptr_t)addr;
    *size = sz;
    return 0;
#endif
}
