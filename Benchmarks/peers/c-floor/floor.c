/* The floor of the fan-out benchmark: a bare single-threaded epoll WebSocket server that answers the
 * upgrade, and on each text frame pre-encodes ONE frame and send()s it to every connection, keeping
 * partial writes per connection and finishing them on EPOLLOUT. Nothing a real server could skip, and
 * nothing more, so quiz-server's fan-out is measured against what the kernel itself costs.
 *
 *   cc -O2 -Wall -Wextra -o Benchmarks/peers/c-floor/floor Benchmarks/peers/c-floor/floor.c
 *   Benchmarks/peers/c-floor/floor --port 0 --port-file /tmp/floor.port --frame-bytes 2048
 *   floor listening on 127.0.0.1:40123
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

enum { MAX_HEADER = 8192, MAX_FRAME = 1 << 20, MAX_PENDING = 4 << 20, SCRATCH = 1 << 16 };

/* One accepted socket: bytes read but not yet parsed, bytes queued but not yet sent. */
typedef struct {
    int fd, upgraded, dead, closing;
    size_t slot; /* index in the open-WebSocket list, when upgraded */
    unsigned char *in;
    size_t in_len;
    unsigned char *out;
    size_t out_off, out_len, out_cap;
} Conn;

static Conn **conns;     /* by descriptor */
static int *sockets;     /* upgraded descriptors, the broadcast's targets */
static size_t socket_count;
static int *dead_list;   /* closed at the end of each epoll batch, so no event sees a freed Conn */
static size_t dead_count;
static unsigned char *frame;
static size_t frame_cap, frame_bytes;

static void die(const char *what) { perror(what); exit(2); }

/* --- SHA-1 and base64, just enough for Sec-WebSocket-Accept --- */
#define ROL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
static void sha1(const unsigned char *msg, size_t len, unsigned char digest[20]) {
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    size_t total = ((len + 8) / 64 + 1) * 64;
    unsigned char *m = calloc(total, 1);
    if (!m) die("calloc");
    memcpy(m, msg, len);
    m[len] = 0x80;
    for (int i = 0; i < 8; i++) m[total - 1 - i] = (unsigned char)((uint64_t)len * 8 >> (8 * i));
    for (size_t block = 0; block < total; block += 64) {
        uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 16; i++)
            w[i] = (uint32_t)m[block + 4 * i] << 24 | (uint32_t)m[block + 4 * i + 1] << 16 |
                   (uint32_t)m[block + 4 * i + 2] << 8 | m[block + 4 * i + 3];
        for (int i = 16; i < 80; i++) w[i] = ROL(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        for (int i = 0; i < 80; i++) {
            uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else f = b ^ c ^ d, k = 0xCA62C1D6;
            uint32_t t = ROL(a, 5) + f + e + k + w[i];
            e = d, d = c, c = ROL(b, 30), b = a, a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    free(m);
    for (int i = 0; i < 20; i++) digest[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

static void base64(const unsigned char *in, size_t len, char *out) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t o = 0;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < len ? in[i + 1] << 8 : 0) | (i + 2 < len ? in[i + 2] : 0);
        out[o++] = alphabet[v >> 18 & 63];
        out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < len ? alphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < len ? alphabet[v & 63] : '=';
    }
    out[o] = 0;
}

/* --- connections --- */
static void close_later(Conn *c) {
    if (c->dead) return;
    c->dead = 1;
    dead_list[dead_count++] = c->fd;
}

static void close_now(Conn *c) {
    if (c->upgraded) { /* swap-remove from the broadcast list */
        int last = sockets[--socket_count];
        sockets[c->slot] = last;
        conns[last]->slot = c->slot;
    }
    close(c->fd);
    conns[c->fd] = NULL;
    free(c->in);
    free(c->out);
    free(c);
}

/* Sends what is already queued; 1 when nothing is left. */
static int flush_out(Conn *c) {
    while (c->out_off < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) return 0;
            close_later(c);
            return 0;
        }
        c->out_off += (size_t)n;
    }
    free(c->out);
    c->out = NULL, c->out_off = c->out_len = c->out_cap = 0;
    if (c->closing) close_later(c);
    return 1;
}

/* Sends bytes at once when nothing is queued, and queues the rest for EPOLLOUT. */
static void send_bytes(Conn *c, const unsigned char *data, size_t len) {
    if (c->dead) return;
    size_t sent = 0;
    if (c->out_len == 0) {
        ssize_t n = send(c->fd, data, len, MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR) { close_later(c); return; }
        sent = n > 0 ? (size_t)n : 0;
        if (sent == len) return;
    }
    size_t rest = len - sent;
    if (c->out_len - c->out_off + rest > MAX_PENDING) { close_later(c); return; } /* the slow-reader cut */
    if (c->out_len + rest > c->out_cap) {
        memmove(c->out, c->out + c->out_off, c->out_len - c->out_off);
        c->out_len -= c->out_off, c->out_off = 0;
        size_t cap = c->out_len + rest > 2 * c->out_cap ? c->out_len + rest : 2 * c->out_cap;
        if (!(c->out = realloc(c->out, cap))) die("realloc");
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, data + sent, rest);
    c->out_len += rest;
}

