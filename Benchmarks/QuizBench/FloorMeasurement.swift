import CQuizSys
import Foundation
import Glibc

/// The least any server could take to answer a durable command on this machine: a TCP loopback
/// round trip (to an echo thread on the server's core) plus one 100-byte append and `fdatasync` in
/// the run's own folder. Each floor sample is one round trip plus one sync.
struct FloorMeasurement {
    var roundTrip = LatencySamples()
    var sync = LatencySamples()
    var floor = LatencySamples()

    init(context: BenchContext, samples: Int) throws {
        roundTrip = try Self.roundTrips(samples, core: context.options.serverCore)
        sync = try Self.syncs(samples, in: context.folder)
        for (trip, sync) in zip(roundTrip.values, sync.values) { floor.add(trip + sync) }
    }

    private static func roundTrips(_ samples: Int, core: Int?) throws -> LatencySamples {
        var port: Int32 = 0
        let listener = cqs_listen("127.0.0.1", 0, 4, &port)
        guard listener >= 0 else { throw BenchFailure("floor: cannot listen on loopback") }
        defer { close(listener) }
        let echo = Thread {
            if let core { _ = cqs_pin_this_thread(Int32(core)) }
            var pollDescriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            _ = poll(&pollDescriptor, 1, 10_000)
            var peer = [CChar](repeating: 0, count: 64)
            let connection = cqs_accept(listener, &peer, peer.count)
            guard connection >= 0 else { return }
            var flags = fcntl(connection, F_GETFL)
            flags &= ~O_NONBLOCK
            _ = fcntl(connection, F_SETFL, flags)
            _ = cqs_set_nodelay(connection)
            var buffer = [UInt8](repeating: 0, count: 256)
            while true {
                let count = recv(connection, &buffer, buffer.count, 0)
                if count <= 0 { break }
                _ = send(connection, buffer, count, Int32(MSG_NOSIGNAL))
            }
            close(connection)
        }
        echo.start()
        let client = cqs_connect_loopback(Int32(port), 0)
        guard client >= 0 else { throw BenchFailure("floor: cannot connect to the echo thread") }
        defer { close(client) }
        let message = [UInt8](repeating: 0x41, count: 64)
        var reply = [UInt8](repeating: 0, count: 64)
        var samplesTaken = LatencySamples()
        for index in 0..<(samples + 50) {
            let start = Monotonic.now()
            _ = send(client, message, message.count, Int32(MSG_NOSIGNAL))
            var got = 0
            while got < message.count {
                let count = reply.withUnsafeMutableBytes { recv(client, $0.baseAddress! + got, message.count - got, 0) }
                guard count > 0 else { throw BenchFailure("floor: the echo thread stopped") }
                got += count
            }
            if index >= 50 { samplesTaken.add(Monotonic.micros(from: start, to: Monotonic.now())) }
        }
        return samplesTaken
    }

    private static func syncs(_ samples: Int, in folder: String) throws -> LatencySamples {
        let path = folder + "/floor-sync"
        let file = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw BenchFailure("floor: cannot create \(path)") }
        defer {
            close(file)
            unlink(path)
        }
        let record = [UInt8](repeating: 0x7B, count: 100)
        var taken = LatencySamples()
        for _ in 0..<samples {
            let start = Monotonic.now()
            guard write(file, record, record.count) == record.count, fdatasync(file) == 0 else {
                throw BenchFailure("floor: cannot write and sync \(path)")
            }
            taken.add(Monotonic.micros(from: start, to: Monotonic.now()))
        }
        return taken
    }
}
