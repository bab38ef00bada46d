import Dispatch
import Glibc
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket

/// The SwiftNIO peer of quiz-server's fan-out: the minimal idiomatic WebSocket broadcast server (an
/// HTTP upgrader, a handler per channel, one event loop per core), so `quiz-bench --peers` can say how
/// quiz-server compares with what a SwiftNIO user would write.
///
///     $ swift build -c release --package-path Benchmarks/peers
///     $ Benchmarks/peers/.build/release/nio-broadcast --port 0 --port-file /tmp/nio.port --frame-bytes 2048
///     nio-broadcast listening on 127.0.0.1:41235
func fail(_ message: String) -> Never {
    say("nio-broadcast: \(message)\n", to: STDERR_FILENO)
    exit(2)
}

/// Writes `text` straight to a descriptor: unbuffered, so the bench reading a pipe sees it at once.
func say(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in _ = write(descriptor, bytes.baseAddress, bytes.count) }
}

/// Writes "PORT\n" to `path` through `path.tmp` and a rename, so a reader never sees half a number.
func writePortFile(_ path: String, port: Int) {
    let temporary = path + ".tmp"
    let text = "\(port)\n"
    guard let file = fopen(temporary, "w"), fputs(text, file) >= 0, fclose(file) == 0,
        rename(temporary, path) == 0
    else {
        fail("cannot write the port file \(path): \(String(cString: strerror(errno)))")
    }
}

/// Closes `server` on SIGTERM or SIGINT so the main thread's wait ends and the loops shut down; kept
/// outside top-level code so the handler runs on Dispatch's queue, not on the main actor.
func closeOnSignals(_ server: any Channel) -> [any DispatchSourceSignal] {
    [SIGTERM, SIGINT].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { server.close(promise: nil) }
        source.resume()
        return source
    }
}

let options: Options
do {
    options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(error.description)
}

/// Raises the descriptor limit to the hard limit, as the floor does, so 10,000 screens fit.
func raiseDescriptorLimit() {
    var limit = rlimit()
    if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 {
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}

raiseDescriptorLimit()
let group = MultiThreadedEventLoopGroup(numberOfThreads: options.threads)
let broadcaster = Broadcaster(group: group, frameBytes: options.frameBytes)

let upgrader = NIOWebSocketServerUpgrader(
    maxFrameSize: 1 << 20,
    shouldUpgrade: { channel, _ in channel.eventLoop.makeSucceededFuture(HTTPHeaders()) },
    upgradePipelineHandler: { channel, _ in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(BroadcastHandler(broadcaster: broadcaster))
        }
    }
)

let bootstrap = ServerBootstrap(group: group)
    .serverChannelOption(.backlog, value: 4096)
    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
    .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                withServerUpgrade: (
                    upgraders: [upgrader],
                    completionHandler: { context in
                        context.pipeline.syncOperations.removeHandler(name: RefuseHTTPHandler.name, promise: nil)
                    }
                )
            )
            try channel.pipeline.syncOperations.addHandler(RefuseHTTPHandler(), name: RefuseHTTPHandler.name)
        }
    }

let server: any Channel
do {
    server = try bootstrap.bind(host: "127.0.0.1", port: options.port).wait()
} catch {
    fail("cannot listen on 127.0.0.1:\(options.port): \(error)")
}
let port = server.localAddress?.port ?? options.port
if let portFile = options.portFile {
    writePortFile(portFile, port: port)
}
say("nio-broadcast listening on 127.0.0.1:\(port)\n", to: STDOUT_FILENO)

let stops = closeOnSignals(server)
try? server.closeFuture.wait()
try? group.syncShutdownGracefully()
withExtendedLifetime(stops) {}
