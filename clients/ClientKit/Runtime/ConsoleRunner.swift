import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The imperative shell of every console: terminal, socket and clock around a pure `Console`.
///
/// One thread, one `poll` over the keyboard and the server socket with a 100 ms timeout, so the
/// countdown redraws ten times a second; a frame is written only when it differs from the last.
public enum ConsoleRunner {
    /// Runs `console` against the server until the user quits; returns the process exit code.
    public static func run(_ console: some Console, address: ServerAddress) -> Int32 {
        guard let terminal = Terminal(), Terminal.isInteractive else {
            FileHandle.standardError.write(Data("需要在终端中运行 (this console needs a terminal)\n".utf8))
            return 2
        }
        var console = console
        let palette = Palette.detect(environment: ProcessInfo.processInfo.environment, isTerminal: true)
        terminal.enterRawMode()
        terminal.enterAlternateScreen()
        defer { terminal.restore() }
        let link = ServerLink(address: address, hello: console.hello)
        var decoder = KeyDecoder()
        var lastFrame = ""
        var lastStatus = link.status
        var escapePendingSince: Int64?

        func perform(_ effects: [ConsoleEffect], now: Int64) -> Bool {
            for effect in effects {
                switch effect {
                case .send(let action): if !link.send(action) { console.sendFailed(action, now: now) }
                case .bell: terminal.bell()
                case .quit: return false
                }
            }
            return true
        }

        while true {
            var now = MonotonicClock.now()
            link.tick(now: now)
            if link.status != lastStatus {
                lastStatus = link.status
                console.linkChanged(link.status, now: now)
            }
            let size = terminal.size()
            let frame = Screen(
                lines: console.render(width: size.width, height: size.height, now: now), width: size.width,
                height: size.height
            )
            .render(palette: palette)
            if frame != lastFrame {
                terminal.write(frame)
                lastFrame = frame
            }

            var descriptors = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            if link.descriptor >= 0 {
                descriptors.append(
                    pollfd(
                        fd: link.descriptor, events: Int16(POLLIN) | (link.wantsWrite ? Int16(POLLOUT) : 0), revents: 0)
                )
            }
            _ = poll(&descriptors, nfds_t(descriptors.count), 100)
            now = MonotonicClock.now()

            if descriptors[0].revents != 0 {
                let bytes = terminal.readAvailable()
                if bytes.isEmpty && descriptors[0].revents & Int16(POLLHUP | POLLERR) != 0 { return 0 }
                for key in decoder.feed(bytes) where !perform(console.press(key, now: now), now: now) { return 0 }
                escapePendingSince = decoder.hasPendingBytes ? (escapePendingSince ?? now) : nil
            } else if let since = escapePendingSince, now - since > 50_000 {
                escapePendingSince = nil
                for key in decoder.flush() where !perform(console.press(key, now: now), now: now) { return 0 }
            }
            if descriptors.count > 1 {
                let events = descriptors[1].revents
                if events & Int16(POLLOUT) != 0 { link.writable(now: now) }
                if events & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                    for message in link.readable(now: now)
                    where !perform(console.receive(message, now: now), now: now) {
                        return 0
                    }
                }
            }
        }
    }
}
