/// 人员类别 as the notices spell it; a few common variants are read too.
enum StaffCategory: Sendable, Hashable {
    case village, window, other

    init?(_ text: String) {
        switch text {
        case "村社区", "村(社区)", "村（社区）", "村/社区", "社区", "村": self = .village
        case "窗口前台", "窗口", "前台", "窗口/前台": self = .window
        case "其他", "其它": self = .other
        default: return nil
        }
    }
}