/* Writes a server frame header (never masked) to dst; returns its length. */
static size_t frame_header(unsigned char *dst, int opcode, size_t len) {
    dst[0] = (unsigned char)(0x80 | opcode);
    if (len < 126) { dst[1] = (unsigned char)len; return 2; }
    if (len < 65536) { dst[1] = 126, dst[2] = (unsigned char)(len >> 8), dst[3] = (unsigned char)len; return 4; }
    dst[1] = 127;
    for (int i = 0; i < 8; i++) dst[2 + i] = (unsigned char)((uint64_t)len >> (56 - 8 * i));
    return 10;
}

static void send_control(Conn *c, int opcode, const unsigned char *payload, size_t len) {
    unsigned char buf[2 + 125];
    size_t h = frame_header(buf, opcode, len);
    memcpy(buf + h, payload, len);
    send_bytes(c, buf, h + len);
}

/* Encodes ONE frame (payload padded with spaces to frame_bytes) and sends it to every WebSocket. */
static void broadcast(const unsigned char *payload, size_t len) {
    size_t body = len < frame_bytes ? frame_bytes : len;
    if (body + 10 > frame_cap) {
        frame_cap = body + 10;
        if (!(frame = realloc(frame, frame_cap))) die("realloc");
    }
    size_t h = frame_header(frame, 1, body);
    memcpy(frame + h, payload, len);
    memset(frame + h + len, ' ', body - len);
    for (size_t i = 0; i < socket_count; i++) {
        Conn *c = conns[sockets[i]];
        if (!c->closing) send_bytes(c, frame, h + body);
    }
}

/* Answers the upgrade once the header is complete; returns the bytes consumed, 0 to wait for more. */
static size_t handshake(Conn *c, unsigned char *data, size_t len) {
    unsigned char *end = memmem(data, len, "\r\n\r\n", 4);
    if (!end) {
        if (len > MAX_HEADER) close_later(c);
        return 0;
    }
    *end = 0;
    char *key = NULL;
    for (char *line = strstr((char *)data, "\r\n"); line && !key; line = strstr(line + 2, "\r\n"))
        if (strncasecmp(line + 2, "sec-websocket-key:", 18) == 0) key = line + 20;
    if (!key) {
        static const char bad[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        send_bytes(c, (const unsigned char *)bad, sizeof bad - 1);
        c->closing = 1;
        if (c->out_len == 0) close_later(c);
        return len;
    }
    while (*key == ' ' || *key == '\t') key++;
    size_t key_len = strcspn(key, " \t\r");
    char joined[256], accept[32], reply[160];
    unsigned char digest[20];
    if (key_len > 128) { close_later(c); return len; }
    int joined_len = snprintf(joined, sizeof joined, "%.*s258EAFA5-E914-47DA-95CA-C5AB0DC85B11", (int)key_len, key);
    sha1((unsigned char *)joined, (size_t)joined_len, digest);
    base64(digest, 20, accept);
    int n = snprintf(reply, sizeof reply, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                          "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", accept);
    send_bytes(c, (unsigned char *)reply, (size_t)n);
    c->upgraded = 1;
    c->slot = socket_count;
    sockets[socket_count++] = c->fd;
    return (size_t)(end + 4 - data);
}

/* Handles one complete client frame if there is one; returns the bytes consumed, 0 to wait for more. */
static size_t client_frame(Conn *c, unsigned char *data, size_t len) {
    if (len < 2) return 0;
    int opcode = data[0] & 15, masked = data[1] >> 7;
    uint64_t body = data[1] & 127;
    size_t h = 2;
    if (body == 126) {
        if (len < 4) return 0;
        body = (uint64_t)data[2] << 8 | data[3], h = 4;
    } else if (body == 127) {
        if (len < 10) return 0;
        body = 0;
        for (int i = 0; i < 8; i++) body = body << 8 | data[2 + i];
        h = 10;
    }
    if (!masked || body > MAX_FRAME) { close_later(c); return len; }
    if (len < h + 4 + body) return 0;
    unsigned char *mask = data + h, *payload = data + h + 4;
    for (size_t i = 0; i < body; i++) payload[i] ^= mask[i & 3];
    if (opcode == 1) broadcast(payload, (size_t)body);
    else if (opcode == 9) send_control(c, 10, payload, body > 125 ? 125 : (size_t)body);
    else if (opcode == 8) {
        send_control(c, 8, payload, body >= 2 ? 2 : 0);
        c->closing = 1;
        if (c->out_len == 0) close_later(c);
    }
    return h + 4 + (size_t)body;
}

/* Parses everything complete in data; keeps the unparsed tail in the connection. */
static void consume(Conn *c, unsigned char *data, size_t len) {
    size_t used = 0, step;
    while (!c->dead && !c->closing && used < len &&
           (step = c->upgraded ? client_frame(c, data + used, len - used) : handshake(c, data + used, len - used)))
        used += step;
    size_t rest = c->dead || c->closing ? 0 : len - used;
    if (data != c->in) {
        if (rest && !(c->in = malloc(rest))) die("malloc");
        if (rest) memcpy(c->in, data + used, rest);
    } else {
        memmove(c->in, c->in + used, rest);
        if (!rest) free(c->in), c->in = NULL;
    }
    c->in_len = rest;
}

static void readable(Conn *c) {
    static unsigned char scratch[SCRATCH];
    for (;;) {
        ssize_t n = recv(c->fd, scratch, sizeof scratch, 0);
        if (n == 0) { close_later(c); return; }
        if (n < 0) {
            if (errno != EAGAIN && errno != EINTR) close_later(c);
            return;
        }
        if (c->in_len == 0) {
            consume(c, scratch, (size_t)n);
        } else {
            if (!(c->in = realloc(c->in, c->in_len + (size_t)n))) die("realloc");
            memcpy(c->in + c->in_len, scratch, (size_t)n);
            consume(c, c->in, c->in_len + (size_t)n);
        }
        if (c->dead) return;
    }
}

static void accept_all(int listener, int ep) {
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EAGAIN || errno == EINTR || errno == ECONNABORTED) return;
            if (errno == EMFILE || errno == ENFILE) { /* level-triggered: retried on the next wakeup */
                static int told;
                if (!told++) perror("accept4");
                return;
            }
            die("accept4");
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Conn *c = calloc(1, sizeof *c);
        if (!c) die("calloc");
        c->fd = fd;
        conns[fd] = c;
        struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.fd = fd};
        if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) die("epoll_ctl");
    }
}

