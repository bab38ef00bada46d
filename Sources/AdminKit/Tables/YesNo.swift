/// A 是/否 cell as forms write it (`是`, `√`, `Y`, `在读`), so every sheet reads yes and no alike.
enum YesNo {
    /// True or false; nil for text that is neither (`也许`). An empty cell is 否.
    static func parse(_ text: String) -> Bool? {
        let text = text.filter { !$0.isWhitespace }.lowercased()
        if ["是", "√", "y", "yes", "true", "1", "在读", "已满", "有"].contains(text) { return true }
        if ["", "否", "×", "n", "no", "false", "0", "无", "未满", "-", "/"].contains(text) { return false }
        return nil
    }
}
