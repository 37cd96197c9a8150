// Counts calls to malloc, calloc and realloc in the test process while
// counting is on, so a test can show that a loop of script code allocates
// nothing per iteration.
#ifndef CMALLOC_COUNTER_H
#define CMALLOC_COUNTER_H

void evo_malloc_count_start(void);
/// Stops counting; returns the allocations counted since the start.
long evo_malloc_count_stop(void);

#endif
