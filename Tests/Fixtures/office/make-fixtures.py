#!/usr/bin/env python3
"""Builds the Word / Excel / plain-text question-bank import fixtures in this folder.

    pip install python-docx openpyxl
    python3 Tests/Fixtures/office/make-fixtures.py           # write every fixture, then check them
    python3 Tests/Fixtures/office/make-fixtures.py --check   # only check what is on disk

Every bank file NAME.ext gets NAME.expected.json (the questions a correct importer reads from it,
in quiz-bank/1 form); files with deliberate mistakes also get NAME.expected-diagnostics.txt
(`LOCATION code`, one a line); deliberately broken files get NAME.expected-error.txt (one word).

The output is deterministic: fixed document-property dates, fixed ZIP entry dates
(1980-01-01 00:00:00), a fixed entry order and fixed compression settings, and a seeded random
generator for the arbitrary run splits. Running the script twice gives byte-identical files
(with the same python-docx, openpyxl and zlib versions).
"""

import argparse
import hashlib
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
CORE_DATE = "2024-03-01T08:00:00Z"
MAX_SIZE = 40 * 1024           # every fixture stays below this …
MAX_BOMB_SIZE = 1024 * 1024    # … except the zip bomb, which stays below this
BOMB_INFLATED = 300 * 1024 * 1024

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
X_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

KEY_ORDER = ["id", "type", "stem", "options", "answer", "category", "difficulty", "points",
             "explanation", "source"]
TYPES = ["single", "multiple", "truefalse", "fill", "short", "essay"]
LETTERS = "ABCDEFGH"
FULL_LETTERS = "ＡＢＣＤＥＦＧＨ"


# ---------------------------------------------------------------------------------------------
# Questions and expected results


def Q(type, stem, answer, options=None, explanation=None, points=None, id=None, difficulty=None,
      **style):
    """A question in canonical form plus how a paper lays it out (`style`, never in the JSON)."""
    q = {"id": id, "type": type, "stem": stem, "options": options, "answer": answer,
         "difficulty": difficulty, "points": points, "explanation": explanation}
    return {"q": {k: v for k, v in q.items() if v is not None}, "style": style}


def canonical(q):
    return {k: q[k] for k in KEY_ORDER if k in q}


