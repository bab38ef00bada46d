import ContestCore
import ExamCore
import QuestionBank
import Testing

@testable import AdminKit

/// `paper.json` byte for byte for a small fixed bank and seed: any change here is a change of the disk format.
struct PrelimGoldenTests {
    static let bank = #"""
        {"format": "quiz-bank/1", "title": "小题库", "questions": [
          {"id": "S-1", "type": "single", "stem": "一窗受理的含义是？", "options": ["分散受理", "综合受理"], "answer": "B", "difficulty": 1},
          {"id": "S-2", "type": "single", "stem": "好差评由谁评价？", "options": ["办事群众", "窗口人员"], "answer": "A", "difficulty": 1},
          {"id": "T-1", "type": "truefalse", "stem": "告知承诺可以免交全部材料。", "answer": false, "difficulty": 1},
          {"id": "F-1", "type": "fill", "stem": "数据多跑路，群众少（  ）。", "answer": ["跑腿", "跑路"], "difficulty": 1},
          {"id": "E-1", "type": "essay", "stem": "论述如何提升办事便利度。", "answer": "①网办；②帮办。",
           "explanation": "重在措施可行。", "category": "便民", "difficulty": 3, "source": "原创"}
        ]}
        """#

    static let own = #"""
        {"format": "quiz-bank/1", "title": "自有题", "questions": [
          {"id": "O-1", "type": "single", "stem": "群众走近窗口时应先？", "options": ["起身问候", "继续录入"], "answer": "A", "difficulty": 1}
        ]}
        """#

    static let blueprintText = #"""
        {"title": "初赛试卷", "timeLimitMinutes": 60, "bankShare": 0.5, "instructions": [],
         "sections": [{"type": "单选题", "count": 2, "points": 1}, {"type": "判断题", "count": 1, "points": 1},
                      {"type": "填空题", "count": 1, "points": 1.5}, {"type": "论述题", "count": 1, "points": 10}]}
        """#

    static func paper(seed: UInt64) throws -> WrittenPaper {
        let blueprint = try PaperBlueprint.decode(Array(blueprintText.utf8), file: "蓝图.json").get()
        let bank = BankLoader.load(bytes: Array(Self.bank.utf8), file: "小题库.json")
        let own = BankLoader.load(bytes: Array(Self.own.utf8), file: "自有题.json")
        #expect(bank.isValid && own.isValid)
        return try #require(
            PaperDraw.draw(
                blueprint, blueprintFile: "蓝图.json",
                banks: [PaperDraw.Source(file: "小题库.json", questions: bank.bank.questions)],
                own: PaperDraw.Source(file: "自有题.json", questions: own.bank.questions), seed: seed
            ).paper)
    }

    @Test func paperJSONIsByteExact() throws {
        let text = String(decoding: try Self.paper(seed: 2024).encoded(), as: UTF8.self)
        #expect(text == Self.golden + "\n")
    }

    static let golden = """
        {
          "blueprint" : {
            "bankShare" : 0.5,
            "banks" : [

            ],
            "instructions" : [

            ],
            "sections" : [
              {
                "categories" : [

                ],
                "count" : 2,
                "difficulties" : [

                ],
                "points" : 1,
                "type" : "单选题"
              },
              {
                "categories" : [

                ],
                "count" : 1,
                "difficulties" : [

                ],
                "points" : 1,
                "type" : "判断题"
              },
              {
                "categories" : [

                ],
                "count" : 1,
                "difficulties" : [

                ],
                "points" : 1.5,
                "type" : "填空题"
              },
              {
                "categories" : [

                ],
                "count" : 1,
                "difficulties" : [

                ],
                "points" : 10,
                "type" : "论述题"
              }
            ],
            "timeLimitMinutes" : 60,
            "title" : "初赛试卷"
          },
          "format" : "quiz-written-paper",
          "sections" : [
            {
              "name" : "单选题",
              "pointsEach" : 1,
              "questions" : [
                {
                  "answer" : {
                    "choices" : [
                      0
                    ],
                    "display" : "A",
                    "kind" : "choices"
                  },
                  "category" : "",
                  "difficulty" : 1,
                  "explanation" : "",
                  "file" : "小题库.json",
                  "id" : "S-2",
                  "number" : 1,
                  "options" : [
                    "办事群众",
                    "窗口人员"
                  ],
                  "origin" : "",
                  "points" : 1,
                  "source" : "bank",
                  "stem" : "好差评由谁评价？",
                  "type" : "single"
                },
                {
                  "answer" : {
                    "choices" : [
                      0
                    ],
                    "display" : "A",
                    "kind" : "choices"
                  },
                  "category" : "",
                  "difficulty" : 1,
                  "explanation" : "",
                  "file" : "自有题.json",
                  "id" : "O-1",
                  "number" : 2,
                  "options" : [
                    "起身问候",
                    "继续录入"
                  ],
                  "origin" : "",
                  "points" : 1,
                  "source" : "own",
                  "stem" : "群众走近窗口时应先？",
                  "type" : "single"
                }
              ],
              "type" : "single"
            },
            {
              "name" : "判断题",
              "pointsEach" : 1,
              "questions" : [
                {
                  "answer" : {
                    "display" : "错",
                    "kind" : "truth",
                    "truth" : false
                  },
                  "category" : "",
                  "difficulty" : 1,
                  "explanation" : "",
                  "file" : "小题库.json",
                  "id" : "T-1",
                  "number" : 3,
                  "options" : [

                  ],
                  "origin" : "",
                  "points" : 1,
                  "source" : "bank",
                  "stem" : "告知承诺可以免交全部材料。",
                  "type" : "truefalse"
                }
              ],
              "type" : "truefalse"
            },
            {
              "name" : "填空题",
              "pointsEach" : 1.5,
              "questions" : [
                {
                  "answer" : {
                    "accepted" : [
                      "跑腿",
                      "跑路"
                    ],
                    "display" : "跑腿；跑路",
                    "kind" : "accepted"
                  },
                  "category" : "",
                  "difficulty" : 1,
                  "explanation" : "",
                  "file" : "小题库.json",
                  "id" : "F-1",
                  "number" : 4,
                  "options" : [

                  ],
                  "origin" : "",
                  "points" : 1.5,
                  "source" : "bank",
                  "stem" : "数据多跑路，群众少（  ）。",
                  "type" : "fill"
                }
              ],
              "type" : "fill"
            },
            {
              "name" : "论述题",
              "pointsEach" : 10,
              "questions" : [
                {
                  "answer" : {
                    "display" : "①网办；②帮办。",
                    "kind" : "reference",
                    "markingPoints" : [
                      "网办",
                      "帮办"
                    ],
                    "reference" : "①网办；②帮办。"
                  },
                  "category" : "便民",
                  "difficulty" : 3,
                  "explanation" : "重在措施可行。",
                  "file" : "小题库.json",
                  "id" : "E-1",
                  "number" : 5,
                  "options" : [

                  ],
                  "origin" : "原创",
                  "points" : 10,
                  "source" : "bank",
                  "stem" : "论述如何提升办事便利度。",
                  "type" : "essay"
                }
              ],
              "type" : "essay"
            }
          ],
          "seed" : 2024,
          "timeLimitMinutes" : 60,
          "title" : "初赛试卷",
          "totalPoints" : 14.5,
          "version" : 1
        }
        """
}
