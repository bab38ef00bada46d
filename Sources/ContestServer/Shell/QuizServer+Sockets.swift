import CQuizSys
import ContestCore
import Foundation
import Glibc

extension QuizServer {
    func acceptAll() {
        var peer = [CChar](repeating: 0, count: 64)
        while true {
            let descriptor = cqs_accept(listener, &peer, peer.count)
            if descriptor < 0 {
                if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                    log("accept failed: \(Self.errnoText())")
                }
                return
            }
            let tag = nextTag
            nextTag += 1
            let address = String(decoding: peer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard cqs_epoll_add(epoll, descriptor, 1, 0, tag) == 0 else {
                log("epoll_ctl failed for \(address): \(Self.errnoText())")
                Glibc.close(descriptor)
                continue
            }
            sockets[tag] = Socket(descriptor: descriptor)
            machine.accepted(tag, peer: address, now: cqs_now_micros())
        }
    }

    func service(tag: UInt64, flags: UInt32) {
        guard sockets[tag] != nil else { return }
        if flags & 1 != 0 { read(tag) }
        guard sockets[tag] != nil else { return }
        if flags & 2 != 0 { machine.writable(tag) }
        if flags & 4 != 0 && flags & 1 == 0 { machine.hungUp(tag, reason: nil) }
    }

    /// Reads what the socket holds (a few reads at most, so one client cannot hog a pass), each read
    /// ending where a message ends: the bytes are peeked first, so every message gets the kernel's
    /// receive stamp of its own last byte, not that of whatever the client sent after it.
    func read(_ tag: UInt64) {
        guard let descriptor = sockets[tag]?.descriptor else { return }
        for _ in 0..<4 {
            let waiting = readBuffer.withUnsafeMutableBytes {
                recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_PEEK | MSG_DONTWAIT))
            }
            let limit =
                waiting > 0
                ? readBuffer.withUnsafeBytes {
                    machine.readLength(tag, upcoming: UnsafeRawBufferPointer(rebasing: $0[0..<waiting]))
                } ?? waiting : readBuffer.count
            var stamp: Int64 = -1
            let count = readBuffer.withUnsafeMutableBytes { cqs_receive(descriptor, $0.baseAddress, limit, &stamp) }
            let now = cqs_now_micros()
            if count == 0 {
                machine.peerFinished(tag, now: now)
                return
            }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
                machine.hungUp(tag, reason: errno == ECONNRESET ? nil : "read failed: \(Self.errnoText())")
                return
            }
            if stamp < 0 && !warnedAboutMissingStamps {
                warnedAboutMissingStamps = true
                log("the kernel gave no receive timestamp (SO_TIMESTAMPNS); buzzes are ordered by read time instead")
            }
            sockets[tag]!.bytesRead += UInt64(count)
            let received = receiveTime(of: sockets[tag]!, kernelStamp: stamp, now: now)
            readBuffer.withUnsafeBytes {
                machine.received(tag, bytes: UnsafeRawBufferPointer(rebasing: $0[0..<count]), stamp: received, now: now)
            }
            if count == waiting && waiting < readBuffer.count { return }
        }
    }

    /// When the bytes just read had all arrived: the kernel's stamp of the read, or the arrival
    /// watch's note when that is earlier (the kernel merged this message with later bytes while the
    /// loop was busy, and stamped the whole with the later time).
    func receiveTime(of socket: Socket, kernelStamp: Int64, now: Micros) -> Micros {
        let stamp = kernelStamp >= 0 ? kernelStamp / 1000 : now
        guard socket.arrivalsWatched, let arrivalWatch else { return stamp }
        let noted = cqs_arrival_watch_time(arrivalWatch, socket.descriptor, socket.bytesRead)
        return noted >= 0 ? min(stamp, noted) : stamp
    }

    /// Carries out the machine's effects in order, and those they lead to (a write that finds the
    /// peer gone closes the socket). When `yieldingToOfficials`, every `writesPerSlice` writes it
    /// looks whether an official or team has sent something, and serves them first.
    func performEffects(yieldingToOfficials: Bool = false) {
        var queue = machine.takeEffects()
        var index = 0
        var writes = 0
        while index < queue.count {
            let effect = queue[index]
            index += 1
            perform(effect)
            queue += machine.takeEffects()
            guard yieldingToOfficials, case .write = effect else { continue }
            writes += 1
            if writes % Self.writesPerSlice == 0 && serveWaitingOfficials() { queue += machine.takeEffects() }
        }
    }

    /// Reads whatever the officials and teams have sent and runs a pass for it (its screens'
    /// writes join the fan-out under way); false when nobody was waiting.
    func serveWaitingOfficials() -> Bool {
        var tags = [UInt64](repeating: 0, count: 64)
        var flags = [UInt32](repeating: 0, count: 64)
        let count = cqs_epoll_wait(officials, &tags, &flags, 64, 0)
        guard count > 0 else { return false }
        for index in 0..<Int(count) {
            service(tag: tags[index], flags: flags[index])
            performEffects()
        }
        runStepsBeforeScreens()
        machine.fanOutToScreens()
        return true
    }

    func perform(_ effect: ServerEffect) {
        switch effect {
        case .journal(let record):
            journal.append(record)
        case .sync:
            do {
                try journal.sync()
            } catch {
                log(
                    "FATAL: \(error.message()) — \(error.message(.english)); stopping without answering (nothing acknowledged is lost)"
                )
                exit(1)
            }
        case .write(let tag):
            guard let descriptor = sockets[tag]?.descriptor else { return }
            machine.drain(tag, now: cqs_now_micros()) { first, second in
                let count = cqs_send2(descriptor, first.baseAddress, first.count, second.baseAddress, second.count)
                if count < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1 }
                return count
            }
        case .interest(let tag, let readable, let writable):
            guard let descriptor = sockets[tag]?.descriptor else { return }
            _ = cqs_epoll_modify(epoll, descriptor, readable ? 1 : 0, writable ? 1 : 0, tag)
        case .shutdownWrite(let tag):
            guard let descriptor = sockets[tag]?.descriptor else { return }
            shutdown(descriptor, Int32(SHUT_WR))
        case .close(let tag):
            guard let socket = sockets.removeValue(forKey: tag) else { return }
            _ = cqs_epoll_remove(epoll, socket.descriptor)
            _ = cqs_epoll_remove(officials, socket.descriptor)
            if socket.arrivalsWatched, let arrivalWatch { cqs_arrival_watch_remove(arrivalWatch, socket.descriptor) }
            Glibc.close(socket.descriptor)
        case .watchArrivals(let tag):
            guard let socket = sockets[tag], !socket.arrivalsWatched else { return }
            _ = cqs_epoll_add(officials, socket.descriptor, 1, 0, tag)
            guard let arrivalWatch else { return }
            sockets[tag]!.arrivalsWatched = cqs_arrival_watch_add(arrivalWatch, socket.descriptor) == 0
        case .log(let line):
            log(line)
        }
    }
}
