// The words of the exam pages (candidate /exam and proctor /exam/proctor) in each language: data
// and small formatting functions, no DOM. Chinese first; `?lang=en` gives English.

export const EXAM_TEXTS = {
  "zh-CN": {
    pageTitle: "理论考试",
    candidateNumber: "准考证号",
    token: "登录口令",
    enter: "进入考试",
    loginHint: "准考证号和登录口令印在准考证上，请如实输入。",
    missingLogin: "请输入准考证号和登录口令。",
    entryClosedRetry: "可在监考老师允许迟到入场后再次点击“进入考试”。",
    connecting: "正在连接…",
    online: "已连接",
    offline: "连接中断，正在重连…答案将在恢复后自动保存",
    remaining: "剩余时间",
    submit: "交卷",
    navigator: "答题卡",
    answeredOf: (n, total) => `已答 ${n} / ${total}`,
    legendAnswered: "已答",
    legendUnanswered: "未答",
    legendUnsaved: "未保存",
    sectionHead: (index, name, count, points) => `${chineseNumber(index)}、${name}（共 ${count} 题，${points} 分）`,
    points: p => `${p} 分`,
    truth: { yes: "正确", no: "错误" },
    blank: n => `第 ${n} 空`,
    charCount: n => `已输入 ${n} 字`,
    saved: at => `已保存 ${at}`,
    saving: "正在保存…",
    unsaved: "未保存",
    notAnswered: "未作答",
    waiting: at => `考试尚未开始，开始时间 ${at}。请耐心等待。`,
    timeUp: "考试时间到，正在收卷…",
    submitted: at => `已交卷（${at}）。你的答案已全部保存，请按监考老师的指示离场。`,
    closed: "考试时间到，已收卷。已保存的答案均已提交。",
    warning: "距考试结束不足 5 分钟，请检查答案。",
    confirmTitle: "确认交卷",
    confirmAll: "所有题目均已作答。",
    confirmUnanswered: n => `还有 ${n} 题未作答：`,
    confirmUnsaved: n => `有 ${n} 题的答案尚未保存，交卷前会再保存一次。`,
    confirmNote: "交卷后不能再修改答案。",
    confirmYes: "确认交卷",
    confirmNo: "继续作答",
    submitting: "正在交卷…",
    submitLost: "连接中断，交卷未完成，请稍后再试。",
    status: { absent: "未登录", absentLate: "缺考", answering: "作答中", submitted: "已交卷", closed: "已收卷" },
  },
  en: {
    pageTitle: "Written exam",
    candidateNumber: "Admission number",
    token: "Login code",
    enter: "Start the exam",
    loginHint: "Your admission number and login code are printed on your admission slip.",
    missingLogin: "Enter your admission number and login code.",
    entryClosedRetry: "Press “Start the exam” again once a proctor has admitted you late.",
    connecting: "Connecting…",
    online: "Connected",
    offline: "Offline, reconnecting… answers are saved once the connection is back",
    remaining: "Time left",
    submit: "Hand in",
    navigator: "Answer sheet",
    answeredOf: (n, total) => `${n} of ${total} answered`,
    legendAnswered: "Answered",
    legendUnanswered: "Not answered",
    legendUnsaved: "Not saved",
    sectionHead: (index, name, count, points) => `${index}. ${name} (${count} questions, ${points} points)`,
    points: p => `${p} pt${p === 1 ? "" : "s"}`,
    truth: { yes: "True", no: "False" },
    blank: n => `Blank ${n}`,
    charCount: n => `${n} characters`,
    saved: at => `Saved ${at}`,
    saving: "Saving…",
    unsaved: "Not saved",
    notAnswered: "Not answered",
    waiting: at => `The exam has not started yet; it starts at ${at}.`,
    timeUp: "Time is up, collecting the paper…",
    submitted: at => `Handed in (${at}). Every answer is saved; follow the proctor's instructions to leave.`,
    closed: "Time is up and the paper has been collected. Every saved answer counts.",
    warning: "Less than 5 minutes left: check your answers.",
    confirmTitle: "Hand in the paper",
    confirmAll: "Every question is answered.",
    confirmUnanswered: n => `${n} question${n === 1 ? " is" : "s are"} not answered:`,
    confirmUnsaved: n => `${n} answer${n === 1 ? " is" : "s are"} not saved yet; they are saved again first.`,
    confirmNote: "Answers cannot be changed after handing in.",
    confirmYes: "Hand in",
    confirmNo: "Keep answering",
    submitting: "Handing in…",
    submitLost: "The connection dropped before the paper was handed in; try again.",
    status: { absent: "Not in", absentLate: "Absent", answering: "Answering", submitted: "Handed in", closed: "Collected" },
  },
};

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二: section numbers on a Chinese paper. */
export function chineseNumber(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
  return String(n);
}

/** The words for the page's language ("en" or "zh-CN"). */
export function examTexts(lang) {
  return EXAM_TEXTS[lang] || EXAM_TEXTS["zh-CN"];
}
