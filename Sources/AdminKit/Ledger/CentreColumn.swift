/// The columns of the centres file (`ledger check --centres`): each centre, its kind and its windows.
public enum CentreColumn: String, TableColumn {
    case centre = "中心"
    case kind = "类型"
    case windows = "综合窗口数"

    public var englishName: String {
        switch self {
        case .centre: "centre"
        case .kind: "kind"
        case .windows: "windows"
        }
    }

    public var aliases: [String] {
        switch self {
        case .centre: ["服务中心", "中心名称", "单位", "center", "unit"]
        case .kind: ["中心类型", "类别", "层级", "type", "level"]
        case .windows: ["综合窗口", "窗口数", "综合窗口数量", "comprehensive windows", "window count"]
        }
    }

    public static let headerColumns: [CentreColumn] = [.centre, .windows]
}
