import Foundation

/// The audience page's files, read from `clients/web/` on each request so an organiser's edit shows
/// on reload; a missing folder serves a short page that says where the files were expected.
public struct StaticSite: Sendable {
    public let root: String?
    /// What `/` serves: the audience page, or the candidates' login in exam mode.
    public let home: String

    public init(root: String?, home: String = "index.html") {
        self.root = root
        self.home = home
    }

    /// The file's bytes and content type, or `nil` when there is no such file.
    public func file(_ name: String) -> (body: [UInt8], contentType: String)? {
        guard let root else {
            if name == home {
                let page =
                    "<!doctype html><meta charset=utf-8><title>quiz-server</title>"
                    + "<p>未找到大屏页面文件（clients/web/）。请用 --web 指定目录。</p>"
                    + "<p>The audience page files (clients/web/) were not found; pass --web DIR.</p>"
                return (Array(page.utf8), "text/html; charset=utf-8")
            }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: root + "/" + name) else { return nil }
        return (Array(data), Self.contentType(of: name))
    }

    static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