def bank_json(title, questions):
    """quiz-bank/1 text laid out like `bank convert` writes it: one question per line."""
    head = {"format": "quiz-bank/1", "title": title, "language": "zh-CN"}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lines.append('  "questions": [')
    qs = [json.dumps(canonical(q), ensure_ascii=False, separators=(",", ":")) for q in questions]
    for i, text in enumerate(qs):
        lines.append("    " + text + ("," if i < len(qs) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def with_points(points, items):
    """Points stated in a section heading (`每题2分`, `1×5`) belong to every question under it."""
    if points:
        for it in items:
            it["q"].setdefault("points", points)
    return items


# ---------------------------------------------------------------------------------------------
# Paper layout as lines of text (shared by the .docx papers and the .txt papers)


def answer_text(q, st):
    t, a = q["type"], q["answer"]
    if t in ("single", "multiple"):
        letters = st.get("aletters", LETTERS)
        return st.get("asep", "").join(letters[LETTERS.index(c)] for c in a)
    if t == "truefalse":
        yes, no = st.get("tf", ("√", "×"))
        return yes if a else no
    if t == "fill":
        return st.get("fsep", "/").join(a)
    return a


def question_lines(n, item):
    """The lines a paper prints for one question; `n` is its printed number (None: automatic)."""
    q, st = item["q"], item["style"]
    num = "" if n is None else st.get("num", "{n}．").format(n=n)
    lines = [num + q["stem"]]
    if "options" in q:
        letters = st.get("letters", LETTERS)
        pre = st.get("pre", "．")
        items = [letters[i] + pre + o for i, o in enumerate(q["options"])]
        layout = st.get("layout") or [1] * len(items)
        sep = st.get("sep", "  ")
        i = 0
        for size in layout:
            lines.append(st.get("indent", "") + sep.join(items[i:i + size]))
            i += size
        assert i == len(items), q["stem"]
    ans = st.get("ans", "答案：{a}")
    exp = q.get("explanation")
    if ans is None:                        # answer key elsewhere
        return lines
    if q["type"] in ("short", "essay"):
        label = st.get("ref", "参考答案：")
        body = q["answer"].split("\n")
        if st.get("ref_inline"):
            lines.append(label + body[0])
            lines.extend(body[1:])
        else:
            lines.append(label)
            lines.extend(body)
        if exp:
            lines.append(st.get("exp", "解析：{e}").format(e=exp))
        return lines
    a = answer_text(q, st)
    if "{e}" in ans:
        lines.append(ans.format(a=a, e=exp))
    else:
        lines.append(ans.format(a=a))
        if exp:
            lines.append(st.get("exp", "解析：{e}").format(e=exp))
    return lines


# ---------------------------------------------------------------------------------------------
# ZIP and XML helpers


def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def zip_bytes(entries, level=9):
    """A ZIP with fixed dates, the given entry order and fixed attributes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            zf.writestr(zi, data, compresslevel=level)
    return out.getvalue()


def core_xml(title="", creator="出题组"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{CORE_DATE}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{CORE_DATE}</dcterms:modified>'
            '</cp:coreProperties>')


def rezip(data, replace=None, edit=None, add=()):
    """Rewrites a python-docx / openpyxl ZIP deterministically.

    `replace` maps entry names to new contents; `edit` maps names to functions of the old text.
    [Content_Types].xml and _rels/.rels come first, the rest keeps the library's order, then `add`.
    """
    replace = dict(replace or {})
    edit = edit or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    order = first + [n for n in names if n not in first]
    entries = []
    for n in order:
        body = replace.pop(n) if n in replace else src.read(n)
        if n in edit:
            body = edit[n](body.decode("utf-8")).encode("utf-8")
        entries.append((n, body))
    assert not replace, f"entries not in the package: {sorted(replace)}"
    return zip_bytes(entries + list(add))


# ---------------------------------------------------------------------------------------------
# python-docx helpers


def new_document(title):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = docx.Document()
    # Slim the default template so that fixtures stay small: no stylesWithEffects, custom XML,
    # thumbnail, latent styles or the hundred table styles.
    part = doc.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects") or rel.reltype.endswith("/customXml"):
            part.rels.pop(rId)
    pkg = part.package
    for rId, rel in list(pkg.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            pkg.rels.pop(rId)
    styles = doc.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for s in list(styles):
        if (s.tag == qn("w:style") and s.get(qn("w:type")) == "table"
                and s.get(qn("w:styleId")) not in ("TableNormal", "TableGrid")):
            styles.remove(s)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.title = title
    cp.author = "出题组"
    return doc


def save_docx(doc, path, title, replace=None, edit=None):
    buf = io.BytesIO()
    doc.save(buf)
    replace = dict(replace or {})
    replace["docProps/core.xml"] = core_xml(title)
    edit = dict(edit or {})
    names = zipfile.ZipFile(io.BytesIO(buf.getvalue())).namelist()
    if "word/comments.xml" in names:
        edit["word/comments.xml"] = lambda t: re.sub(r'w:date="[^"]*"', f'w:date="{CORE_DATE}"', t)
    path.write_bytes(rezip(buf.getvalue(), replace, edit))


RUN_FORMATS = [
    {}, {"b": True}, {"i": True}, {"color": "C00000"}, {"b": True, "color": "1F4E79"},
    {"size": 11}, {"ea": "仿宋"}, {"i": True, "b": True}, {"u": True},
]


def format_run(run, fmt):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    if fmt.get("b"):
        run.bold = True
    if fmt.get("i"):
        run.italic = True
    if fmt.get("u"):
        run.underline = True
    if "color" in fmt:
        run.font.color.rgb = RGBColor.from_string(fmt["color"])
    if "size" in fmt:
        run.font.size = Pt(fmt["size"])
    if "ea" in fmt:
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), fmt["ea"])


def forced_cuts(text):
    """Run boundaries Word leaves after editing that an importer must see through:
    inside 答案 / 解析 labels and between an option letter and its `．`."""
    cuts = set()
    for m in re.finditer(r"答案|解析|参考|评分", text):
        cuts.add(m.start() + 1)
    for m in re.finditer(r"(?:^|(?<=[\s　]))[A-H](?=[．.、:：])", text):
        cuts.add(m.start() + 1)
    m = re.match(r"[（(]?\d+", text)          # the item number: 1|．  or （3|）
    if m:
        cuts.add(m.end())
    return cuts


def add_split_runs(p, text, rng, cuts=()):
    """Adds `text` to paragraph `p` as several runs with changing formatting.

    `\\n` becomes a soft line break (w:br), `\\t` a w:tab (python-docx does both in run.text).
    """
    points = set(cuts) | forced_cuts(text)
    for _ in range(rng.randint(1, 3)):
        if len(text) > 2:
            points.add(rng.randrange(1, len(text)))
    points = sorted(c for c in points if 0 < c < len(text))
    bounds = [0] + points + [len(text)]
    runs = []
    for a, b in zip(bounds, bounds[1:]):
        run = p.add_run(text[a:b])
        format_run(run, rng.choice(RUN_FORMATS))
        runs.append(run)
    return runs


def add_field_simple(paragraph, instr, cached):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def add_field_complex(paragraph, instr, cached):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = instr
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = cached
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_numbering(p, num_id, ilvl=0):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    style = pPr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def add_title(doc, text, rng=None, size=16):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs = add_split_runs(p, text, rng) if rng else [p.add_run(text)]
    for r in runs:
        r.bold = True
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------------------------
# 1. paper-split-runs.docx


def paper_split_runs():
    title = "2024年某县政务服务综合窗口办事员技能竞赛初赛试卷（A卷）"
    sections = [
        ("一、单选题（每题2分，共5题）", 2, [
            Q("single", "“一网通办”的核心含义是下列哪一项？（ ）", "B", [
                "每个部门各自建设独立的网上办事系统，分别注册登录",
                "企业和群众办事只需登录一个网上政务服务平台，即可办理相关政务服务事项",
                "所有政务服务事项一律只能在网上办理，线下不再受理",
                "依托城市运行平台实现城市治理“一屏观全域”"],
              "“一网通办”强调一个平台、一次认证、全网通办；“一屏观全域”属于“一网统管”的概念。",
              num="{n}．", pre="．"),
            Q("single", "政务服务改革中常说的“数据多跑路、群众少跑腿”，其最关键的支撑是（ ）。", "C",
              ["延长办公时间", "增加窗口数量", "政务数据共享", "增加纸质材料"],
              "能由系统获取的信息不再让群众重复提交，以数据流转代替群众奔波。",
              num="{n}、", pre=".", layout=[4], sep="  ", ans="答案:{a}。解析:{e}"),
            Q("single", "下列用语中，属于窗口服务忌语的是（ ）", "A", [
                "“这个不归我管，你问别人去。”", "“请您稍等，我马上为您查询。”",
                "“对不起，让您久等了。”", "“请问还有什么可以帮您？”"],
              "推诿、生硬的语言违反首问负责和文明服务要求，属于服务忌语。",
              num="（{n}）", pre="．", layout=[2, 2], sep="\t", ans="【答案】{a}", exp="【解析】{e}",
              comment=True),
            Q("single", "政务服务“好差评”中，服务对象的评价\n一般分为哪几个等级？（ ）", "D", [
                "“好”“差”两个等级", "“满意”“基本满意”“不满意”三个等级", "1～10分共十个等级",
                "“非常满意”“满意”“基本满意”“不满意”“非常不满意”五个等级"],
              num="{n}.", pre="、", ans="正确答案：{a}"),
            Q("single", "两名办事群众排队时发生争执并有推搡迹象，工作人员应当（ ）。", "C", [
                "装作没看见，继续办理业务", "加入争论，判断谁对谁错",
                "及时上前劝阻，将双方分开，通知安保和值班负责人",
                "要求双方都离开大厅，当天不予办理"],
              "应及时制止、隔离双方并报告，防止事态升级。", num="{n}．", pre="."),
        ]),
        ("二、多项选择题（每题3分）", 3, [
            Q("multiple", "下列属于“一网通办”常见办理渠道的有（ ）。", "ABC", [
                "政务服务移动端（APP、小程序等）", "政务服务网站（电脑端）", "政务服务自助终端",
                "非官方的第三方收费代办网站"],
              "非官方收费代办网站不属于政务服务渠道，还存在信息泄露风险。",
              num="{n}．", ans="【答案】{a}", exp="【解析】{e}"),
            Q("multiple", "实现“一网通办”通常需要下列哪些基础支撑？（ ）", "ABDE", [
                "政务数据共享", "电子证照", "要求群众提供更多纸质证明", "统一身份认证", "电子印章"],
              num="{n}、", pre=".", layout=[3, 2], sep="  ", ans="正确答案：{a}"),
            Q("multiple", "在“一窗受理”模式中，综合窗口通常承担的工作包括（ ）", "ABD", [
                "咨询引导", "统一出件（结果送达）", "对所有事项作出实质审批决定", "收件受理"],
              "综合窗口负责前台的咨询、收件受理和出件，实质审批由后台审批部门负责。",
              num="（{n}）", layout=[2, 2], sep="\t", asep="、"),
            Q("multiple", "受审分离模式下，属于后台审批人员工作的有（ ）", "CD", [
                "在前台窗口直接接收申请人的材料", "向申请人推荐中介机构",
                "在法定或承诺时限内作出审批决定", "对申请材料的实质内容进行审查"],
              num="{n}．", ans="正确答案：{a}"),
        ]),
        ("三、判断题(1×5)", 1, [
            Q("truefalse", "实行“一窗受理”后，群众可以在综合窗口统一递交申请材料，不必分别到各部门窗口。",
              True, num="{n}．"),
            Q("truefalse", "综合窗口人员受理申请后，可以代替审批部门作出行政许可决定。", False,
              explanation="行政许可决定应由依法享有审批权的部门作出。", num="{n}、"),
            Q("truefalse", "受审分离有助于减少申请人与审批人员的直接接触。", True,
              num="（{n}）", tf=("正确", "错误"), ans="【答案】{a}"),
            Q("truefalse", "“一网通办”意味着群众办事只能在网上办理，线下窗口不再受理申请。", False,
              num="{n}.", tf=("正确", "错误")),
            Q("truefalse", "申请材料中存在可以当场更正的错误（如笔误）时，窗口人员应当允许申请人当场更正。",
              True, explanation="《行政许可法》规定应当允许申请人当场更正。",
              num="{n}．", ans="答案:{a}。解析:{e}"),
        ]),
        ("四、填空题", None, [
            Q("fill", "申请材料不齐全的，应当（  ）告知申请人需要补正的全部内容。", ["一次性", "一次"],
              num="{n}．"),
            Q("fill", "受审分离模式中，前台负责受理，后台负责（  ）。", ["审批", "审查", "审核"],
              explanation="受审分离把受理与审批分开。", num="{n}、"),
            Q("fill", "政务服务改革中常说：数据多跑路，群众少（  ）。", ["跑腿"], num="（{n}）",
              ans="【答案】{a}"),
            Q("fill", "根据《行政许可法》，除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起"
                      "______日内作出行政许可决定。", ["二十", "20"], num="{n}．"),
        ]),
        ("五、简答题（每题10分）", 10, [
            Q("short", "简述首问负责制的主要内容。",
              "①群众首先问到的工作人员即为首问责任人；\n②属于本人职责的事项，及时办理或答复；\n"
              "③不属于本人职责的事项，热情指引到承办部门或人员，必要时主动联系、转办；\n"
              "④做好登记并跟踪，做到不推诿、不敷衍。", num="{n}．"),
            Q("short", "简述一次性告知制度的基本要求。",
              "①将需要补正的全部内容一次讲清；\n②一般以书面形式告知，写明补正材料和具体要求；\n"
              "③依法当场或在规定期限内告知，不得分次告知。", num="{n}、", ref_inline=True),
        ]),
        ("六、论述题（每题20分）", 20, [
            Q("essay", "请结合你所在的岗位，谈谈如何在日常工作中践行首问负责制。",
              "①说明首问负责制的含义和意义（约25%）；\n②结合岗位说明具体做法：热情接待、问清诉求，"
              "非本职事项准确指引或转办（约40%）；\n③提到登记、跟踪、反馈（约20%）；\n"
              "④联系实际、条理清楚、语言规范（约15%）。", num="{n}．", ref="评分要点："),
        ]),
    ]
    for _, pts, items in sections:
        with_points(pts, items)

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    rng = random.Random(20240301)
    doc = new_document(title)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "某县政务服务管理办公室　内部资料　注意保存"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    add_field_simple(fp, " PAGE ", "1")
    fp.add_run(" 页　共 ")
    add_field_complex(fp, " NUMPAGES ", "3")
    fp.add_run(" 页")

    add_title(doc, title, rng)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_split_runs(p, "（闭卷考试　考试时间：90分钟）", rng)
    add_split_runs(doc.add_paragraph(), "姓名：__________　单位：__________　准考证号：__________", rng)
    questions = []
    for heading, _, items in sections:
        p = doc.add_paragraph()
        for r in add_split_runs(p, heading, rng):
            r.bold = True
        for n, item in enumerate(items, 1):
            questions.append(item["q"])
            for k, line in enumerate(question_lines(n, item)):
                p = doc.add_paragraph()
                runs = add_split_runs(p, line, rng)
                if k == 0 and item["style"].get("comment"):
                    doc.add_comment(runs[:2], text="此题选项请再核对一遍。", author="审核人",
                                    initials="SH")
    out = HERE / "paper-split-runs.docx"
    save_docx(doc, out, title)
    return out, title, questions, []


# ---------------------------------------------------------------------------------------------
# 2. paper-auto-numbering.docx

AUTO_NUMBERING_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A5C0E11"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="426"/></w:pPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:nsid w:val="5B2D7F02"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="9E7A1C3E"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="640" w:hanging="640"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""


def paper_auto_numbering():
    title = "政务服务综合窗口业务知识测试题"
    singles = [
        Q("single", "关于在业务专网电脑上使用移动存储介质，下列做法正确的是（ ）", "A", [
            "使用单位统一配发、经过登记并查杀病毒的移动存储介质", "随意插入个人U盘拷贝文件",
            "用手机数据线连接电脑给手机充电", "把业务数据拷贝回家加班处理"], auto_options=True),
        Q("single", "下列行为中，属于代办员正确履职的是（ ）", "B", [
            "代替审批部门作出审批决定", "指导申请人准备材料，协调跟踪办理进度并及时反馈",
            "替申请人签署应由其本人签字的承诺文件", "向申请人推荐收费中介机构"], auto_options=True),
        Q("single", "刘先生第一次来办事时被告知缺少材料甲，补齐后第二次来又被告知缺少材料乙，"
                    "而材料乙在第一次来时就已经缺少。这种情况（ ）。", "C", [
            "属于容缺受理", "应由刘先生自己承担责任", "违反了一次性告知的要求", "属于正常现象"],
          auto_options=True),
        Q("single", "某窗口对已收齐材料、符合受理条件的申请先不在系统登记，等后台审查完毕后再补录受理信息。"
                    "对这种做法的正确认识是（ ）", "D", [
            "属于合理的预审服务，可以推广", "属于容缺受理的一种形式", "只要最终办结、群众没有意见就可以",
            "属于“体外循环”，规避时限监管，应当禁止"], pre="．"),
        Q("single", "“一网通办”中的“网”主要指（ ）", "A", ["政务服务网", "局域网", "广播网", "有线电视网"],
          pre=".", layout=[4], sep="  "),
        Q("single", "群众因不认同某项法定办理条件而给窗口差评。窗口及管理部门较妥当的处理方式是（ ）", "B", [
            "直接认定为恶意差评，不予理睬", "依规核实，做好政策解释，对制度性问题汇总报送有关部门",
            "反复上门做工作，要求评价人撤销差评", "对窗口人员扣分了事"], pre="、"),
        Q("single", "王先生申请办理某项行政许可，窗口人员审查后确认申请材料齐全、符合法定形式。"
                    "窗口人员应当（ ）", "C", [
            "告知王先生还需要到业务部门再递交一次材料", "让王先生自己到后台找审批人员当面说明情况",
            "依法受理，出具加盖专用印章并注明日期的受理凭证", "先收下材料，但不出具任何凭证"], pre="、"),
    ]
    judges = [
        Q("truefalse", "推进政务数据共享，可以减少群众办事时重复提交的材料。", True),
        Q("truefalse", "为方便下次帮群众办理，窗口人员可以把群众的政务服务网账号和密码记录在工作本上。", False),
        Q("truefalse", "群众对政务服务给出差评后，有关部门应当核实情况，属实的及时整改，并向评价人反馈。", True),
        Q("truefalse", "综合窗口出件时应当核验领取人身份；由他人代领的，还应核验授权委托等相关材料。", True),
        Q("truefalse", "行政机关受理或者不予受理行政许可申请，只需口头告知申请人，不必出具书面凭证。", False),
    ]
    multiples = [
        Q("multiple", "受审分离的积极作用包括（ ）", "AB", [
            "规范行政权力运行", "推动受理环节标准化", "增加群众往返跑腿的次数", "延长审批时限"],
          pre=".", layout=[2, 2], sep="  "),
        Q("multiple", "受审分离模式下，属于后台审批人员工作的有（ ）", "ACD", [
            "在法定或承诺时限内作出审批决定", "在前台窗口直接接收申请人的材料",
            "依法需要现场核查的，组织现场核查", "对申请材料的实质内容进行审查"], pre="．"),
        Q("multiple", "为保证“一窗受理”顺利运行，政务服务中心通常需要做好（ ）", "BCD", [
            "允许各部门自行确定与办事指南不一致的收件标准", "编制统一规范的办事指南和受理标准",
            "对综合窗口人员开展多领域业务培训", "建立前后台材料流转和交接机制"], pre="．"),
    ]
    sections = [("单项选择题（每题2分）", 2, 1, singles), ("判断题（每题1分）", 1, 2, judges),
                ("多项选择题（每题3分）", 3, 3, multiples)]
    key = ["一、单选题 1-5 ABCDA 6.B 7.C", "二、判断题 1-5 √×√√×", "三、多选题 1.AB 2.ACD 3.BCD"]

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = new_document(title)
    add_title(doc, title)
    questions = []
    for heading, pts, num_id, items in sections:
        with_points(pts, items)
        p = doc.add_paragraph(style="List Paragraph")
        p.add_run(heading).bold = True
        set_numbering(p, 4)
        for item in items:
            q, st = item["q"], item["style"]
            questions.append(q)
            p = doc.add_paragraph(q["stem"], style="List Paragraph")
            set_numbering(p, num_id, 0)
            if "options" not in q:
                continue
            if st.get("auto_options"):
                for o in q["options"]:
                    p = doc.add_paragraph(o, style="List Paragraph")
                    set_numbering(p, num_id, 1)
            else:
                for line in question_lines(None, dict(item, style=dict(st, ans=None)))[1:]:
                    doc.add_paragraph(line)                         # option lines only
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("参考答案").bold = True
    for line in key:
        doc.add_paragraph(line)
    out = HERE / "paper-auto-numbering.docx"
    save_docx(doc, out, title, replace={"word/numbering.xml": AUTO_NUMBERING_XML})
    return out, title, questions, []


# ---------------------------------------------------------------------------------------------
# 3. table-layout.docx


def paragraph_number(doc, p_element):
    """¶N as the importer counts: every w:p of the body in document order, table cells too."""
    from docx.oxml.ns import qn
    for n, p in enumerate(doc.element.body.iter(qn("w:p")), 1):
        if p is p_element:
            return n
    raise ValueError("paragraph not in body")


def table_layout():
    title = "窗口服务规范题库（表格版）"
    rows1 = [
        ("1", "单选题", Q("single", "“一网通办”中的“网”主要指？", "A",
                       ["政务服务网", "局域网", "广播网", "有线电视网"], "一网通办依托全国一体化政务服务平台。", id="1"),
         "A", "A."),
        ("2", "多选题", Q("multiple", "首问负责制要求首问人员做到：", "ABD", ["不推诿", "一次告知", "随意答复", "主动引导"],
                       "首问人员不得推诿，应一次告知并主动引导。", id="2"), "ABD", "A.br"),
        ("3", "判断题", Q("truefalse", "窗口人员可以因材料不齐拒绝接受咨询。", False,
                       explanation="材料不齐也应解答咨询并一次性告知。", id="3"), "×", None),
        ("4", "填空题", Q("fill", "窗口服务中常与首问负责制、一次性告知制配套实行，要求在规定或承诺时限内办结事项的制度是（  ）制。",
                       ["限时办结"], id="4"), "限时办结", None),
        ("5", "单选", Q("single", "政务服务平台推行统一身份认证，其主要效果是：", "C", [
            "办事时不再需要核实申请人身份", "只能到线下窗口核验身份", "一次认证后，即可在平台接入的各类系统中通行办理",
            "每进入一个部门的系统都需要重新注册账号"], "统一身份认证实现“一次认证、全网通办”。", id="5"), "C", "A、"),
        ("6", "判断", Q("truefalse", "受审分离模式下，由前台受理人员作出最终审批决定。", False, id="6"), "错", None),
        ("7", "多项选择题", Q("multiple", "综合窗口向申请人出具的受理凭证，一般应当载明或具备：", "ABDE", [
            "受理日期", "受理机关的专用印章（或电子印章）", "审批人员的私人联系方式", "受理事项名称",
            "承诺办结时限或进度查询方式"], "私人联系方式不应出现在凭证上。", id="7"), "A,B,D,E", "A．"),
        ("8", "简答题", Q("short", "简述受审分离的含义及前台、后台的基本分工。",
                       "①含义：将受理环节与审批环节分离，由不同岗位承担；\n"
                       "②前台：咨询引导、接收材料、形式审查、受理或一次性告知、出件；\n"
                       "③后台：对材料实质内容进行审查，在时限内作出审批决定。", id="8"), None, None),
        # Deliberate mistake: a single-choice question keyed with two letters.
        ("9", "单选题", Q("single", "申请人网上申请某事项时，需要提供的营业执照信息本部门可以通过政务数据共享获取并核验。"
                               "窗口人员正确的做法是：", "AC", [
            "要求申请人另行提交营业执照复印件", "要求申请人先到发证部门开具证明",
            "通过共享渠道获取并核验，不再要求申请人重复提交", "以材料不全为由退回网上申请"], id="9"),
         "AC", "A."),
        ("10", "填空题", Q("fill", "根据《行政许可法》，申请材料不齐全或者不符合法定形式的，行政机关应当当场或者在五日内"
                                 "（  ）告知申请人需要补正的全部内容。", ["一次", "一次性"], id="10"), "一次｜一次性", None),
    ]
    rows2 = [
        Q("single", "关于“一网通办”与线下窗口服务的关系，下列说法正确的是：", "D", [
            "线上办理的事项，受理标准可以比线下更宽松", "“一网通办”全面推行后，应当撤销全部线下窗口",
            "线下窗口只负责咨询，不再受理任何申请", "线上线下应当融合发展、同一事项同一标准"]),
        Q("single", "某中心推行受审分离后，有群众反映遇到疑难问题时“前台说不清、后台找不到”。最有针对性的解决措施是：",
          "D", ["取消前台受理环节", "恢复审批人员直接坐窗口收件", "让群众自行打电话联系后台审批人员",
                "建立前后台会商和疑难问题反馈机制，并明确后台答复时限"]),
        Q("single", "下列用语中，属于窗口服务忌语的是：", "A", [
            "“这个不归我管，你问别人去。”", "“请您稍等，我马上为您查询。”", "“对不起，让您久等了。”",
            "“请问还有什么可以帮您？”"], prefixed=True),
        Q("single", "两名办事群众排队时发生争执并有推搡迹象，工作人员应当：", "C", [
            "装作没看见，继续办理业务", "加入争论，判断谁对谁错", "及时上前劝阻，将双方分开，通知安保和值班负责人",
            "要求双方都离开大厅"]),
        Q("single", "关于“一网通办”工作中的个人信息保护，下列做法正确的是：", "B", [
            "将群众的联系方式提供给商业机构推送广告", "仅在办理业务必需的范围内收集、使用个人信息",
            "将办件人身份证复印件张贴在公示栏", "使用群众手机号注册与办件无关的账号"]),
    ]

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = new_document(title)
    add_title(doc, title)
    doc.add_paragraph().add_run("一、综合题").bold = True
    header1 = ["序号", "题型", "题干", "选项", "答案", "解析"]
    t1 = doc.add_table(rows=1, cols=len(header1))
    t1.style = "Table Grid"
    for c, h in zip(t1.rows[0].cells, header1):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    questions, diagnostics = [], []
    for no, typ, item, ans, opt_style in rows1:
        q = item["q"]
        cells = t1.add_row().cells
        cells[0].text = no
        cells[1].text = typ
        cells[2].text = q["stem"]
        opts = q.get("options", [])
        if opt_style == "A.br":                   # one paragraph, options after soft line breaks
            cells[3].text = "\n".join(f"{LETTERS[i]}.{o}" for i, o in enumerate(opts))
        elif opts:
            pre = opt_style[1:]
            cells[3].paragraphs[0].text = f"A{pre}{opts[0]}"
            for i, o in enumerate(opts[1:], 1):
                cells[3].add_paragraph(f"{LETTERS[i]}{pre}{o}")
        if q["type"] == "short":
            lines = q["answer"].split("\n")
            cells[4].paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cells[4].add_paragraph(line)
        else:
            cells[4].text = ans
        cells[5].text = q.get("explanation", "")
        if no == "9":
            n = paragraph_number(doc, cells[4].paragraphs[0]._p)
            diagnostics.append(f"¶{n} several-answers-for-single")
        else:
            questions.append(q)
    doc.add_paragraph()
    doc.add_paragraph().add_run("二、单项选择题").bold = True
    header2 = ["题干", "A", "B", "C", "D", "答案"]
    t2 = doc.add_table(rows=1, cols=len(header2))
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, header2):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for item in rows2:
        q = item["q"]
        cells = t2.add_row().cells
        cells[0].text = q["stem"]
        for i, o in enumerate(q["options"]):
            cells[1 + i].text = (LETTERS[i] + "．" + o) if item["style"].get("prefixed") else o
        cells[5].text = q["answer"]
        questions.append(q)
    for t in (t1, t2):
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(9)
    out = HERE / "table-layout.docx"
    save_docx(doc, out, title)
    return out, title, questions, diagnostics


# ---------------------------------------------------------------------------------------------
# Hand-written WordprocessingML packages (WPS, LibreOffice, strange prefix, broken files)

WPS_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
    'mc:Ignorable="w14 w15 wp14"')

LO_NAMESPACES = (
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 wp14 w15"')

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def word_package(document_xml, app_name, title, styles_xml, extra_parts=(), extra_rels=(),
                 custom_xml=None, settings_xml=None):
    """Entries of a minimal but complete .docx around a hand-written document.xml."""
    overrides = [
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    for name, ctype, _, _ in extra_parts:
        overrides.append(("/" + name, ctype))
    if custom_xml:
        overrides.append(("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
    ct = (XML_DECL + f'<Types xmlns="{CT_NS}">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides) + "</Types>")
    rels = [("rId1", RT + "officeDocument", "word/document.xml"),
            ("rId2", RT_CORE, "docProps/core.xml"),
            ("rId3", RT + "extended-properties", "docProps/app.xml")]
    if custom_xml:
        rels.append(("rId4", RT + "custom-properties", "docProps/custom.xml"))
    root_rels = (XML_DECL + f'<Relationships xmlns="{REL_NS}">'
                 + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
                 + "</Relationships>")
    doc_rels_list = [("rId1", RT + "styles", "styles.xml"), ("rId2", RT + "settings", "settings.xml")]
    for k, (name, _, reltype, _) in enumerate(extra_parts, 3):
        doc_rels_list.append((f"rId{k}", reltype, name.split("/", 1)[1]))
    doc_rels_list.extend(extra_rels)
    doc_rels = (XML_DECL + f'<Relationships xmlns="{REL_NS}">'
                + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in doc_rels_list)
                + "</Relationships>")
    app = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Template>Normal.dotm</Template><Pages>1</Pages><Application>{esc(app_name)}</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
    settings = settings_xml or (XML_DECL + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
                                '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
                                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                                'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'
                                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
               ("docProps/app.xml", app), ("docProps/core.xml", core_xml(title))]
    if custom_xml:
        entries.append(("docProps/custom.xml", custom_xml))
    entries += [("word/document.xml", document_xml), ("word/_rels/document.xml.rels", doc_rels),
                ("word/styles.xml", styles_xml), ("word/settings.xml", settings)]
    for name, _, _, body in extra_parts:
        entries.append((name, body))
    return entries


def simple_styles(prefix="w", east_asia="宋体", extra=""):
    w = prefix
    return (XML_DECL + f'<{w}:styles xmlns:{w}="{W_NS}"><{w}:docDefaults><{w}:rPrDefault><{w}:rPr>'
            f'<{w}:rFonts {w}:ascii="Times New Roman" {w}:hAnsi="Times New Roman" {w}:eastAsia="{east_asia}" '
            f'{w}:cs="Times New Roman"/><{w}:sz {w}:val="21"/><{w}:lang {w}:val="en-US" {w}:eastAsia="zh-CN" '
            f'{w}:bidi="ar-SA"/></{w}:rPr></{w}:rPrDefault><{w}:pPrDefault/></{w}:docDefaults>'
            f'<{w}:style {w}:type="paragraph" {w}:default="1" {w}:styleId="Normal"><{w}:name {w}:val="Normal"/>'
            f'<{w}:qFormat/><{w}:pPr><{w}:widowControl {w}:val="0"/><{w}:jc {w}:val="both"/></{w}:pPr></{w}:style>'
            f'<{w}:style {w}:type="character" {w}:default="1" {w}:styleId="DefaultParagraphFont">'
            f'<{w}:name {w}:val="Default Paragraph Font"/><{w}:semiHidden/></{w}:style>'
            f'{extra}</{w}:styles>')


WPS_CUSTOM = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>5E7A3C9D21B04F6A8C1D2E3F4A5B6C7D_12</vt:lpwstr></property></Properties>')

WPS_SECT = ('<{w}:sectPr><{w}:pgSz {w}:w="11906" {w}:h="16838"/><{w}:pgMar {w}:top="1440" {w}:right="1800" '
            '{w}:bottom="1440" {w}:left="1800" {w}:header="851" {w}:footer="992" {w}:gutter="0"/>'
            '<{w}:cols {w}:space="425" {w}:num="1"/><{w}:docGrid {w}:type="lines" {w}:linePitch="312" '
            '{w}:charSpace="0"/></{w}:sectPr>')


class WpsWriter:
    """Paragraphs the way WPS Office writes them, with a configurable prefix for the main namespace."""

    def __init__(self, rng, prefix="w"):
        self.rng = rng
        self.w = prefix
        self.bookmark = 0
        self.parts = []

    def rpr(self, bold=False, color=None, size=None):
        w = self.w
        s = f'<{w}:rPr><{w}:rFonts {w}:hint="eastAsia"/>'
        if bold:
            s += f'<{w}:b/><{w}:bCs/>'
        if color:
            s += f'<{w}:color {w}:val="{color}"/>'
        if size:
            s += f'<{w}:sz {w}:val="{size}"/><{w}:szCs {w}:val="{size}"/>'
        return s + f'<{w}:lang {w}:val="en-US" {w}:eastAsia="zh-CN"/></{w}:rPr>'

    def run(self, text, **fmt):
        w = self.w
        space = ' xml:space="preserve"' if (text != text.strip() or "  " in text) else ""
        return f'<{w}:r>{self.rpr(**fmt)}<{w}:t{space}>{esc(text)}</{w}:t></{w}:r>'

    def para(self, text, jc=None, bold=False, color=None, size=None, proof=True, bookmark=None):
        """One paragraph; the text is split into runs, some of them wrapped in w:proofErr marks."""
        w, rng = self.w, self.rng
        ppr = f'<{w}:pPr>'
        if jc:
            ppr += f'<{w}:jc {w}:val="{jc}"/>'
        ppr += self.rpr(bold=bold, color=color, size=size) + f'</{w}:pPr>'
        pieces = []
        cuts = sorted({rng.randrange(1, len(text)) for _ in range(2)} | forced_cuts(text)) if len(text) > 3 else []
        bounds = [0] + [c for c in cuts if 0 < c < len(text)] + [len(text)]
        segs = [text[a:b] for a, b in zip(bounds, bounds[1:])]
        spell = rng.randrange(len(segs)) if proof and len(segs) > 1 else -1
        for k, seg in enumerate(segs):
            if k == spell:
                pieces.append(f'<{w}:proofErr {w}:type="spellStart"/>')
            if bookmark and k == 1:
                pieces.append(f'<{w}:bookmarkStart {w}:id="{self.bookmark}" {w}:name="{bookmark}"/>')
            pieces.append(self.run(seg, bold=bold, color=color, size=size))
            if bookmark and k == 1:
                pieces.append(f'<{w}:bookmarkEnd {w}:id="{self.bookmark}"/>')
                self.bookmark += 1
            if k == spell:
                pieces.append(f'<{w}:proofErr {w}:type="spellEnd"/>')
        self.parts.append(f'<{w}:p>{ppr}{"".join(pieces)}</{w}:p>')

    def raw(self, xml):
        self.parts.append(xml)

    def body(self):
        return "".join(self.parts) + WPS_SECT.format(w=self.w)


def wps_paper(writer, title, sections, bookmarks=()):
    questions = []
    writer.para(title, jc="center", bold=True, size=32, bookmark="_GoBack")
    count = 0
    for heading, pts, items in sections:
        with_points(pts, items)
        writer.para(heading, bold=True)
        for n, item in enumerate(items, 1):
            count += 1
            questions.append(item["q"])
            for k, line in enumerate(question_lines(n, item)):
                is_answer = k > 0 and re.match(r"答案|解析", line)
                writer.para(line, color="FF0000" if is_answer else None,
                            bookmark=f"_Toc{count:04d}" if k == 0 and count in bookmarks else None)
    return questions


def wps_style_docx():
    title = "政务服务综合窗口办事员岗位练兵测试卷"
    fw = dict(letters=FULL_LETTERS, aletters=FULL_LETTERS, indent="　　")
    sections = [
        ("一、单项选择题（每题2分）", 2, [
            Q("single", "窗口工作人员在岗期间接听私人电话，正确的做法是（　　）。", "B", [
                "边办理业务边长时间通话", "向群众致歉后简短接听或稍后回电，不影响办事", "让群众等候直到通话结束",
                "把业务交给群众自己在系统里操作"], num="１．", **fw),
            Q("single", "群众咨询的事项不属于本窗口职责时，首问责任人应当（　　）。", "C", [
                "告知“不归我管”", "让群众自己去大厅找", "问清诉求，准确指引到承办窗口或部门，必要时主动联系",
                "建议群众改天再来"], num="{n}．", indent="　　"),
            Q("single", "政务服务中心大厅发生火情时，引导群众疏散应当（　　）。", "B", [
                "乘坐电梯迅速下楼", "经最近的安全出口从楼梯有序撤离", "先返回窗口取回个人物品", "在原地等待消防人员"],
              num="{n}．", layout=[2, 2], sep="　　"),
            Q("single", "下列关于电子证照的说法，正确的是（　　）。", "B", [
                "电子证照只能作为参考，不能作为办事依据", "符合要求的电子证照与纸质证照具有同等法律效力",
                "使用电子证照后仍必须提交纸质复印件", "电子证照只能在发证地使用"],
              "电子证照与纸质证照具有同等法律效力，可以作为办事依据。", num="{n}．"),
        ]),
        ("二、多项选择题（每题3分）", 3, [
            Q("multiple", "窗口服务“三声”服务是指（　　）。", "ABC", ["来有迎声", "问有答声", "走有送声", "办有催声"],
              num="{n}．", layout=[4], sep="　　"),
            Q("multiple", "下列属于窗口服务忌语的有（　　）。", "ABD", [
                "“不知道，问别人去。”", "“下班了，明天再来。”", "“请您稍等。”", "“墙上贴着，自己看。”"],
              num="{n}．", asep="、"),
            Q("multiple", "容缺受理中，窗口应当做好的工作有（　　）。", "ABC", [
                "确认所缺材料在容缺清单内", "一次性告知补正期限和逾期后果", "由申请人签署承诺书",
                "不作任何记录以免留下责任"], "容缺受理应核对清单、书面承诺、台账跟踪。", num="{n}．"),
        ]),
        ("三、判断题（每题1分）", 1, [
            Q("truefalse", "窗口工作人员在工作时间可以佩戴工作牌，也可以不佩戴。", False, num="{n}．"),
            Q("truefalse", "对于群众的差评，有关部门应当核实整改并反馈。", True, num="{n}．"),
            Q("truefalse", "容缺受理适用于所有事项的所有材料。", False, explanation="容缺受理限于清单内的非关键性材料。",
              num="{n}．"),
        ]),
        ("四、填空题（每题2分）", 2, [
            Q("fill", "窗口服务“三声”是指来有迎声、问有答声、走有（  ）。", ["送声"], num="{n}．"),
            Q("fill", "“好差评”中，差评要做到核实、整改和（  ）。", ["反馈", "回访"], num="{n}．"),
        ]),
    ]
    writer = WpsWriter(random.Random(7101))
    questions = wps_paper(writer, title, sections, bookmarks=(2, 9))
    document = (XML_DECL + f'<w:document {WPS_NAMESPACES}><w:body>' + writer.body() + '</w:body></w:document>')
    entries = word_package(document, "WPS Office_12.1.0.16120_F1E327BC-269C-435d-A152-05C5408002CA", title,
                           simple_styles(), custom_xml=WPS_CUSTOM)
    out = HERE / "wps-style.docx"
    out.write_bytes(zip_bytes(entries))
    return out, title, questions, []


def strange_prefix_docx():
    """WPS-like markup rewritten by a script (ElementTree style): ns0: for the main namespace,
    and one paragraph in the default namespace."""
    title = "窗口服务规范小测验"
    sections = [
        ("一、单项选择题", None, [
            Q("single", "工作人员在窗口接待群众时，首先应当（　　）。", "B", [
                "低头忙自己的事", "主动起身或点头致意，礼貌问候", "让群众先说明身份", "示意群众排到别的窗口"],
              num="{n}．"),
            Q("single", "办事群众材料不齐时，窗口人员应当（　　）。", "C", [
                "让群众回去自己查", "每次只告知一项", "一次性告知需要补正的全部内容", "拒绝解答任何问题"],
              num="{n}．", default_ns=True),
            Q("single", "“最多跑一次”改革的目标是（　　）。", "A", [
                "申请材料齐全、符合法定受理条件时，从受理申请到形成办理结果全过程只需一次上门或零上门",
                "群众办事一次都不用跑", "所有事项必须到现场办理一次", "窗口每天只受理一次"], num="{n}．"),
            Q("single", "下列做法中，有利于保护办事群众个人信息的是（　　）。", "D", [
                "把身份证复印件随意放在台面上", "用私人微信传输群众材料", "把群众电话告诉推销人员",
                "废弃的含个人信息材料按规定粉碎或销毁"], num="{n}．"),
        ]),
        ("二、判断题", None, [
            Q("truefalse", "窗口工作人员离岗时应当放置“暂停服务”提示牌。", True, num="{n}．", tf=("正确", "错误")),
            Q("truefalse", "群众情绪激动时，窗口人员可以针锋相对，据理力争。", False, num="{n}．", tf=("正确", "错误")),
        ]),
        ("三、填空题", None, [
            Q("fill", "“一件事一次办”要求一表申请、一窗受理、并联审批、（  ）出件。", ["统一"], num="{n}．"),
            Q("fill", "窗口工作人员应当按规定着装，并佩戴（  ）。", ["工作牌", "胸牌"], num="{n}．"),
        ]),
    ]
    writer = WpsWriter(random.Random(7202), prefix="ns0")
    questions = []
    writer.para(title, jc="center", bold=True, size=32)
    for heading, _, items in sections:
        writer.para(heading, bold=True)
        for n, item in enumerate(items, 1):
            questions.append(item["q"])
            lines = question_lines(n, item)
            if item["style"].get("default_ns"):
                writer.raw(f'<p xmlns="{W_NS}"><r><t>{esc(lines[0])}</t></r></p>')
                lines = lines[1:]
            for line in lines:
                writer.para(line)
    document = ("<?xml version='1.0' encoding='UTF-8'?>\n"
                f'<ns0:document xmlns:ns0="{W_NS}" xmlns:ns1="{R_NS}"><ns0:body>' + writer.body()
                + '</ns0:body></ns0:document>')
    entries = word_package(document, "WPS Office_12.1.0.16120", title, simple_styles(), custom_xml=WPS_CUSTOM)
    out = HERE / "strange-prefix.docx"
    out.write_bytes(zip_bytes(entries))
    return out, title, questions, []


LO_RPR = ('<w:rPr><w:rFonts w:ascii="Noto Serif CJK SC" w:hAnsi="Noto Serif CJK SC" '
          'w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/>{extra}<w:lang w:val="zh-CN" '
          'w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr>')

TEXTBOX_TEXT = "密封线内不要答题"


def lo_para(text, num=None, bold=False, jc="left", inner=None):
    """A paragraph the way LibreOffice Writer writes it; `inner` is extra run XML spliced in after the
    first half of the text (for the anchored text box)."""
    ppr = '<w:pPr><w:pStyle w:val="Normal"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += f'<w:bidi w:val="0"/><w:jc w:val="{jc}"/><w:rPr></w:rPr></w:pPr>'
    extra = "<w:b/><w:bCs/>" if bold else ""

    def run(t):
        return f'<w:r>{LO_RPR.format(extra=extra)}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
    if inner:
        half = len(text) // 2
        body = run(text[:half]) + inner + run(text[half:])
    else:
        body = run(text)
    return f'<w:p>{ppr}{body}</w:p>'


def lo_textbox():
    """A text box anchored in a paragraph: DrawingML in mc:Choice, VML in mc:Fallback, same text twice."""
    tb_p = (f'<w:p><w:pPr><w:pStyle w:val="FrameContents"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
            f'<w:r>{LO_RPR.format(extra="")}<w:t xml:space="preserve">{TEXTBOX_TEXT}</w:t></w:r></w:p>')
    return (
        '<w:r><w:rPr></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor behindDoc="0" distT="0" distB="0" distL="0" distR="0" simplePos="0" locked="0" '
        'layoutInCell="0" allowOverlap="1" relativeHeight="2">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>180000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>3600000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="360000" cy="3000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Frame1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="3000000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{tb_p}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr anchor="t" lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:rect style="position:absolute;margin-left:-70pt;margin-top:0pt;width:28.35pt;'
        'height:236.2pt;mso-position-horizontal-relative:page" stroked="f"><v:textbox inset="0in,0in,0in,0in">'
        f'<w:txbxContent>{tb_p}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def lo_numbering():
    fmts = [("decimal", "%1."), ("decimal", "%1."), ("decimal", "%1、"), ("decimal", "（%1）")]
    s = XML_DECL + f'<w:numbering {LO_NAMESPACES}>'
    for k, (fmt, text) in enumerate(fmts, 1):
        s += (f'<w:abstractNum w:abstractNumId="{k}"><w:multiLevelType w:val="singleLevel"/>'
              f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs>'
              '<w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    for k in range(1, len(fmts) + 1):
        s += f'<w:num w:numId="{k}"><w:abstractNumId w:val="{k}"/></w:num>'
    return s + "</w:numbering>"


def libreoffice_style_docx():
    title = "政务服务知识竞赛练习题"
    sections = [
        ("一、单项选择题", 1, [
            Q("single", "政务服务事项办事指南应当向社会（ ）。", "A", ["公开", "保密", "仅对内部公开", "按需口头告知"]),
            Q("single", "下列属于综合窗口“出件”环节工作的是（ ）。", "B", [
                "接收申请材料", "核验领取人身份并发放办理结果", "作出审批决定", "编制办事指南"], textbox=True),
            Q("single", "群众在“好差评”中给出“不满意”评价后，有关部门应当在规定时间内（ ）。", "B", [
                "删除该评价", "核实情况、整改并反馈", "要求群众改为好评", "不予处理"],
              "差评应当核实、整改、反馈，形成闭环。", sdt=True),
            Q("single", "窗口人员在办理业务过程中发现群众提交的材料涉嫌伪造，应当（ ）。", "C", [
                "当场撕毁材料", "不动声色照常受理", "按规定不予受理，保存相关材料并报告负责人", "私下放行"]),
        ]),
        ("二、多项选择题", 2, [
            Q("multiple", "综合窗口人员应当具备的能力有（ ）。", "ABC", [
                "熟悉多领域办事指南", "规范使用业务系统", "良好的沟通能力", "替代后台作出审批"]),
            Q("multiple", "下列属于政务服务“好差评”评价渠道的有（ ）。", "ABCE", [
                "窗口评价器", "政务服务网页面", "移动端扫码评价", "私人关系打招呼", "12345热线"], layout=[3, 2]),
        ]),
        ("三、判断题", 3, [
            Q("truefalse", "政务服务中心应当为老年人保留线下办事渠道。", True, tf=("对", "错")),
            Q("truefalse", "窗口人员可以将群众身份证件长期留存在窗口备查。", False, tf=("对", "错"),
              explanation="证件核验后应当场退还。"),
        ]),
        ("四、填空题", 4, [
            Q("fill", "政务服务中心实行（  ）负责制，群众首先问到的工作人员负责解答或引导。", ["首问"]),
            Q("fill", "对不符合受理条件的申请，窗口应当出具不予受理（  ）并说明理由。", ["通知书", "决定书"]),
        ]),
    ]
    paras = [lo_para(title, bold=True, jc="center")]
    questions = []
    for heading, num_id, items in sections:
        paras.append(lo_para(heading, bold=True))
        for item in items:
            q, st = item["q"], item["style"]
            questions.append(q)
            lines = question_lines(None, dict(item, style=dict(st, pre=".")))
            block = [lo_para(lines[0], num=num_id, inner=lo_textbox() if st.get("textbox") else None)]
            block += [lo_para(line) for line in lines[1:]]
            if st.get("sdt"):
                paras.append('<w:sdt><w:sdtPr><w:alias w:val="第3题"/><w:tag w:val="q-1-3"/><w:id w:val="1450283617"/>'
                             '<w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>' + "".join(block)
                             + '</w:sdtContent></w:sdt>')
            else:
                paras.extend(block)
    sect = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" '
            'w:right="1134" w:gutter="0" w:header="0" w:top="1134" w:footer="0" w:bottom="1134"/>'
            '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/>'
            '<w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    document = (XML_DECL + f'<w:document {LO_NAMESPACES}><w:body>' + "".join(paras) + sect
                + '</w:body></w:document>')
    styles = simple_styles(east_asia="Noto Serif CJK SC", extra=(
        '<w:style w:type="paragraph" w:styleId="FrameContents"><w:name w:val="Frame Contents"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/></w:style>'))
    numbering = ("word/numbering.xml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                 RT + "numbering", lo_numbering())
    entries = word_package(document, "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1",
                           title, styles, extra_parts=[numbering])
    out = HERE / "libreoffice-style.docx"
    out.write_bytes(zip_bytes(entries))
    return out, title, questions, []


# ---------------------------------------------------------------------------------------------
# 5. two-sheets.xlsx (openpyxl)


def two_sheets_xlsx():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    header = ["编号", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "难度"]
    singles = [
        # Deliberate mistake: key E with options A–D, literally in 单选!G3.
        ("DX-001", "窗口人员受理时发现缺少一份非关键性材料，申请人书面承诺限期补齐，且该材料在容缺清单内。窗口人员可以：",
         ["不予受理", "容缺受理", "让申请人补齐后再来", "先受理后不再要求补齐"], "E", "容缺受理适用于清单内的非关键性材料。", 2),
        ("DX-002", "“一网通办”中的“网”主要指？", ["政务服务网", "局域网", "广播网", "有线电视网"], "A",
         "一网通办依托全国一体化政务服务平台。", 1),
        ("DX-003", "综合窗口出件时，由他人代领的，应当核验：", ["代领人的手机号", "授权委托书及代领人身份证件",
                                                "申请人的户口本", "无需核验"], "B", None, 2),
        ("DX-004", "“一件事一次办”的核心要求是：", ["一表申请、一窗受理、并联审批、统一出件", "每个部门分别受理",
                                        "群众多次提交材料", "取消审批"], "A", None, 2),
        ("DX-005", "下列关于“好差评”的说法，错误的是：", ["评价应当自愿", "可以诱导群众给好评", "差评应当核实整改",
                                          "评价结果可纳入考核"], "B", "严禁诱导、强迫、代替群众评价。", 2),
        ("DX-006", "根据《行政许可法》，行政许可的一般办理期限为自受理之日起：", ["十日", "十五日", "二十日", "三十日"],
         "C", "一般为二十日，经批准可延长十日。", 3),
        ("DX-007", "窗口人员发现业务系统故障无法受理时，应当：", ["让群众自行离开", "向群众说明情况、致歉，启动应急预案或登记后续办理",
                                              "关闭窗口不作解释", "让群众明天再来排队"], "B", None, 1),
        ("DX-008", "“受审分离”中的“审”是指：", ["审批", "审计", "审阅", "审美"], "A", None, 1),
    ]
    judges = [
        ("PD-001", "推进政务数据共享，可以减少群众办事时重复提交的材料。", True, "部门共享数据后可直接调取核验。", 1),
        ("PD-002", "综合窗口人员受理申请后，可以代替审批部门作出行政许可决定。", False, None, 1),
        ("PD-003", "受审分离有助于减少申请人与审批人员的直接接触。", "√", None, 2),
        ("PD-004", "为方便下次办理，窗口人员可以记录群众的政务服务网账号和密码。", "×", "账号密码属于个人信息。", 1),
        ("PD-005", "申请材料中存在可以当场更正的错误时，应当允许申请人当场更正。", "对", None, 2),
        ("PD-006", "行政机关受理行政许可申请，只需口头告知申请人，不必出具书面凭证。", "错", None, 3),
        ("PD-007", "对差评，有关部门应当核实情况，属实的及时整改并向评价人反馈。", True, None, 2),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "单选"
    ws.append(["2024年题库"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(header)
    questions, diagnostics = [], []
    for row, (qid, stem, opts, ans, exp, diff) in enumerate(singles, 3):
        ws.append([qid, stem, *opts, ans, exp, diff])
        if ans not in LETTERS[:len(opts)]:
            cell = f"G{row}"
            assert ws[cell].value == ans
            diagnostics.append(f"单选!{cell} answer-not-in-options")
            continue
        q = {"id": qid, "type": "single", "stem": stem, "options": opts, "answer": ans, "difficulty": diff}
        if exp:
            q["explanation"] = exp
        questions.append(q)
    ws2 = wb.create_sheet("判断")
    ws2.append(header)
    tf = {True: True, False: False, "√": True, "×": False, "对": True, "错": False}
    for qid, stem, ans, exp, diff in judges:
        ws2.append([qid, stem, None, None, None, None, ans, exp, diff])
        q = {"id": qid, "type": "truefalse", "stem": stem, "answer": tf[ans], "difficulty": diff}
        if exp:
            q["explanation"] = exp
        questions.append(q)
    for sheet in (ws, ws2):
        sheet.column_dimensions["B"].width = 60
        for col in "CDEF":
            sheet.column_dimensions[col].width = 24
        sheet.column_dimensions["H"].width = 30
    ws.freeze_panes = "A3"
    ws2.freeze_panes = "A2"
    wb.properties.creator = "出题组"
    buf = io.BytesIO()
    wb.save(buf)
    out = HERE / "two-sheets.xlsx"
    out.write_bytes(with_shared_strings(buf.getvalue()))
    return out, "two-sheets", questions, diagnostics


def with_shared_strings(data):
    """openpyxl 3.1 writes every string inline; Excel writes a shared-string table. Move the strings
    of every worksheet into xl/sharedStrings.xml the way Excel does (first use, first index)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    sheets = sorted(n for n in src.namelist() if n.startswith("xl/worksheets/sheet"))
    table, index, uses = [], {}, 0
    cell = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is>(<t(?: xml:space="preserve")?>.*?</t>)</is></c>')

    def shared(m):
        nonlocal uses
        si = m.group(3)
        if si not in index:
            index[si] = len(table)
            table.append(si)
        uses += 1
        return f'<c {m.group(1)}t="s"{m.group(2)}><v>{index[si]}</v></c>'
    def utf8(xml):     # openpyxl writes non-ASCII text as &#NNNN; references, Excel as UTF-8
        return re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) >= 0x80 else m.group(0), xml)
    replace = {n: cell.sub(shared, utf8(src.read(n).decode("utf-8"))) for n in sheets}
    sst = (XML_DECL + f'<sst xmlns="{X_NS}" count="{uses}" uniqueCount="{len(table)}">'
           + "".join(f"<si>{t}</si>" for t in table) + "</sst>")
    ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    edit = {
        "[Content_Types].xml": lambda t: t.replace(
            "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ctype}"/></Types>'),
        "xl/_rels/workbook.xml.rels": lambda t: t.replace(
            "</Relationships>", f'<Relationship Id="rIdSst" Type="{RT}sharedStrings" '
                                'Target="sharedStrings.xml"/></Relationships>'),
    }
    replace["docProps/core.xml"] = core_xml()
    return rezip(data, replace, edit, add=[("xl/sharedStrings.xml", sst)])


# ---------------------------------------------------------------------------------------------
# 6. wps-style.xlsx (hand-written SpreadsheetML)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def wps_style_xlsx():
    en_header = ["id", "type", "stem", "option A", "option B", "option C", "option D", "answer", "explanation",
                 "difficulty"]
    sheet1 = [
        ("E-001", "single", "下列关于窗口服务时间的说法，正确的是：", ["可以随意提前下班", "应当按公布的时间提供服务，延时服务按规定执行",
                                                        "午休时间一律不接待", "节假日必须全天开放"], "b", None, "easy"),
        ("E-002", "multiple", "综合窗口“全科”受理要求窗口人员：", ["熟悉多领域事项受理标准", "能判断材料是否齐全", "只办理本部门事项",
                                                    "熟练使用业务系统"], "A,B,D", "“全科”即一窗受理多领域事项。", "medium"),
        ("E-003", "true/false", "窗口人员受理申请后，应当向申请人出具受理凭证。", [], "T", None, "easy"),
        ("E-004", "fill", "“好差评”评价等级中最低一级为（  ）。", [], "非常不满意", None, "medium"),      # row without r
        ("E-005", "short", "简述窗口人员处理群众投诉的基本步骤。", [],
         "①耐心倾听、记录诉求；\n②核实情况；\n③依规处理并答复；\n④跟踪回访。", None, "hard"),
        ("E-006", "单选题", "政务服务中心的“帮办代办”服务应当：", ["收取代办费用", "免费提供，不替代审批", "推荐收费中介", "代替申请人签字"],
         "B", None, "medium"),
    ]
    no_r_row = 5            # sheet row (1-based) whose cells carry no r attributes
    zh_header = ["题号", "题目类型", "题目内容", "A", "B", "C", "D", "正确答案", "答案解析", "难易度"]
    sheet2 = [
        ("T-01", "单选", [("窗口人员应当使用规范的服务用语，下列属于", {}), ("文明用语", {"b": True, "rph": "ブンメイヨウゴ"}),
                        ("的是：", {})],
         ["“您好，请问办理什么业务？”", "“没看见我正忙着吗？”", "“自己看墙上的说明。”", "“快点，后面还有人。”"], "A", None, 1),
        ("T-02", "多选", "群众办事遇到“办不成”的问题时，可以通过下列渠道反映：",
         ["“办不成事”反映窗口", "12345政务服务便民热线", "政务服务“好差评”", "向窗口人员私下送礼"], "ABC", None, 2),
        ("T-03", "判断", [("“一件事一次办”", {"color": "FFFF0000"}), ("要求一表申请、一窗受理。", {})], [], "√",
         "一表申请、一窗受理、并联审批、统一出件。", 1),
        ("T-04", "填空", "政务服务中心窗口应当公示办事指南、办理时限和（  ）等信息。", [], "收费标准|收费依据", None, 2),
        ("T-05", "论述", "结合实际，论述综合窗口如何做到“无差别受理”。", [],
         "评分要点：统一受理标准；全科培训；前后台衔接；用好“好差评”持续改进。", None, 3),
    ]
    type_map = {"single": "single", "单选题": "single", "单选": "single", "multiple": "multiple", "多选": "multiple",
                "true/false": "truefalse", "判断": "truefalse", "fill": "fill", "填空": "fill", "short": "short",
                "论述": "essay"}
    diff_map = {"easy": 1, "medium": 2, "hard": 3, 1: 1, 2: 2, 3: 3}

    def answer_value(t, a):
        if t in ("single", "multiple"):
            return "".join(c for c in a.upper() if c in LETTERS)
        if t == "truefalse":
            return a in ("T", "√", "对")
        if t == "fill":
            return a.split("|")
        return a

    questions = []
    for qid, typ, stem, opts, ans, exp, diff in sheet1 + sheet2:
        t = type_map[typ]
        stem_text = stem if isinstance(stem, str) else "".join(s for s, _ in stem)
        q = {"id": qid, "type": t, "stem": stem_text}
        if opts:
            q["options"] = opts
        q["answer"] = answer_value(t, ans)
        q["difficulty"] = diff_map[diff]
        if exp:
            q["explanation"] = exp
        questions.append(q)

    def t_elem(text):
        space = ' xml:space="preserve"' if ("\n" in text or text != text.strip()) else ""
        return f"<t{space}>{esc(text)}</t>"

    def inline(ref, text):
        r = f' r="{ref}"' if ref else ""
        return f'<c{r} t="inlineStr"><is>{t_elem(text)}</is></c>'

    ws_open = (XML_DECL + f'<worksheet xmlns="{X_NS}" xmlns:r="{R_NS}" '
               'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">')

    # Sheet1: inline strings, English headers; one row without r attributes.
    rows = []
    table = [en_header] + [[qid, typ, stem, *(opts + [""] * (4 - len(opts))), ans, exp or "", diff]
                           for qid, typ, stem, opts, ans, exp, diff in sheet1]
    for r, values in enumerate(table, 1):
        cells = []
        for c, v in enumerate(values):
            ref = None if r == no_r_row else f"{col_name(c)}{r}"
            if v == "":
                cells.append(f'<c r="{ref}"/>' if ref else "<c/>")
            else:
                cells.append(inline(ref, v))
        spans = "" if r == no_r_row else ' spans="1:10"'
        rows.append(f'<row r="{r}"{spans}>' + "".join(cells) + "</row>")
    sheet1_xml = (ws_open + '<sheetPr/><dimension ref="A1:J7"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
                  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                  '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><cols><col min="3" max="3" width="50" '
                  'customWidth="1"/></cols><sheetData>' + "".join(rows) + '</sheetData>'
                  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B200">'
                  '<formula1>lists!$A$1:$A$6</formula1></dataValidation></dataValidations>'
                  '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>')

    # Sheet 题库二: shared strings, some of them rich text with a phonetic run.
    sst, sst_index = [], {}

    def shared(value):
        key = json.dumps(value, ensure_ascii=False)
        if key not in sst_index:
            sst_index[key] = len(sst)
            if isinstance(value, str):
                sst.append(f"<si>{t_elem(value)}</si>")
            else:
                runs, phon = "", ""
                pos = 0
                for text, fmt in value:
                    rpr = "<rPr>"
                    if fmt.get("b"):
                        rpr += "<b/>"
                    rpr += '<sz val="11"/>'
                    if fmt.get("color"):
                        rpr += f'<color rgb="{fmt["color"]}"/>'
                    rpr += '<rFont val="宋体"/><charset val="134"/></rPr>'
                    runs += f"<r>{rpr}{t_elem(text)}</r>"
                    if fmt.get("rph"):
                        phon += f'<rPh sb="{pos}" eb="{pos + len(text)}"><t>{esc(fmt["rph"])}</t></rPh>'
                    pos += len(text)
                if phon:
                    phon += '<phoneticPr fontId="1" type="noConversion"/>'
                sst.append(f"<si>{runs}{phon}</si>")
        return sst_index[key]

    rows = []
    table = [zh_header] + [[qid, typ, stem, *(opts + [None] * (4 - len(opts))), ans, exp, diff]
                           for qid, typ, stem, opts, ans, exp, diff in sheet2]
    for r, values in enumerate(table, 1):
        cells = []
        for c, v in enumerate(values):
            ref = f"{col_name(c)}{r}"
            if v is None:
                continue
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(v)}</v></c>')
        rows.append(f'<row r="{r}" spans="1:10">' + "".join(cells) + "</row>")
    sheet2_xml = (ws_open + '<sheetPr/><dimension ref="A1:J6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                  '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><sheetData>' + "".join(rows)
                  + '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
                  '</worksheet>')
    sst_count = sum(1 for values in table for v in values if v is not None and not isinstance(v, int))
    sst_xml = (XML_DECL + f'<sst xmlns="{X_NS}" count="{sst_count}" uniqueCount="{len(sst)}">' + "".join(sst) + "</sst>")

    # Hidden sheet: the drop-down lists, no header row.
    lists = [["single", "easy"], ["multiple", "medium"], ["true/false", "hard"], ["fill", None], ["short", None],
             ["essay", None]]
    rows = []
    for r, values in enumerate(lists, 1):
        cells = "".join(inline(f"{col_name(c)}{r}", v) for c, v in enumerate(values) if v)
        rows.append(f'<row r="{r}">{cells}</row>')
    sheet3_xml = (ws_open + '<sheetPr/><dimension ref="A1:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                  '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><sheetData>' + "".join(rows)
                  + '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
                  '</worksheet>')

    workbook = (XML_DECL + f'<workbook xmlns="{X_NS}" xmlns:r="{R_NS}"><fileVersion appName="xl"/><workbookPr/>'
                '<bookViews><workbookView windowWidth="28800" windowHeight="12540"/></bookViews><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="题库二" sheetId="2" r:id="rId2"/>'
                '<sheet name="lists" sheetId="3" state="hidden" r:id="rId3"/></sheets>'
                '<calcPr calcId="144525"/></workbook>')
    styles = (XML_DECL + f'<styleSheet xmlns="{X_NS}"><fonts count="2"><font><sz val="11"/><color theme="1"/>'
              '<name val="宋体"/><charset val="134"/><scheme val="minor"/></font><font><sz val="9"/><name val="宋体"/>'
              '<charset val="134"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/>'
              '</fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>'
              '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" '
              'fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    wb_rels = (XML_DECL + f'<Relationships xmlns="{REL_NS}">'
               f'<Relationship Id="rId1" Type="{RT}worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{RT}worksheet" Target="worksheets/sheet2.xml"/>'
               f'<Relationship Id="rId3" Type="{RT}worksheet" Target="worksheets/sheet3.xml"/>'
               f'<Relationship Id="rId4" Type="{RT}styles" Target="styles.xml"/>'
               f'<Relationship Id="rId5" Type="{RT}sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    entries = xlsx_package(workbook, wb_rels, styles,
                           [("xl/worksheets/sheet1.xml", sheet1_xml), ("xl/worksheets/sheet2.xml", sheet2_xml),
                            ("xl/worksheets/sheet3.xml", sheet3_xml)],
                           shared_strings=sst_xml, app_name="WPS 表格", custom_xml=WPS_CUSTOM)
    out = HERE / "wps-style.xlsx"
    out.write_bytes(zip_bytes(entries))
    return out, "wps-style", questions, []


