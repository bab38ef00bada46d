// The few Linux calls Swift cannot reach through Glibc alone: epoll, signalfd and the control
// messages that carry the kernel's receive time (CMSG_* are macros, invisible to Swift).
#ifndef CQUIZSYS_H
#define CQUIZSYS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// Creates an epoll instance (close-on-exec); -1 and errno on failure.
int cqs_epoll_create(void);

/// Adds, modifies or removes `fd` with the given EPOLLIN/EPOLLOUT interest and a 64-bit tag.
int cqs_epoll_add(int epfd, int fd, uint32_t readable, uint32_t writable, uint64_t tag);
int cqs_epoll_modify(int epfd, int fd, uint32_t readable, uint32_t writable, uint64_t tag);
int cqs_epoll_remove(int epfd, int fd);

/// Waits for readiness; fills `tags` and `flags` (bit 0 readable, bit 1 writable, bit 2 hang-up or
/// error). Returns the count, 0 on timeout, -1 and errno on failure (EINTR included).
int cqs_epoll_wait(int epfd, uint64_t *tags, uint32_t *flags, int capacity, int timeout_ms);

/// Blocks SIGINT and SIGTERM for the process and returns a signalfd that reads them; ignores SIGPIPE.
int cqs_signalfd_for_shutdown(void);

/// Reads one pending signal from the signalfd: its number, 0 when none, -1 on error.
int cqs_signalfd_read(int fd);

/// Asks the kernel to stamp every received segment (SO_TIMESTAMPNS); 0 on success.
int cqs_enable_receive_timestamps(int fd);

/// recvmsg() into `buffer`; `stamp_ns` gets the kernel's receive time in nanoseconds since the
/// epoch (CLOCK_REALTIME), or -1 when no stamp came with the data.
ssize_t cqs_receive(int fd, void *buffer, size_t capacity, int64_t *stamp_ns);

/// Sends two buffers as one write (sendmsg with two iovecs, MSG_NOSIGNAL so a vanished peer is an
/// EPIPE error, never a signal), so a connection's own frame header and a broadcast's shared bytes
/// go out in one system call.
ssize_t cqs_send2(int fd, const void *first, size_t first_length, const void *second, size_t second_length);

/// The wall clock in microseconds since the epoch: the clock the kernel's receive stamps use.
int64_t cqs_now_micros(void);

/// Sets O_NONBLOCK; 0 on success.
int cqs_set_nonblocking(int fd);

/// Sets TCP_NODELAY so small frames (a buzz acknowledgement) leave at once; 0 on success.
int cqs_set_nodelay(int fd);

/// Raises the soft limit on open files to the hard limit and returns the new soft limit.
long cqs_raise_open_file_limit(void);

/// Opens a listening TCP socket (IPv4 or IPv6 literal or "localhost"), SO_REUSEADDR, non-blocking,
/// close-on-exec. Returns the fd, or -1 with errno; `bound_port` gets the port actually bound.
int cqs_listen(const char *host, int port, int backlog, int *bound_port);

/// accept4() non-blocking and close-on-exec; the peer's address is written as text into `peer`.
int cqs_accept(int listen_fd, char *peer, size_t peer_capacity);

/// A TCP connection to 127.0.0.1:port with TCP_NODELAY, non-blocking when asked (then the connect
/// may still be in progress); -1 with errno set when it cannot be made.
int cqs_connect_loopback(int port, int nonblocking);

/// A thread that notes when bytes arrive on watched TCP sockets without reading them, so a message
/// can be timed by its own bytes even when the kernel merged it with later ones (ArrivalWatch.c).
typedef struct cqs_arrival_watch cqs_arrival_watch;

/// Starts the watching thread; NULL when a thread or descriptor could not be had. `realtime` is set
/// to 1 when the thread got real-time priority (root or CAP_SYS_NICE), 0 when it runs as others do.
cqs_arrival_watch *cqs_arrival_watch_start(int *realtime);

/// Starts noting arrivals on `fd` (from now on); 0 on success.
int cqs_arrival_watch_add(cqs_arrival_watch *watch, int fd);

/// Stops watching `fd`; call before closing it.
void cqs_arrival_watch_remove(cqs_arrival_watch *watch, int fd);

/// The earliest time (microseconds, CLOCK_REALTIME) by which the first `stream_end` bytes of `fd`
/// had all arrived, or -1 when not known; forgets what no later message can need.
int64_t cqs_arrival_watch_time(cqs_arrival_watch *watch, int fd, uint64_t stream_end);

/// Stops the thread and frees everything.
void cqs_arrival_watch_stop(cqs_arrival_watch *watch);

/// Pins every thread of process `pid` (0: this process) to CPU `cpu`; threads it starts later inherit
/// the pin from the one that starts them. Returns how many threads were pinned, -1 and errno when none.
int cqs_pin_process(int pid, int cpu);

/// Pins the calling thread alone to CPU `cpu`; 0 on success.
int cqs_pin_this_thread(int cpu);

#endif
