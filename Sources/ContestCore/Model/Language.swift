/// The two languages every user-facing text comes in: Chinese for the hall, English available.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case chinese = "zh-CN"
    case english = "en"
}
