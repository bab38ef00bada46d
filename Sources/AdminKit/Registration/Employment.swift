/// 用工性质: established posts (编制内) or contract staff (非编).
enum Employment: Sendable, Hashable {
    case established, contract

    init?(_ text: String) {
        switch text {
        case "编制内", "在编", "编内": self = .established
        case "非编", "编外", "非编制", "合同制", "劳务派遣": self = .contract
        default: return nil
        }
    }
}
