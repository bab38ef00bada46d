import ContestCore

/// Starts the server on the final's or the exam day's hub and runs it until a signal stops it.
///
/// Each entry point names its hub's type, so the machine and the driver are compiled for that type
/// here, in their own module, where the optimiser sees them whole: a `QuizServer` made generically
/// from the executable would run every pass through unspecialised generic code.
public enum ServerLaunch {
    /// The final. `listening` gets the bound port once the server accepts connections.
    public static func run(
        _ hub: ContestHub, journal: JournalFile, journalEntries: Int, site: StaticSite, options: ServerOptions,
        log: ServerLog, listening: (Int) -> Void
    ) throws(ServerError) {
        try serve(
            hub, journal: journal, journalEntries: journalEntries, site: site, options: options, log: log, listening)
    }

    /// The written exam (`--exam`).
    public static func run(
        _ hub: ExamHub, journal: JournalFile, journalEntries: Int, site: StaticSite, options: ServerOptions,
        log: ServerLog, listening: (Int) -> Void
    ) throws(ServerError) {
        try serve(
            hub, journal: journal, journalEntries: journalEntries, site: site, options: options, log: log, listening)
    }

    private static func serve<Hub: ServerHub>(
        _ hub: Hub, journal: JournalFile, journalEntries: Int, site: StaticSite, options: ServerOptions,
        log: ServerLog, _ listening: (Int) -> Void
    ) throws(ServerError) {
        let server = QuizServer(
            options: options, hub: hub, journal: journal, journalEntries: journalEntries, site: site, log: log)
        try server.start()
        listening(server.boundPort)
        server.run()
    }
}
