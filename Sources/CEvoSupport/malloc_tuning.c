// mallopt lives in <malloc.h>, which Swift's Glibc module does not export.
#include "CEvoSupport.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int evo_fix_mmap_threshold(size_t bytes) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
    (void)bytes;
    return 0;
#endif
}