static long number(const char *flag, const char *text, long max) {
    char *end;
    long v = strtol(text, &end, 10);
    if (!*text || *end || v < 0 || v > max) {
        fprintf(stderr, "floor: %s takes a whole number from 0 to %ld, not %s\n", flag, max, text);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv) {
    long port = 0;
    const char *port_file = NULL;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc) { fprintf(stderr, "floor: %s needs a value\n", argv[i]); return 2; }
        if (!strcmp(argv[i], "--port")) port = number(argv[i], argv[i + 1], 65535);
        else if (!strcmp(argv[i], "--port-file")) port_file = argv[i + 1];
        else if (!strcmp(argv[i], "--frame-bytes")) frame_bytes = (size_t)number(argv[i], argv[i + 1], 1 << 24);
        else { fprintf(stderr, "floor: unknown option %s (use --port, --port-file, --frame-bytes)\n", argv[i]); return 2; }
    }
    struct rlimit lim;
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0) { lim.rlim_cur = lim.rlim_max; setrlimit(RLIMIT_NOFILE, &lim); }
    getrlimit(RLIMIT_NOFILE, &lim);
    size_t max_fd = lim.rlim_cur;
    if (!(conns = calloc(max_fd, sizeof *conns)) || !(sockets = calloc(max_fd, sizeof *sockets)) ||
        !(dead_list = calloc(max_fd, sizeof *dead_list)))
        die("calloc");

    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0), one = 1;
    if (listener < 0) die("socket");
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addr_len = sizeof addr;
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0) die("bind");
    if (listen(listener, 4096) < 0) die("listen");
    if (getsockname(listener, (struct sockaddr *)&addr, &addr_len) < 0) die("getsockname");
    port = ntohs(addr.sin_port);

    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    sigprocmask(SIG_BLOCK, &stop, NULL);
    int signals = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (signals < 0 || ep < 0) die("signalfd/epoll_create1");
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = listener};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev) < 0) die("epoll_ctl");
    ev.data.fd = signals;
    if (epoll_ctl(ep, EPOLL_CTL_ADD, signals, &ev) < 0) die("epoll_ctl");

    if (port_file) { /* write FILE.tmp, then rename: a reader never sees half a number */
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s.tmp", port_file);
        FILE *f = fopen(tmp, "w");
        if (!f || fprintf(f, "%ld\n", port) < 0 || fclose(f) != 0 || rename(tmp, port_file) != 0) die(port_file);
    }
    printf("floor listening on 127.0.0.1:%ld\n", port);
    fflush(stdout);

    static struct epoll_event events[1024];
    for (;;) {
        int n = epoll_wait(ep, events, 1024, -1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) die("epoll_wait");
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (fd == signals) return 0;
            if (fd == listener) { accept_all(listener, ep); continue; }
            Conn *c = conns[fd];
            if (!c || c->dead) continue;
            if (events[i].events & EPOLLOUT && c->out_len) flush_out(c);
            if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) readable(c);
        }
        while (dead_count) close_now(conns[dead_list[--dead_count]]);
    }
}
