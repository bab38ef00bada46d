import ContestCore
import ContestProtocol
import ExamCore

extension ExamHub {
    /// Handles one decoded message from a connection.
    mutating func receive(_ message: ExamClientMessage, session: inout HubSession, at now: Micros) -> HubOutcome {
        switch message {
        case .hello(let hello):
            return greet(hello, session: &session, at: now)
        case .ping(let id):
            return Self.replying(EncodedServerMessage(.pong(id: id)))
        case .request(let request, let id):
            guard let identity = session.identity else {
                return Self.replying(Self.error(.helloRequired, session.language))
            }
            return answer(request, id: id, from: identity, language: session.language, at: now)
        }
    }

    static func replying(_ message: EncodedServerMessage) -> HubOutcome {
        var outcome = HubOutcome()
        outcome.replies = [message]
        return outcome
    }

    static func error(_ code: ProtocolErrorCode, _ language: Language, detail: String = "") -> EncodedServerMessage {
        EncodedServerMessage(.error(code, message: code.message(language, detail: detail)))
    }

    static func rejected(id: String?, code: String, message: String) -> EncodedServerMessage {
        EncodedServerMessage(.rejected(id: id, code: code, message: message))
    }

    /// A hello: the token (and for a candidate the admission number beside it) names the identity.
    /// A candidate's hello is also their entry into the exam, refused after the late-entry limit.
    private mutating func greet(_ hello: ExamClientMessage.Hello, session: inout HubSession, at now: Micros)
        -> HubOutcome
    {
        guard session.identity == nil else { return Self.replying(Self.error(.alreadyIdentified, session.language)) }
        let language = hello.language
        let identity: Identity
        switch hello.role {
        case .candidate:
            guard let candidate = candidatesByToken[hello.token],
                hello.candidate.map({ $0.trimmingCharacters(in: .whitespaces) == candidate }) ?? true
            else { return refusal(hello) }
            identity = .candidate(candidate)
        case .proctor:
            guard let number = proctorsByToken[hello.token] else { return refusal(hello) }
            identity = .proctor(number)
        case .marker:
            guard let number = markersByToken[hello.token] else { return refusal(hello) }
            identity = .marker(number)
        case .judge:
            guard let number = judgesByToken[hello.token] else { return refusal(hello) }
            identity = .practicalJudge(number)
        }
        var outcome = HubOutcome()
        if case .candidate(let candidate) = identity {
            let command = ExamDayCommand.written(.enter(candidate: candidate))
            if let rejection = handle(command, by: .candidate(candidate), request: "hello", at: now, into: &outcome) {
                outcome.replies = [Self.rejected(id: nil, code: rejection.code, message: rejection.message(language))]
                outcome.log = "refused \(identity.logName): \(rejection.code)"
                return outcome
            }
        }
        guard let view = view(for: identity, at: now) else { return refusal(hello) }
        session = HubSession(identity: identity, language: language)
        let welcome = ExamWelcome(role: hello.role, lang: language, serverTime: now, view: view)
        outcome.replies = [EncodedServerMessage(enveloped: ExamServerMessage.welcome(welcome))]
        outcome.log = "\(identity.logName) joined"
        return outcome
    }

    private func refusal(_ hello: ExamClientMessage.Hello) -> HubOutcome {
        var outcome = Self.replying(Self.error(.badToken, hello.language))
        outcome.close = true
        outcome.log = "refused a \(hello.role.rawValue) hello with a wrong token"
        return outcome
    }

    /// What the identity's page shows at login; nil for the final's roles, which never log in here.
    func view(for identity: Identity, at now: Micros) -> ExamWelcome.View? {
        switch identity {
        case .candidate(let candidate): .exam(CandidateExamView(day: day, candidate: candidate, at: now))
        case .proctor(let number): .proctor(ProctorView(proctor: number, day: day, rows: rows))
        case .marker(let number): .marking(MarkerView(marker: number, book: day.marking, questions: questions))
        case .practicalJudge(let number): .practical(JudgeView(judge: number, book: day.practical))
        case .host, .judge, .team, .screen: nil
        }
    }

    /// One request from an identified page, checked against its role and decided by the day.
    private mutating func answer(
        _ request: ExamClientMessage.Request, id: String?, from identity: Identity, language: Language, at now: Micros
    ) -> HubOutcome {
        guard let (command, actor) = Self.command(request, from: identity) else {
            if case .openScript(let script) = request, case .marker(let marker) = identity {
                return openScript(script, id: id, marker: marker, language: language)
            }
            let rejection = Rejection(.notAllowed)
            return Self.replying(
                Self.rejected(id: id, code: rejection.code.rawValue, message: rejection.message(language)))
        }
        var outcome = HubOutcome()
        if let rejection = handle(command, by: actor, request: request.type, at: now, into: &outcome) {
            outcome.replies = [Self.rejected(id: id, code: rejection.code, message: rejection.message(language))]
            return outcome
        }
        outcome.replies = [EncodedServerMessage(enveloped: ExamServerMessage.ack(id: id, at: now))]
        if case .marker(let marker) = identity {
            changedMarkers.remove(marker)
            outcome.notices.append(HubNotice(to: identity, message: markingMessage(for: marker)))
        }
        return outcome
    }

    private func openScript(_ script: Int, id: String?, marker: Int, language: Language) -> HubOutcome {
        switch day.marking.view(marker: marker, script: script, questions: questions) {
        case .success(let view):
            return Self.replying(EncodedServerMessage(enveloped: ExamServerMessage.script(id: id, view)))
        case .failure(let rejection):
            return Self.replying(
                Self.rejected(id: id, code: rejection.code.rawValue, message: rejection.message(language)))
        }
    }

    /// The day's command for a request and who it is from; nil when the identity's role may not send it.
    static func command(_ request: ExamClientMessage.Request, from identity: Identity) -> (ExamDayCommand, ExamActor)? {
        switch (request, identity) {
        case (.saveAnswer(let question, let answer), .candidate(let candidate)):
            (.written(.saveAnswer(candidate: candidate, question: question, answer: answer)), .candidate(candidate))
        case (.submitPaper, .candidate(let candidate)):
            (.written(.submit(candidate: candidate)), .candidate(candidate))
        case (.leftPage, .candidate(let candidate)):
            (.written(.leftPage(candidate: candidate)), .candidate(candidate))
        case (.extendTime(let candidate, let minutes, let reason), .proctor(let number)):
            (.written(.extend(candidate: candidate, minutes: minutes, reason: reason, by: number)), .proctor(number))
        case (.reopenPaper(let candidate, let minutes, let reason), .proctor(let number)):
            (.written(.reopen(candidate: candidate, minutes: minutes, reason: reason, by: number)), .proctor(number))
        case (.admitLate(let candidate, let reason), .proctor(let number)):
            (.written(.admitLate(candidate: candidate, reason: reason, by: number)), .proctor(number))
        case (.markScript(let script, let points, let note), .marker(let number)):
            (.marking(.mark(marker: number, script: script, points: points, note: note)), .marker(number))
        case (.scoreItem(let contestant, let item, let points), .practicalJudge(let number)):
            (.practical(.score(judge: number, contestant: contestant, item: item, points: points)), .judge(number))
        case (.signSheet(let contestant), .practicalJudge(let number)):
            (.practical(.sign(judge: number, contestant: contestant)), .judge(number))
        case (.reopenSheet(let judge, let contestant, let reason), .practicalJudge(let number)):
            (.practical(.reopen(chief: number, judge: judge, contestant: contestant, reason: reason)), .judge(number))
        default:
            nil
        }
    }
}
