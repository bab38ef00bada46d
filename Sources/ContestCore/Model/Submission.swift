/// What a team typed on its client as an answer.
public enum Submission: Sendable, Hashable {
    case choices([Int])
    case truth(Bool)
    case text(String)
}