def xlsx_package(workbook, wb_rels, styles, sheets, shared_strings=None, app_name="Microsoft Excel",
                 custom_xml=None):
    sheet_ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                 ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    overrides += [("/" + name, sheet_ct) for name, _ in sheets]
    if shared_strings:
        overrides.append(("/xl/sharedStrings.xml",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
    if custom_xml:
        overrides.append(("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
    ct = (XML_DECL + f'<Types xmlns="{CT_NS}">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides) + "</Types>")
    rels = [("rId1", RT + "officeDocument", "xl/workbook.xml"), ("rId2", RT_CORE, "docProps/core.xml"),
            ("rId3", RT + "extended-properties", "docProps/app.xml")]
    if custom_xml:
        rels.append(("rId4", RT + "custom-properties", "docProps/custom.xml"))
    root_rels = (XML_DECL + f'<Relationships xmlns="{REL_NS}">'
                 + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels) + "</Relationships>")
    app = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Application>{esc(app_name)}</Application><DocSecurity>0</DocSecurity></Properties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("docProps/app.xml", app),
               ("docProps/core.xml", core_xml())]
    if custom_xml:
        entries.append(("docProps/custom.xml", custom_xml))
    entries += [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles)]
    if shared_strings:
        entries.append(("xl/sharedStrings.xml", shared_strings))
    return entries + list(sheets)


# ---------------------------------------------------------------------------------------------
# 7. Text papers


def text_paper(title, sections, key=()):
    """Lines of a plain-text paper: title, blank line, sections, then the answer key if any."""
    lines = [title, ""]
    questions = []
    for heading, pts, items in sections:
        with_points(pts, items)
        lines.append(heading)
        for n, item in enumerate(items, 1):
            questions.append(item["q"])
            lines.extend(question_lines(n, item))
            if item["style"].get("blank_after"):
                lines.append("")
    if key:
        lines.append("")
        lines.extend(key)
    return lines, questions


def paper_gb18030():
    title = "政务服务综合窗口办事员理论知识试卷（样卷）"
    b = dict(num="{n}.", pre=".", blank_after=True)
    sections = [
        ("一、单项选择题（每题2分，共4题）", 2, [
            Q("single", "申请人姓名中含有生僻字“𠇔”，业务系统暂时无法录入时，窗口人员正确的做法是（　）。", "C", [
                "要求申请人改用同音字重新办理身份证", "让申请人自行想办法",
                "按规定使用系统提供的生僻字录入方式或报告技术支持，不得随意替换", "拒绝办理"],
              "生僻字应通过规范的录入或造字方式处理，不能让群众改名或随意替换。", **b),
            Q("single", "下列关于窗口工作人员着装的说法，正确的是（　）。", "B", [
                "可以穿拖鞋上岗", "按规定统一着装，保持整洁", "夏季可穿背心", "着装与服务质量无关"], **b),
            Q("single", "群众来电咨询时，窗口人员接听电话应当（　）。", "B", [
                "铃响多声后再接", "及时接听，使用“您好”等文明用语并自报单位", "只说“喂，什么事”",
                "让群众打其他电话"], **b),
            Q("single", "对于“跨省通办”事项，收件地窗口的主要职责是（　）。", "D", [
                "作出审批决定", "告知群众只能到办理地申请", "收取代办费用", "按办理地标准收件、审查形式并规范流转"], **b),
        ]),
        ("二、多项选择题（每题3分，共2题）", 3, [
            Q("multiple", "窗口服务中“一次性告知”的要求包括（　）。", "ABC", ["告知全部内容", "一次讲清", "书面告知",
                                                             "分批告知"], layout=[4], **b),
            Q("multiple", "下列属于政务服务事项办事指南基本要素的有（　）。", "ABD", ["受理条件", "申请材料",
                                                                "经办人家庭住址", "办理时限"], layout=[2, 2], **b),
        ]),
        ("三、判断题（每题1分，共3题）", 1, [
            Q("truefalse", "窗口人员可以使用个人手机拍摄群众证件留存。", False, **b),
            Q("truefalse", "“一网通办”需要依托统一身份认证。", True, **b),
            Q("truefalse", "办事群众有权对窗口服务进行评价。", True, **b),
        ]),
        ("四、填空题（每题2分，共1题）", 2, [
            Q("fill", "申请材料存在可以当场更正的错误的，应当允许申请人（  ）更正。", ["当场"], **b),
        ]),
    ]
    lines, questions = text_paper(title, sections)
    # a page line between option B and option C of question 3, and one at the end
    q3 = lines.index("3." + sections[0][2][2]["q"]["stem"])
    lines[q3 + 3:q3 + 3] = ["", "第1页 共2页", ""]
    lines += ["", "第2页 共2页"]
    out = HERE / "paper-gb18030.txt"
    out.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return out, title, questions, []


def paper_utf16():
    title = "窗口服务礼仪测试题"
    k = dict(num="{n}.", pre=".", ans=None)
    sections = [
        ("一、单项选择题", None, [
            Q("single", "窗口工作人员与群众交谈时，应当（ ）。", "A", ["目光注视对方，面带微笑", "边玩手机边交谈", "背对群众",
                                                        "大声训斥"], **k),
            Q("single", "递送材料时，正确的方式是（ ）。", "B", ["随手扔给对方", "双手递送，文字正面朝向对方", "从窗口上方抛过去",
                                                 "放在台面让对方自取"], layout=[2, 2], sep="\t", **k),
            Q("single", "群众对办理结果不满意并大声抱怨时，窗口人员首先应当（ ）。", "A", ["保持冷静，耐心倾听并安抚情绪",
                                                                  "立即叫保安", "与其争吵", "离开窗口"], **k),
            Q("single", "窗口人员因故需要暂时离开岗位时，应当（ ）。", "B", ["直接离开", "放置暂停服务提示牌并向等候群众说明",
                                                       "让群众帮忙看管", "关闭电脑后不作说明"], layout=[2, 2], sep="\t", **k),
        ]),
        ("二、判断题", None, [
            Q("truefalse", "对听不懂普通话的群众，窗口人员可以使用当地方言沟通。", True, **k),
            Q("truefalse", "窗口工作人员在岗时可以吃零食，只要不影响办事。", False, **k),
            Q("truefalse", "对行动不便的群众，可以提供绿色通道或上门服务。", True, **k),
            Q("truefalse", "群众询问与本窗口无关的事项时，可以直接回答“不知道”。", False, **k),
        ]),
    ]
    key = ["参考答案", "一、单项选择题：1.A 2.B 3.A 4.B", "二、判断题：1.√ 2.× 3.√ 4.×"]
    lines, questions = text_paper(title, sections, key)
    out = HERE / "paper-utf16.txt"
    out.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return out, title, questions, []


def paper_utf8_bom():
    title = "综合窗口业务技能练习（第三套）"
    sections = [
        ("一、单选题", None, [
            Q("single", "行政许可需要行政机关内设的多个机构办理的，该行政机关应当确定（ ）机构统一受理行政许可申请。", "A",
              ["一个", "两个", "三个", "所有"], num="{n}．", layout=[4], sep="\t"),
            Q("single", "“好差评”中的“差评”应当做到（ ）。", "C", ["置之不理", "要求撤销", "核实、整改、反馈", "删除"],
              num="{n}、", pre="、", layout=[2, 2], sep="\t"),
        ]),
        ("二、多选题", None, [
            Q("multiple", "下列属于受审分离配套机制的有（ ）", "ABC", [
                "前后台沟通会商机制", "受理标准清单", "办理时限监督和超时预警", "审批人员与申请人私下联系机制"],
              "私下联系违背了受审分离的初衷。", num="{n}．", ans="【答案】{a}", exp="【解析】{e}"),
        ]),
        ("三、判断题", None, [
            Q("truefalse", "能通过政务数据共享获取的信息，不应再要求申请人重复提交。", True, num="{n}．", tf=("正确", "错误")),
            Q("truefalse", "综合窗口可以代替审批部门作出行政许可决定。", False, num="{n}．", tf=("正确", "错误")),
        ]),
        ("四、填空题", None, [
            Q("fill", "“一窗受理”模式一般概括为“前台综合受理、后台分类审批、（  ）窗口出件”。", ["统一", "综合"], num="{n}．"),
        ]),
        ("五、简答题", None, [
            Q("short", "简述“一窗受理”模式的基本流程。",
              "①综合窗口统一收件，审查材料是否齐全、是否符合法定形式；\n②符合要求的依法受理并出具受理凭证，不符合的一次性告知；\n"
              "③材料流转后台，由相关部门分类审批；\n④审批结果由统一窗口出件或按约定送达。", num="{n}．"),
        ]),
        ("六、论述题（每题20分）", 20, [
            Q("essay", "请结合实际，论述如何落实一次性告知制度。",
              "①说明一次性告知的含义和法律依据（约30%）；\n②提出细化材料清单、书面告知、网上预审等措施（约50%）；\n"
              "③联系实际、条理清楚（约20%）。", num="{n}．", ref="评分要点："),
        ]),
    ]
    lines, questions = text_paper(title, sections)
    out = HERE / "paper-utf8-bom.txt"
    out.write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))
    return out, title, questions, []


