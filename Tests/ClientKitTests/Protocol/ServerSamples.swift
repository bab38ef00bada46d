/// Messages recorded from quiz-server (demo contest, NDJSON), the scoreboards, awards and token lists
/// cut to teams 1–3 and judges 1–2 to keep them short; JSON whitespace added only between values.
enum ServerSamples {
    static let teamWelcome = #"""
        {"lang":"zh-CN","public":{"awards":{"lines":[{"awaitingTieBreak":true,
        "name":"城东队","rank":1,"team":1,"total":0},{"awaitingTieBreak":true,
        "name":"城西队","rank":1,"team":2,"total":0},{"awaitingTieBreak":true,
        "name":"南湖队","rank":1,"team":3,"total":0}],"tiesToBreak":[[1,
        2,3]]},"buzzes":[],"paused":false,"scoreboard":[{"bySegment":[0,
        0,0,0,0,0],"corrections":0,"name":"城东队","rank":1,"team":1,"tied":true,
        "total":0,"unit":"示例县城东镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],
        "corrections":0,"name":"城西队","rank":1,"team":2,"tied":true,"total":0,
        "unit":"示例县城西镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],"corrections":0,
        "name":"南湖队","rank":1,"team":3,"tied":true,"total":0,"unit":"示例县南湖镇便民服务中心"}],
        "stage":"notStarted","title":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）"},"role":"team",
        "seat":1,"seq":3,"serverTime":1795293356770010,"team":3,"teamName":"南湖队",
        "type":"welcome"}
        """#

    static let hostWelcome = #"""
        {"host":{"essayScores":{},"recentScores":[],"segments":[{"index":0,
        "kind":"speed","title":"速答题"},{"index":1,"kind":"buzz","title":"抢答题"},
        {"index":2,"kind":"relay","title":"接力答题"},{"index":3,"kind":"risk",
        "title":"进阶风险题"},{"index":4,"kind":"essay","title":"论述题"},{"index":5,
        "kind":"tiebreak","title":"加赛"}],"undoDepth":0,"view":{"awards":{"lines":[{"awaitingTieBreak":
        true,"name":"城东队","rank":1,"team":1,"total":0},{"awaitingTieBreak":true,
        "name":"城西队","rank":1,"team":2,"total":0},{"awaitingTieBreak":true,
        "name":"南湖队","rank":1,"team":3,"total":0}],"tiesToBreak":[[1,
        2,3]]},"buzzes":[],"paused":false,"scoreboard":[{"bySegment":[0,
        0,0,0,0,0],"corrections":0,"name":"城东队","rank":1,"team":1,"tied":true,
        "total":0,"unit":"示例县城东镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],
        "corrections":0,"name":"城西队","rank":1,"team":2,"tied":true,"total":0,
        "unit":"示例县城西镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],"corrections":0,
        "name":"南湖队","rank":1,"team":3,"tied":true,"total":0,"unit":"示例县南湖镇便民服务中心"}],
        "stage":"notStarted","title":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）"}},
        "lang":"zh-CN","role":"host","seq":1,"serverTime":1795293355962330,
        "tokens":{"contest":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）","host":"AH9FPHFBH4",
        "judges":[{"judge":1,"name":"1号裁判","token":"24H2HUJS4P"},{"judge":2,
        "name":"2号裁判","token":"WPADPXMZ88"}],"teams":[{"name":"城东队",
        "team":1,"token":"C6YN2633XP"},{"name":"城西队","team":2,"token":"KYRYDPUNHZ"},
        {"name":"南湖队","team":3,"token":"HWN956WJHF"}]},"type":"welcome"}
        """#

    static let judgeWelcome = #"""
        {"host":{"essayScores":{},"recentScores":[],"segments":[{"index":0,
        "kind":"speed","title":"速答题"},{"index":1,"kind":"buzz","title":"抢答题"},
        {"index":2,"kind":"relay","title":"接力答题"},{"index":3,"kind":"risk",
        "title":"进阶风险题"},{"index":4,"kind":"essay","title":"论述题"},{"index":5,
        "kind":"tiebreak","title":"加赛"}],"undoDepth":0,"view":{"awards":{"lines":[{"awaitingTieBreak":
        true,"name":"城东队","rank":1,"team":1,"total":0},{"awaitingTieBreak":true,
        "name":"城西队","rank":1,"team":2,"total":0},{"awaitingTieBreak":true,
        "name":"南湖队","rank":1,"team":3,"total":0}],"tiesToBreak":[[1,
        2,3]]},"buzzes":[],"paused":false,"scoreboard":[{"bySegment":[0,
        0,0,0,0,0],"corrections":0,"name":"城东队","rank":1,"team":1,"tied":true,
        "total":0,"unit":"示例县城东镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],
        "corrections":0,"name":"城西队","rank":1,"team":2,"tied":true,"total":0,
        "unit":"示例县城西镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],"corrections":0,
        "name":"南湖队","rank":1,"team":3,"tied":true,"total":0,"unit":"示例县南湖镇便民服务中心"}],
        "stage":"notStarted","title":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）"}},
        "judge":1,"lang":"zh-CN","role":"judge","seq":5,"serverTime":1795293357573315,
        "type":"welcome"}
        """#

    static let answeringState = #"""
        {"public":{"answering":3,"awards":{"lines":[{"awaitingTieBreak":true,
        "name":"城东队","rank":1,"team":1,"total":0},{"awaitingTieBreak":true,
        "name":"城西队","rank":1,"team":2,"total":0},{"awaitingTieBreak":true,
        "name":"南湖队","rank":1,"team":3,"total":0}],"tiesToBreak":[[1,
        2,3]]},"buzzes":[{"at":1795293367209790,"falseStart":false,"margin":0,
        "marginText":"+0.00 ms","name":"南湖队","round":1,"seat":1,"team":3}],
        "deadline":1795293387209790,"paused":false,"question":{"id":"P1-010",
        "options":["政务数据共享","电子证照","要求群众提供更多纸质证明","统一身份认证","电子印章"],"stem":"实现“一网通办”通常需要下列哪些基础支撑？",
        "type":"multiple"},"remaining":19999847,"scoreboard":[{"bySegment":[0,
        0,0,0,0,0],"corrections":0,"name":"城东队","rank":1,"team":1,"tied":true,
        "total":0,"unit":"示例县城东镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],
        "corrections":0,"name":"城西队","rank":1,"team":2,"tied":true,"total":0,
        "unit":"示例县城西镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],"corrections":0,
        "name":"南湖队","rank":1,"team":3,"tied":true,"total":0,"unit":"示例县南湖镇便民服务中心"}],
        "segment":{"index":1,"kind":"buzz","title":"抢答题"},"stage":"running",
        "title":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）"},"seq":22,"type":"state"}
        """#

    static let hostStateAfterCorrection = #"""
        {"host":{"answerKey":"ABDE","essayScores":{},"explanation":"统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑；增加纸质证明与“一网通办”的方向相反。",
        "nextDeadline":1795293384612839,"recentScores":[{"at":1795293369612839,
        "delta":-10,"reason":{"type":"wrong","question":"P1-010"},"segment":1,
        "team":3},{"at":1795293371214844,"delta":2.5,"reason":{"type":"correction","reason":"读错题号"},
        "team":3}],"segments":[{"index":0,"kind":"speed","title":"速答题"},
        {"index":1,"kind":"buzz","title":"抢答题"},{"index":2,"kind":"relay",
        "title":"接力答题"},{"index":3,"kind":"risk","title":"进阶风险题"},{"index":4,
        "kind":"essay","title":"论述题"},{"index":5,"kind":"tiebreak","title":"加赛"}],
        "undoDepth":2,"view":{"awards":{"lines":[{"awaitingTieBreak":true,
        "name":"城东队","rank":1,"team":1,"total":0},{"awaitingTieBreak":true,
        "name":"城西队","rank":1,"team":2,"total":0},{"awaitingTieBreak":false,
        "award":"三等奖","name":"南湖队","rank":8,"team":3,"total":-7.5}],
        "tiesToBreak":[[1,2]]},"buzzes":[{"at":1795293367209790,"falseStart":false,
        "margin":0,"marginText":"+0.00 ms","name":"南湖队","round":1,"seat":1,
        "team":3}],"deadline":1795293384612839,"paused":false,"question":{"id":"P1-010",
        "options":["政务数据共享","电子证照","要求群众提供更多纸质证明","统一身份认证","电子印章"],"stem":"实现“一网通办”通常需要下列哪些基础支撑？",
        "type":"multiple"},"remaining":13397793,"scoreboard":[{"bySegment":[0,
        0,0,0,0,0],"corrections":0,"name":"城东队","rank":1,"team":1,"tied":true,
        "total":0,"unit":"示例县城东镇便民服务中心"},{"bySegment":[0,0,0,0,0,0],
        "corrections":0,"name":"城西队","rank":1,"team":2,"tied":true,"total":0,
        "unit":"示例县城西镇便民服务中心"},{"bySegment":[0,-10,0,0,0,0],"corrections":2.5,
        "name":"南湖队","rank":8,"team":3,"tied":false,"total":-7.5,"unit":"示例县南湖镇便民服务中心"}],
        "segment":{"index":1,"kind":"buzz","title":"抢答题"},"stage":"running",
        "title":"政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）"}},"seq":30,"type":"state"}
        """#

    static let ack = #"""
        {"events":[{"type":"segmentStarted","order":[1,2,3,4,5,6,7,8],"segment":1}],
        "id":"5","seq":12,"type":"ack"}
        """#

    static let rejected = #"""
        {"code":"alreadyBuzzed","id":"t2","message":"本队已经抢答过","seq":24,
        "type":"rejected"}
        """#

    static let error = #"""
        {"code":"badMessage","message":"无法识别的消息：type: unknown message type \"bogus\"",
        "seq":10,"type":"error"}
        """#

    static let pong = #"""
        {"id":"p1","seq":9,"type":"pong"}
        """#

    static let presence = #"""
        {"clients":[{"peer":"127.0.0.1:35702","role":"host","transport":"ndjson"},
        {"judge":1,"peer":"127.0.0.1:35724","role":"judge","transport":"ndjson"},
        {"peer":"127.0.0.1:35730","role":"screen","transport":"ndjson"},
        {"peer":"127.0.0.1:35718","role":"team","seat":1,"team":3,"transport":"ndjson"}],
        "seq":8,"type":"presence"}
        """#
}
