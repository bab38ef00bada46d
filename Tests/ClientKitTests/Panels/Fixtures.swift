import ClientKit
import ContestCore

/// The contest the panel and console tests draw: Chinese, mixed and long team names.
enum Fixtures {
    static let title = "政务服务综合窗口办事员技能竞赛 · 团体决赛"

    static let standings: [Standing] = [
        .init(team: 3, name: "南湖队", unit: "示例县南湖镇便民服务中心", total: 120, rank: 1),
        .init(team: 6, name: "A队 Team 3", unit: "城西 Service Center", total: Points(hundredths: 11_750), rank: 2),
        .init(team: 1, name: "城东队", unit: "示例县城东镇便民服务中心", total: 95, rank: 3, tied: true),
        .init(team: 8, name: "白沙 Baisha 队", total: 95, rank: 3, tied: true),
        .init(team: 2, name: "示例县行政审批服务局第一代表队", unit: "行政审批服务局", total: Points(hundredths: -250), rank: 5),
    ]

    /// The demo bank's multiple-choice question, as the server sends it.
    static let multiple = QuestionCard(
        id: "P1-010", type: .multiple, stem: "实现“一网通办”通常需要下列哪些基础支撑？",
        options: ["政务数据共享", "电子证照", "要求群众提供更多纸质证明", "统一身份认证", "电子印章"])

    /// A long stem mixing Chinese with ASCII words and numbers, to wrap.
    static let longStem = QuestionCard(
        id: "P2-003", type: .single,
        stem: "根据《政务服务便民热线》规定，12345 热线应当提供 7×24 小时全天候人工服务，对企业和群众的 hotline 诉求，一般应当在几个工作日内办结？",
        options: ["1 个工作日", "3 个工作日", "5 个工作日", "15 个工作日 (fifteen working days, the statutory maximum)"])

    static let truefalse = QuestionCard(
        id: "P3-001", type: .trueFalse, stem: "“最多跑一次”是指群众办事最多只需跑一次。")

    static let fill = QuestionCard(id: "P4-002", type: .fill, stem: "政务服务中心实行“一窗受理、____办结”。")

    static let buzzes: [BuzzLine] = [
        .init(team: 3, name: "南湖队", marginText: "+0.00 ms"),
        .init(team: 6, name: "A队 Team 3", seat: 2, marginText: "+1.20 ms"),
        .init(team: 8, name: "白沙 Baisha 队", falseStart: true, marginText: "-3.00 ms"),
    ]

    /// A running buzz question in its first round with team 3 answering, 20 s on the clock from
    /// `receivedAt`; the buzzers are open while nobody answers, and false starters are out.
    static func buzzView(answering: TeamID? = 3, buzzes: [BuzzLine] = buzzes) -> PublicView {
        var view = PublicView(title: title, stage: .running, scoreboard: standings)
        view.segment = .init(index: 1, title: "抢答题", kind: .buzz)
        view.question = multiple
        view.buzzes = buzzes
        view.answering = answering
        view.buzzers = .init(round: 1, open: answering == nil, out: buzzes.filter(\.falseStart).map(\.team))
        view.remaining = 20_000_000
        return view
    }
}
