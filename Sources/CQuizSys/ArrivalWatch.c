// A second thread that only notes when bytes arrive on the teams' sockets, never reading them.
//
// Linux stamps a TCP read with the receive time of the newest segment in the kernel buffer it
// came from, and merges segments that wait unread (tcp_try_coalesce keeps the later stamp). So
// while the event loop is busy, a team's buzz followed 1 ms later by any other bytes is stamped
// with the time of those later bytes, and loses to a team that pressed after it. This thread
// waits on its own edge-triggered epoll, which wakes on every arriving segment, and records
// "the first B bytes of this stream had arrived by time t" (B from TCP_INFO's
// tcpi_bytes_received). The event loop still owns the sockets and all their I/O; it asks here
// for the earliest time by which a message's last byte had arrived.
#define _GNU_SOURCE
#include "CQuizSys.h"

#include <linux/tcp.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { cqs_arrival_capacity = 32 };

typedef struct {
    uint64_t bytes;
    int64_t micros;
} cqs_arrival;

typedef struct {
    int watched;
    int count;
    cqs_arrival entries[cqs_arrival_capacity];
} cqs_arrival_log;

struct cqs_arrival_watch {
    int epoll;
    int wake;
    pthread_t thread;
    pthread_mutex_t lock;
    cqs_arrival_log *logs;
    int log_capacity;
};

static int64_t cqs_arrival_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (int64_t)now.tv_sec * 1000000LL + now.tv_nsec / 1000;
}

// Appends (bytes, now) when bytes grew; a full log keeps its first entries and moves the last one
// forward, which is still a true statement about the stream.
static void cqs_arrival_note(cqs_arrival_log *log, uint64_t bytes, int64_t micros) {
    if (log->count > 0 && log->entries[log->count - 1].bytes >= bytes) return;
    int index = log->count < cqs_arrival_capacity ? log->count++ : cqs_arrival_capacity - 1;
    log->entries[index].bytes = bytes;
    log->entries[index].micros = micros;
}

static void *cqs_arrival_run(void *argument) {
    struct cqs_arrival_watch *watch = argument;
    struct epoll_event events[64];
    for (;;) {
        int count = epoll_wait(watch->epoll, events, 64, -1);
        if (count < 0) continue;
        pthread_mutex_lock(&watch->lock);
        for (int index = 0; index < count; index++) {
            int fd = events[index].data.fd;
            if (fd == watch->wake) {
                pthread_mutex_unlock(&watch->lock);
                return NULL;
            }
            if (fd < 0 || fd >= watch->log_capacity || !watch->logs[fd].watched) continue;
            // The socket cannot be closed meanwhile: the loop forgets it under this lock first.
            struct tcp_info info;
            socklen_t length = sizeof info;
            memset(&info, 0, sizeof info);
            if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0) continue;
            if (length < offsetof(struct tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received) continue;
            // Read after the byte count, so "these bytes had arrived by then" is true.
            cqs_arrival_note(&watch->logs[fd], info.tcpi_bytes_received, cqs_arrival_now());
        }
        pthread_mutex_unlock(&watch->lock);
    }
}

cqs_arrival_watch *cqs_arrival_watch_start(int *realtime) {
    struct cqs_arrival_watch *watch = calloc(1, sizeof *watch);
    if (watch == NULL) return NULL;
    watch->epoll = epoll_create1(EPOLL_CLOEXEC);
    watch->wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    pthread_mutex_init(&watch->lock, NULL);
    struct epoll_event event = {.events = EPOLLIN, .data.fd = watch->wake};
    if (watch->epoll < 0 || watch->wake < 0 || epoll_ctl(watch->epoll, EPOLL_CTL_ADD, watch->wake, &event) != 0 ||
        pthread_create(&watch->thread, NULL, cqs_arrival_run, watch) != 0) {
        if (watch->epoll >= 0) close(watch->epoll);
        if (watch->wake >= 0) close(watch->wake);
        free(watch);
        return NULL;
    }
    // The thread sleeps but for microseconds per arrival, so the lowest real-time priority costs
    // the rest nothing and lets it note a buzz at once even when both cores are busy. Without
    // CAP_SYS_NICE this fails and the thread runs at normal priority.
    struct sched_param priority = {.sched_priority = sched_get_priority_min(SCHED_FIFO)};
    *realtime = pthread_setschedparam(watch->thread, SCHED_FIFO, &priority) == 0;
    return watch;
}

int cqs_arrival_watch_add(cqs_arrival_watch *watch, int fd) {
    pthread_mutex_lock(&watch->lock);
    if (fd >= watch->log_capacity) {
        int capacity = watch->log_capacity == 0 ? 64 : watch->log_capacity;
        while (capacity <= fd) capacity *= 2;
        cqs_arrival_log *logs = realloc(watch->logs, (size_t)capacity * sizeof *logs);
        if (logs == NULL) {
            pthread_mutex_unlock(&watch->lock);
            return -1;
        }
        memset(logs + watch->log_capacity, 0, (size_t)(capacity - watch->log_capacity) * sizeof *logs);
        watch->logs = logs;
        watch->log_capacity = capacity;
    }
    watch->logs[fd].watched = 1;
    watch->logs[fd].count = 0;
    pthread_mutex_unlock(&watch->lock);
    struct epoll_event event = {.events = EPOLLIN | EPOLLET, .data.fd = fd};
    return epoll_ctl(watch->epoll, EPOLL_CTL_ADD, fd, &event);
}

void cqs_arrival_watch_remove(cqs_arrival_watch *watch, int fd) {
    pthread_mutex_lock(&watch->lock);
    if (fd >= 0 && fd < watch->log_capacity && watch->logs[fd].watched) {
        watch->logs[fd].watched = 0;
        watch->logs[fd].count = 0;
        epoll_ctl(watch->epoll, EPOLL_CTL_DEL, fd, NULL);
    }
    pthread_mutex_unlock(&watch->lock);
}

int64_t cqs_arrival_watch_time(cqs_arrival_watch *watch, int fd, uint64_t stream_end) {
    int64_t found = -1;
    pthread_mutex_lock(&watch->lock);
    if (fd >= 0 && fd < watch->log_capacity && watch->logs[fd].watched) {
        cqs_arrival_log *log = &watch->logs[fd];
        int first = 0;
        while (first < log->count && log->entries[first].bytes < stream_end) first++;
        if (first < log->count) found = log->entries[first].micros;
        // Entries up to this message's end can answer no later message: those end further on.
        int drop = first < log->count && log->entries[first].bytes == stream_end ? first + 1 : first;
        memmove(log->entries, log->entries + drop, (size_t)(log->count - drop) * sizeof log->entries[0]);
        log->count -= drop;
    }
    pthread_mutex_unlock(&watch->lock);
    return found;
}

void cqs_arrival_watch_stop(cqs_arrival_watch *watch) {
    uint64_t one = 1;
    if (write(watch->wake, &one, sizeof one) == sizeof one) pthread_join(watch->thread, NULL);
    close(watch->epoll);
    close(watch->wake);
    pthread_mutex_destroy(&watch->lock);
    free(watch->logs);
    free(watch);
}
