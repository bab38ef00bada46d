import QuestionBank

/// Which part of the program a command line asks for: the bank tools now, the live server later.
///
/// Kept as a small type so the server's own options can be added beside `bank` without touching
/// the bank tools.
///
///     $ quiz-server bank check question-banks/*
///     $ quiz-server                     # the live server (placeholder for now)
enum CommandLineRoute {
    case bank([String])
    case server([String])

    init(_ arguments: [String]) {
        if arguments.first == "bank" {
            self = .bank(Array(arguments.dropFirst()))
        } else {
            self = .server(arguments)
        }
    }
}