# ---------------------------------------------------------------------------------------------
# 8. Broken files


def broken_files():
    made = []
    # truncated: the first 60% of a real docx (local headers present, central directory missing)
    real = (HERE / "paper-split-runs.docx").read_bytes()
    out = HERE / "truncated.docx"
    out.write_bytes(real[:len(real) * 6 // 10])
    made.append((out, "truncated"))

    out = HERE / "not-a-zip.docx"
    out.write_bytes("这是一个改了扩展名的文本文件，不是 Word 文档。\r\n1．“一网通办”的核心含义是什么？\r\n"
                    "答案：B\r\n".encode("utf-8"))
    made.append((out, "not-a-zip"))

    # an Office 97–2003 compound file renamed to .docx: OLE2 header, then junk
    rng = random.Random(9703)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
              + bytes.fromhex("0600000000000000") + bytes.fromhex("00000000010000000100000000000000")
              + bytes.fromhex("00100000FEFFFFFF00000000FEFFFFFF00000000"))
    header += b"\xff" * (512 - len(header))
    body = rng.randbytes(1536) + "Microsoft Word 97-2003 文档".encode("utf-16-le") + rng.randbytes(512)
    out = HERE / "old-word.docx"
    out.write_bytes(header + body)
    made.append((out, "old-office-format"))

    # a document.xml with a DOCTYPE declaring entities (internal expansion and an external file)
    doc = (XML_DECL + '<!DOCTYPE w:document [\n'
           '  <!ENTITY c "政务服务">\n'
           '  <!ENTITY c2 "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">\n'
           '  <!ENTITY c3 "&c2;&c2;&c2;&c2;&c2;&c2;&c2;&c2;&c2;&c2;">\n'
           '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
           ']>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>'
           '<w:p><w:r><w:t>一、单选题</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>1．&c3;的核心是什么？（ ）</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>A．&xxe;</w:t></w:r></w:p><w:p><w:r><w:t>B．一网通办</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>答案：B</w:t></w:r></w:p></w:body></w:document>')
    out = HERE / "doctype.docx"
    out.write_bytes(zip_bytes(word_package(doc, "Microsoft Office Word", "doctype", simple_styles())))
    made.append((out, "doctype"))

    # document.xml nested 10,000 elements deep (w:sdt / w:sdtContent pairs)
    depth = 10_000
    pairs = depth // 2
    doc = (XML_DECL + f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt><w:sdtContent>" * pairs
           + '<w:p><w:r><w:t>1．最里面的一道题？（ ）</w:t></w:r></w:p>' + "</w:sdtContent></w:sdt>" * pairs
           + '</w:body></w:document>')
    out = HERE / "deep-nesting.docx"
    out.write_bytes(zip_bytes(word_package(doc, "Microsoft Office Word", "deep-nesting", simple_styles())))
    made.append((out, "too-deep"))

    # zip bomb: a worksheet that inflates to 300 MB ("0" digits inside one <v>), deflated at level 9
    out = HERE / "zip-bomb.xlsx"
    write_zip_bomb(out)
    made.append((out, "zip-bomb"))
    return made


def write_zip_bomb(path):
    workbook = (XML_DECL + f'<workbook xmlns="{X_NS}" xmlns:r="{R_NS}"><sheets>'
                '<sheet name="单选" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = (XML_DECL + f'<Relationships xmlns="{REL_NS}">'
               f'<Relationship Id="rId1" Type="{RT}worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{RT}styles" Target="styles.xml"/></Relationships>')
    styles = (XML_DECL + f'<styleSheet xmlns="{X_NS}"><fonts count="1"><font><sz val="11"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    head = (XML_DECL + f'<worksheet xmlns="{X_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c>'
            '</row><row r="2"><c r="A2"><v>').encode("utf-8")
    tail = b"</v></c></row></sheetData></worksheet>"
    fill = BOMB_INFLATED - len(head) - len(tail)
    sheet = "xl/worksheets/sheet1.xml"
    entries = xlsx_package(workbook, wb_rels, styles, [(sheet, "")])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            if name != sheet:
                zf.writestr(zi, data, compresslevel=9)
                continue
            zi._compresslevel = 9
            zi.file_size = BOMB_INFLATED
            with zf.open(zi, "w") as w:
                w.write(head)
                chunk = b"0" * (1 << 20)
                left = fill
                while left:
                    n = min(left, len(chunk))
                    w.write(chunk[:n])
                    left -= n
                w.write(tail)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# Checks


CHOICE_PREFIX = re.compile(r"^[A-HＡ-Ｈ][．.、:：]")
ITEM_NUMBER = re.compile(r"^\s*(?:[0-9０-９]+[．.、]|[（(][0-9０-９]+[)）])")
KNOWN_CODES = {
    "unreadable-file", "bad-encoding", "empty-file", "no-questions", "json-syntax", "bank-not-object",
    "missing-questions", "question-not-object", "wrong-type", "unknown-field", "duplicate-key", "unknown-format",
    "unterminated-quote", "text-after-quote", "missing-column", "unknown-column", "duplicate-column", "extra-cells",
    "missing-id", "duplicate-id", "missing-type", "unknown-type", "missing-stem", "duplicate-stem",
    "fill-without-blank", "too-few-options", "too-many-options", "empty-option", "duplicate-option",
    "options-not-allowed", "missing-answer", "missing-reference", "bad-choice-answer", "answer-not-in-options",
    "several-answers-for-single", "one-answer-for-multiple", "repeated-answer-letter", "bad-truefalse-answer",
    "empty-fill-answer", "fill-answer-separator", "bad-difficulty", "missing-difficulty", "bad-points"}
ERROR_KINDS = {"not-a-zip", "old-office-format", "doctype", "zip-bomb", "truncated", "too-deep"}
# Text that is in the files but must never reach a question (headers, footers, comments, text boxes, page lines).
NEVER_IN_QUESTIONS = ["内部资料", "此题选项请再核对", TEXTBOX_TEXT, "第1页", "第2页", "2024年题库", "参考答案：", "姓名："]


def check_bank(path, bank, problems):
    where = path.name

    def bad(msg):
        problems.append(f"{where}: {msg}")
    if list(bank) != ["format", "title", "language", "questions"]:
        bad(f"top-level keys {list(bank)}")
    if bank.get("format") != "quiz-bank/1" or bank.get("language") != "zh-CN":
        bad("format/language")
    if not isinstance(bank.get("title"), str) or not bank["title"].strip():
        bad("empty title")
    qs = bank.get("questions")
    if not isinstance(qs, list) or not qs:
        bad("no questions")
        return
    ids, stems = set(), set()
    for i, q in enumerate(qs, 1):
        w = f"question {i}"
        if not isinstance(q, dict):
            bad(f"{w} not an object")
            continue
        extra = set(q) - set(KEY_ORDER)
        if extra:
            bad(f"{w}: unknown keys {extra}")
        if list(q) != [k for k in KEY_ORDER if k in q]:
            bad(f"{w}: key order {list(q)}")
        t = q.get("type")
        if t not in TYPES:
            bad(f"{w}: type {t!r}")
            continue
        stem = q.get("stem")
        if not isinstance(stem, str) or not stem.strip() or stem != stem.strip():
            bad(f"{w}: stem {stem!r}")
            continue
        if ITEM_NUMBER.match(stem):
            bad(f"{w}: stem keeps its item number: {stem[:12]}")
        if stem in stems:
            bad(f"{w}: duplicate stem")
        stems.add(stem)
        if "id" in q:
            if not isinstance(q["id"], str) or not q["id"] or q["id"] in ids:
                bad(f"{w}: id {q['id']!r}")
            ids.add(q["id"])
        opts = q.get("options")
        a = q.get("answer")
        if t in ("single", "multiple"):
            if not isinstance(opts, list) or not 2 <= len(opts) <= 8:
                bad(f"{w}: options {opts!r}")
                continue
            for o in opts:
                if not isinstance(o, str) or not o.strip() or o != o.strip() or CHOICE_PREFIX.match(o):
                    bad(f"{w}: option {o!r}")
            if len(set(opts)) != len(opts):
                bad(f"{w}: duplicate option")
            allowed = LETTERS[:len(opts)]
            if not isinstance(a, str) or not a or any(c not in allowed for c in a):
                bad(f"{w}: answer {a!r} not within {allowed}")
            elif a != "".join(sorted(set(a))):
                bad(f"{w}: answer {a!r} not in canonical letter order")
            elif t == "single" and len(a) != 1:
                bad(f"{w}: single with answer {a!r}")
            elif t == "multiple" and len(a) < 2:
                bad(f"{w}: multiple with one answer")
        else:
            if opts is not None:
                bad(f"{w}: options on a {t} question")
            if t == "truefalse" and not isinstance(a, bool):
                bad(f"{w}: truefalse answer {a!r}")
            if t == "fill":
                if (not isinstance(a, list) or not a
                        or any(not isinstance(x, str) or not x.strip() or "|" in x or "｜" in x for x in a)):
                    bad(f"{w}: fill answer {a!r}")
                if "（  ）" not in stem and "____" not in stem:
                    bad(f"{w}: fill stem without a blank")
            if t in ("short", "essay") and (not isinstance(a, str) or not a.strip()):
                bad(f"{w}: reference answer {a!r}")
        if "difficulty" in q and q["difficulty"] not in (1, 2, 3):
            bad(f"{w}: difficulty {q['difficulty']!r}")
        if "points" in q and (not isinstance(q["points"], int) or isinstance(q["points"], bool) or q["points"] < 1):
            bad(f"{w}: points {q['points']!r}")
        if "explanation" in q and (not isinstance(q["explanation"], str) or not q["explanation"].strip()):
            bad(f"{w}: explanation {q.get('explanation')!r}")
        for field in ("stem", "options", "answer", "explanation"):
            text = json.dumps(q.get(field), ensure_ascii=False)
            for never in NEVER_IN_QUESTIONS:
                if never in text:
                    bad(f"{w}: {field} contains {never!r}")


def squash(text):
    return re.sub(r"\s+", "", text)


def source_text(path):
    """Everything a reader could see in the file, whitespace removed (for the 'stems are there' check)."""
    if path.suffix == ".txt":
        raw = path.read_bytes()
        if raw.startswith(b"\xff\xfe"):
            text = raw[2:].decode("utf-16-le")
        elif raw.startswith(b"\xef\xbb\xbf"):
            text = raw[3:].decode("utf-8")
        else:
            text = raw.decode("gb18030")
        return squash(text)
    z = zipfile.ZipFile(path)
    parts = []
    for name in z.namelist():
        if name.endswith(".xml") and (name.startswith("word/document") or name.startswith("xl/")):
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", "", xml)
            xml = re.sub(r"<mc:AlternateContent>.*?</mc:AlternateContent>", "", xml, flags=re.S)
            parts += re.findall(r"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</(?:\w+:)?t>", xml)
    text = "".join(parts)
    for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        text = text.replace(a, b)
    return squash(text)


def check(paths_banks, broken):
    import docx
    import openpyxl
    problems = []
    for path in sorted(HERE.iterdir()):
        if path.name.startswith(".") or path.suffix in (".py", ".md"):
            continue
        limit = MAX_BOMB_SIZE if path.name == "zip-bomb.xlsx" else MAX_SIZE
        if path.stat().st_size >= limit:
            problems.append(f"{path.name}: {path.stat().st_size} bytes (limit {limit})")
    for path in paths_banks:
        expected = path.with_name(path.name + ".expected.json")
        try:
            bank = json.loads(expected.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            problems.append(f"{expected.name}: {e}")
            continue
        check_bank(expected, bank, problems)
        if path.suffix in (".docx", ".xlsx"):
            from lxml import etree
            z = zipfile.ZipFile(path)
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    try:
                        etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
                    except etree.XMLSyntaxError as e:
                        problems.append(f"{path.name}: {name} is not well-formed: {e}")
        if path.suffix == ".docx":
            try:
                d = docx.Document(str(path))
                _ = [p.text for p in d.paragraphs]
            except Exception as e:                                    # noqa: BLE001
                problems.append(f"{path.name}: python-docx cannot open it: {e}")
        elif path.suffix == ".xlsx":
            try:
                wb = openpyxl.load_workbook(str(path))
                for ws in wb.worksheets:
                    _ = [c.value for row in ws.iter_rows() for c in row]
            except Exception as e:                                    # noqa: BLE001
                problems.append(f"{path.name}: openpyxl cannot open it: {e}")
        if path.name == "paper-gb18030.txt":
            try:
                path.read_bytes().decode("utf-8")
                problems.append("paper-gb18030.txt: decodes as UTF-8, so it does not test GB18030 detection")
            except UnicodeDecodeError:
                pass
        text = source_text(path)
        for i, q in enumerate(bank.get("questions", []), 1):
            pieces = [q.get("stem", "")] + q.get("options", [])
            if isinstance(q.get("explanation"), str):
                pieces.append(q["explanation"])
            for piece in pieces:
                if squash(piece) not in text:
                    problems.append(f"{path.name}: question {i}: {piece[:20]!r} is not in the file")
        diag = path.with_name(path.name + ".expected-diagnostics.txt")
        if diag.exists():
            for line in diag.read_text(encoding="utf-8").splitlines():
                m = re.fullmatch(r"(\S+) ([a-z-]+)", line)
                if not m or m.group(2) not in KNOWN_CODES:
                    problems.append(f"{diag.name}: bad line {line!r}")
    # the located mistakes are where the diagnostics say
    wb = openpyxl.load_workbook(str(HERE / "two-sheets.xlsx"))
    if wb["单选"]["G2"].value != "答案" or wb["单选"]["G3"].value != "E":
        problems.append("two-sheets.xlsx: 单选!G3 is not the wrong key E under 答案")
    d = docx.Document(str(HERE / "table-layout.docx"))
    from docx.oxml.ns import qn
    line = (HERE / "table-layout.docx.expected-diagnostics.txt").read_text(encoding="utf-8").split()[0]
    n = int(line.lstrip("¶"))
    p = list(d.element.body.iter(qn("w:p")))[n - 1]
    if "".join(t.text or "" for t in p.iter(qn("w:t"))) != "AC":
        problems.append("table-layout.docx: the diagnostic paragraph is not the AC key")
    # broken files are broken in the intended way
    for path, kind in broken:
        err = path.with_name(path.name + ".expected-error.txt")
        if not err.exists() or err.read_text(encoding="utf-8").strip() != kind or kind not in ERROR_KINDS:
            problems.append(f"{err.name}: missing or not {kind!r}")
        raw = path.read_bytes()
        def entry(name):
            return zipfile.ZipFile(path).read(name) if zipfile.is_zipfile(path) else b""
        ok = {
            "truncated": lambda: raw.startswith(b"PK\x03\x04") and b"PK\x05\x06" not in raw,
            "not-a-zip": lambda: not zipfile.is_zipfile(path) and not raw.startswith(b"PK"),
            "old-office-format": lambda: raw.startswith(bytes.fromhex("D0CF11E0A1B11AE1")),
            "doctype": lambda: b"<!DOCTYPE" in entry("word/document.xml"),
            "too-deep": lambda: entry("word/document.xml").count(b"<w:sdt>") >= 5000,
            "zip-bomb": lambda: zipfile.is_zipfile(path)
            and max(i.file_size for i in zipfile.ZipFile(path).infolist()) >= BOMB_INFLATED,
        }[kind]()
        if not ok:
            problems.append(f"{path.name}: not broken as {kind}")
    if (HERE / "zip-bomb.xlsx").exists():
        zi = zipfile.ZipFile(HERE / "zip-bomb.xlsx").getinfo("xl/worksheets/sheet1.xml")
        if zi.file_size != BOMB_INFLATED:
            problems.append("zip-bomb.xlsx: the sheet does not inflate to 300 MB")
    return problems


BUILDERS = [paper_split_runs, paper_auto_numbering, table_layout, wps_style_docx, strange_prefix_docx,
            libreoffice_style_docx, two_sheets_xlsx, wps_style_xlsx, paper_gb18030, paper_utf16, paper_utf8_bom]
BANK_FILES = ["paper-split-runs.docx", "paper-auto-numbering.docx", "table-layout.docx", "wps-style.docx",
              "strange-prefix.docx", "libreoffice-style.docx", "two-sheets.xlsx", "wps-style.xlsx",
              "paper-gb18030.txt", "paper-utf16.txt", "paper-utf8-bom.txt"]
BROKEN_FILES = [("truncated.docx", "truncated"), ("not-a-zip.docx", "not-a-zip"),
                ("old-word.docx", "old-office-format"), ("doctype.docx", "doctype"),
                ("deep-nesting.docx", "too-deep"), ("zip-bomb.xlsx", "zip-bomb")]


def generate():
    for build in BUILDERS:
        path, title, questions, diagnostics = build()
        path.with_name(path.name + ".expected.json").write_text(bank_json(title, questions), encoding="utf-8")
        diag = path.with_name(path.name + ".expected-diagnostics.txt")
        if diagnostics:
            diag.write_text("\n".join(diagnostics) + "\n", encoding="utf-8")
        elif diag.exists():
            diag.unlink()
    for path, kind in broken_files():
        path.with_name(path.name + ".expected-error.txt").write_text(kind + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    ap.add_argument("--sums", action="store_true", help="print sha256 sums of the fixtures")
    args = ap.parse_args()
    if not args.check:
        generate()
    problems = check([HERE / n for n in BANK_FILES], [(HERE / n, k) for n, k in BROKEN_FILES])
    for p in problems:
        print("problem:", p, file=sys.stderr)
    if args.sums or not problems:
        for path in sorted(HERE.iterdir()):
            if path.is_file() and path.suffix not in (".py", ".md"):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                if args.sums:
                    print(f"{digest}  {path.name}")
    if problems:
        sys.exit(1)
    print(f"ok: {len(BANK_FILES)} bank files, {len(BROKEN_FILES)} broken files checked", file=sys.stderr)


if __name__ == "__main__":
    main()
