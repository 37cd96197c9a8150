// epoll and eventfd for the event loop's selector (Swift's Glibc module does
// not export <sys/epoll.h>, and epoll_event is a packed struct).
#include "CEvoSupport.h"
#include <errno.h>
#if defined(__linux__)
#include <sys/epoll.h>
#include <sys/eventfd.h>

int evo_epoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }
int evo_eventfd(void) { return eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }

int evo_epoll_ctl(int epfd, int op, int fd, uint32_t mask) {
    struct epoll_event ev;
    ev.events = ((mask & 1) ? EPOLLIN : 0) | ((mask & 4) ? EPOLLOUT : 0);
    ev.data.fd = fd;
    int cop = op == 1 ? EPOLL_CTL_ADD : (op == 2 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD);
    return epoll_ctl(epfd, cop, fd, &ev) == 0 ? 0 : errno;
}

int evo_epoll_wait(int epfd, int *fds, uint32_t *masks, int max, int timeout_ms) {
    struct epoll_event evs[64];
    if (max > 64) max = 64;
    int n = epoll_wait(epfd, evs, max, timeout_ms);
    if (n < 0) return errno == EINTR ? 0 : -errno;
    for (int i = 0; i < n; i++) {
        fds[i] = evs[i].data.fd;
        uint32_t m = 0;
        if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) m |= 1;
        if (evs[i].events & (EPOLLOUT | EPOLLHUP | EPOLLERR)) m |= 4;
        masks[i] = m;
    }
    return n;
}
#else
int evo_epoll_create(void) { return -1; }
int evo_eventfd(void) { return -1; }
int evo_epoll_ctl(int epfd, int op, int fd, uint32_t mask) { (void)epfd; (void)op; (void)fd; (void)mask; return ENOSYS; }
int evo_epoll_wait(int epfd, int *fds, uint32_t *masks, int max, int timeout_ms) { (void)epfd; (void)fds; (void)masks; (void)max; (void)timeout_ms; return 0; }
#endif
