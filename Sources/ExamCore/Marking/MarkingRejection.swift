import ContestCore

/// Why the marking book refused a command: a stable code for programs and a plain message for people.
///
/// A rejection never changes the book; the shell sends it back to the marker or the organiser who asked.
public struct MarkingRejection: Error, Sendable, Hashable {
    public var code: Code

    public init(_ code: Code) { self.code = code }

    public enum Code: String, Sendable, Hashable, CaseIterable {
        case notEnoughMarkers
        case invalidScript
        case duplicateScript
        case unknownMarker
        case unknownScript
        case notAssigned
        case invalidMark
        case scriptFinal
    }

    /// The message in the hall's language.
    public func message(_ language: Language = .chinese) -> String {
        let (zh, en) = code.texts
        return language == .chinese ? zh : en
    }
}

extension MarkingRejection.Code {
    var texts: (String, String) {
        switch self {
        case .notEnoughMarkers:
            (
                "阅卷人不够：每份答卷要有规定人数的阅卷人，分差过大时还要多一名",
                "Too few markers: each answer needs its markers and one more for a third mark"
            )
        case .invalidScript: ("答卷的满分必须大于 0", "An answer's full marks must be above 0")
        case .duplicateScript: ("这位考生的这道题已经在阅卷中", "That candidate's answer to that question is already being marked")
        case .unknownMarker: ("没有这个阅卷人", "No such marker")
        case .unknownScript: ("没有这份答卷", "No such script")
        case .notAssigned: ("这份答卷没有分配给你", "That script is not assigned to you")
        case .invalidMark: ("评分须在 0 到满分之间，以 0.5 分为单位", "A mark must be from 0 to full marks, in steps of 0.5")
        case .scriptFinal: ("这份答卷已经定分，不能再改", "That script's mark is final and can no longer change")
        }
    }
}
