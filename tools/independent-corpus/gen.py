#!/usr/bin/env python3
"""Independent synthetic complaint corpus generator (consumer-finance complaint triage).
Usage: python3 gen.py --seed N --complaints 4500 --out DIR
Standard library only. Deterministic for a seed."""
import argparse, json, os, random
from datetime import datetime, timedelta, timezone, date

TZ = timezone(timedelta(hours=8))

LENDER_FULL = "安盈消费金融有限公司"
LENDER_SHORT = ["安盈消金", "安盈消费金融", "安盈"]
APP_NAMES = ["安盈借款", "安盈借款APP", "安盈花", "安盈app"]
HOTLINE_NO = "400-860-3939"
PRODUCTS = {  # product code -> (weight, names used in text)
    "cash-loan": (55, ["安盈随借", "随借随还", "现金贷", "借款"]),
    "instalment": (20, ["安盈分期", "分期贷", "分期借款"]),
    "revolving-credit": (15, ["安盈花", "信用付", "循环额度"]),
    "merchant-instalment": (10, ["商户分期", "教育分期", "医美分期", "手机分期"]),
}

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]

def chance(rng, p):
    return rng.random() < p

def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

# ---------------------------------------------------------------- people
SURNAMES = ("王" * 8 + "李" * 8 + "张" * 7 + "刘" * 6 + "陈" * 5 + "杨" * 3 + "黄" * 3 + "赵" * 3 + "吴" * 2 + "周" * 2 +
            "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛"]
G_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰志东海兵亮成翔晨博文锋坤威庆德福贵生荣乐松柏毅"
G_F = "芳娜敏静丽艳娟霞秀玲桂英红燕梅琳洁婷雪慧颖倩萍佳琴蓉丹月莉欣怡璐瑶晶露妍梦思雨欢楠悦凤兰翠菊"
G_N = "子宏春云晓小一雅嘉新家金玉振立泽天俊书晴安永"

AREAS = [  # code, city, province-ish
    ("110105", "北京"), ("110108", "北京"), ("120104", "天津"), ("130102", "石家庄"), ("130602", "保定"),
    ("140105", "太原"), ("150102", "呼和浩特"), ("210102", "沈阳"), ("210204", "大连"), ("220102", "长春"),
    ("230103", "哈尔滨"), ("310104", "上海"), ("310115", "上海"), ("320102", "南京"), ("320505", "苏州"),
    ("320311", "徐州"), ("330106", "杭州"), ("330203", "宁波"), ("330382", "温州"), ("340104", "合肥"),
    ("341202", "阜阳"), ("350203", "厦门"), ("350102", "福州"), ("360102", "南昌"), ("360702", "赣州"),
    ("370102", "济南"), ("370202", "青岛"), ("371302", "临沂"), ("410105", "郑州"), ("411302", "南阳"),
    ("411502", "信阳"), ("420106", "武汉"), ("421002", "荆州"), ("430104", "长沙"), ("431102", "永州"),
    ("440106", "广州"), ("440304", "深圳"), ("440305", "深圳"), ("441900", "东莞"), ("445202", "揭阳"),
    ("450103", "南宁"), ("452402", "贺州"), ("460106", "海口"), ("500103", "重庆"), ("500234", "重庆"),
    ("510107", "成都"), ("511302", "南充"), ("520102", "贵阳"), ("522401", "毕节"), ("530102", "昆明"),
    ("610113", "西安"), ("620102", "兰州"), ("640104", "银川"), ("650102", "乌鲁木齐"), ("430521", "邵阳"),
]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]

def make_id(rng, area, birth, male):
    seq = rng.randrange(0, 100) * 10 + (pick(rng, [1, 3, 5, 7, 9]) if male else pick(rng, [0, 2, 4, 6, 8]))
    s17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
    return s17 + id_check(s17)

MOBILE_PFX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
              "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
              "186", "187", "188", "189", "191", "193", "195", "198", "199"]

class Ids:
    """Issues unique random identifiers for one corpus."""
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def uniq(self, f):
        while True:
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v

    def phone(self):
        r = self.rng
        return self.uniq(lambda: pick(r, MOBILE_PFX) + "".join(str(r.randrange(10)) for _ in range(8)))

    def landline(self):
        r = self.rng
        return self.uniq(lambda: pick(r, ["010", "021", "020", "0755", "0571", "027", "028", "0731", "0371"]) +
                         pick(r, ["-", "", "-"]) + str(r.randrange(2, 9)) + "".join(str(r.randrange(10)) for _ in range(7)))

    def device(self):
        r = self.rng
        return self.uniq(lambda: "dev-" + "%016x" % r.getrandbits(64))

    def webfp(self):
        r = self.rng
        return self.uniq(lambda: "web-" + "%012x" % r.getrandbits(48))

    def ip(self, kind="home"):
        r = self.rng
        if kind == "mobile":
            pf = pick(r, ["117.136", "223.104", "39.144", "112.97", "111.55", "120.229", "106.39"])
        else:
            pf = pick(r, ["36.112", "113.87", "183.14", "58.240", "61.140", "114.246", "222.90", "125.118", "59.172",
                          "182.148", "171.88", "27.38", "101.88", "60.12", "218.75", "124.64", "180.160", "14.23"])
        return self.uniq(lambda: "%s.%d.%d" % (pf, r.randrange(0, 256), r.randrange(1, 255)))

    def customer(self):
        r = self.rng
        return self.uniq(lambda: "C%09d" % r.randrange(10 ** 8, 10 ** 9))

    def email(self, name_hint=None):
        r = self.rng
        def f():
            if chance(r, 0.45):
                return "%d@qq.com" % r.randrange(10 ** 6, 4 * 10 ** 9)
            h = "".join(pick(r, "abcdefghijklmnopqrstuvwxyz") for _ in range(r.randrange(3, 8)))
            if chance(r, 0.7):
                h += str(r.randrange(1, 9999))
            return h + pick(r, ["@163.com", "@126.com", "@sina.com", "@foxmail.com", "@139.com", "@outlook.com"])
        return self.uniq(f)

    def wechat(self):
        r = self.rng
        def f():
            base = "".join(pick(r, "abcdefghijklmnopqrstuvwxyz") for _ in range(r.randrange(2, 6)))
            return pick(r, ["", "fw", "zw", "xy", "hx", "ls", "kf"]) + base + str(r.randrange(10, 99999))
        return self.uniq(f)


def gen_name(rng, male=None, surname=None):
    if male is None:
        male = chance(rng, 0.55)
    sn = surname or (pick(rng, COMPOUND) if chance(rng, 0.01) else pick(rng, SURNAMES))
    pool = (G_M if male else G_F) + G_N
    n = 1 if chance(rng, 0.22) else 2
    return sn + "".join(pick(rng, pool) for _ in range(n))


class Person:
    pass


def make_person(rng, ids, pid, male=None, age=None, area=None, surname=None, student=False):
    p = Person()
    p.pid = pid
    p.male = chance(rng, 0.58) if male is None else male
    p.name = gen_name(rng, p.male, surname)
    if age is None:
        age = rng.randrange(19, 23) if student else int(min(64, max(20, rng.gauss(33, 8))))
    p.age = age
    p.area, p.city = area or pick(rng, AREAS)
    by = 2025 - age
    p.birth = date(by, 1, 1) + timedelta(days=rng.randrange(0, 365))
    p.idn = make_id(rng, p.area, p.birth, p.male)
    p.phone = ids.phone()
    p.cid = ids.customer()
    p.email = ids.email() if chance(rng, 0.5) else None
    p.device = ids.device()
    p.webfp = ids.webfp()
    p.home_ip = ids.ip("home")
    p.ip_mode = "home"
    p.student = student
    p.product = wpick(rng, [(k, v[0]) for k, v in PRODUCTS.items()])
    p.amount = round(rng.choice([rng.uniform(2000, 20000), rng.uniform(3000, 60000), rng.uniform(20000, 200000)]) / 100) * 100
    if student:
        p.amount = round(rng.uniform(1500, 12000) / 100) * 100
    p.job = pick(rng, ["工厂上班", "送外卖", "开网约车", "在超市当收银员", "做销售", "在工地干活", "开了个小饭馆", "做电商",
                        "在物流公司", "当保安", "做美甲", "在医院当护工", "跑快递", "做装修", "在培训机构上班", "开服装店",
                        "在餐馆当服务员", "做会计", "在4S店上班", "当老师", "在酒店上班", "做自媒体", "打零工"])
    if student:
        p.job = "在读大学生"
    return p

# ---------------------------------------------------------------- formatting helpers
def fmt_money(rng, x, style=None):
    style = style or rng.randrange(6)
    if x >= 10000 and style == 5:
        w = x / 10000.0
        return ("%.1f万" % w).replace(".0万", "万")
    if style == 0:
        return "%d元" % round(x)
    if style == 1:
        return "%.2f元" % x
    if style == 2:
        return "{:,.2f}元".format(x)
    if style == 3:
        return "%d块" % round(x)
    return "%d元" % round(x)

def fmt_date(rng, d, style=None):
    style = rng.randrange(7) if style is None else style
    if style == 0:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 1:
        return "%d月%d号" % (d.month, d.day)
    if style == 2:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if style == 3:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    if style == 4:
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    return "%d月%d日" % (d.month, d.day)

CN_NUM = "零一二三四五六七八九十"
def cn_num(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return str(n)

HALF = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
TYPOS = [("已经", "以经"), ("再次", "在次"), ("账户", "帐户"), ("逾期", "预期"), ("投诉", "投述"), ("骚扰", "搔扰"),
         ("身份证", "身分证"), ("联系人", "连系人"), ("截图", "接图"), ("根本", "跟本"), ("记录", "纪录"),
         ("即使", "既使"), ("按时", "安时"), ("利息", "利习"), ("莫名其妙", "莫明其妙"), ("一直", "一值"),
         ("的时候", "得时候"), ("再也", "在也"), ("账单", "帐单"), ("催收", "摧收"), ("客服", "客腹"), ("还款", "还宽")]

def stylize(rng, text, punct=None, typo=0.0):
    """punctuation style: full, half, mixed, space, sparse"""
    punct = punct or wpick(rng, [("full", 60), ("half", 10), ("mixed", 15), ("space", 7), ("sparse", 8)])
    if typo > 0:
        for a, b in TYPOS:
            if a in text and chance(rng, typo):
                text = text.replace(a, b, 1)
    if punct == "half":
        for a, b in HALF.items():
            text = text.replace(a, b)
    elif punct == "mixed":
        out = []
        for ch in text:
            if ch in HALF and chance(rng, 0.4):
                out.append(HALF[ch])
            else:
                out.append(ch)
        text = "".join(out)
    elif punct == "space":
        text = text.replace("，", " ").replace("。", " ").replace("；", " ")
    elif punct == "sparse":
        out = []
        for ch in text:
            if ch == "，" and chance(rng, 0.5):
                continue
            if ch == "。" and chance(rng, 0.3):
                out.append("，")
                continue
            out.append(ch)
        text = "".join(out)
    if chance(rng, 0.05):
        text = text.replace("！", "！！！", 1)
    if chance(rng, 0.04):
        text = text.rstrip("。") + "。。。"
    return text

def sub_tokens(rng, text, persp):
    """persp: first | third-desk | third-reg"""
    if persp == "first":
        rep = {"<I>": lambda: pick(rng, ["我", "我", "我", "本人"]), "<MY>": lambda: pick(rng, ["我的", "我", "我的"]),
               "<ME>": lambda: "我", "<CO>": lambda: pick(rng, ["你们", "贵司", "你们公司", "贵公司", "安盈", "你们平台"])}
    elif persp == "third-desk":
        rep = {"<I>": lambda: pick(rng, ["客户", "客户", "其"]), "<MY>": lambda: pick(rng, ["其", "客户"]),
               "<ME>": lambda: pick(rng, ["客户", "其"]), "<CO>": lambda: "我司"}
    else:
        rep = {"<I>": lambda: pick(rng, ["消费者", "投诉人", "其"]), "<MY>": lambda: pick(rng, ["其", "消费者"]),
               "<ME>": lambda: pick(rng, ["其", "消费者"]), "<CO>": lambda: pick(rng, ["该公司", "该机构", "安盈消金"])}
    for tok, f in rep.items():
        while tok in text:
            text = text.replace(tok, f(), 1)
    if persp != "first":
        text = text.replace("本人", "客户" if persp == "third-desk" else "消费者")
        text = text.replace("其其", "其").replace("客户客户", "客户")
    return text

# ---------------------------------------------------------------- honest scenario banks
# Sentences use tokens <I> <MY> <ME> <CO>; a leading "~" marks a first-person-only sentence (feelings, rhetoric).
MINOR_REASON = ["工资晚发了几天", "换了手机号没收到还款提醒", "那几天住院做手术", "绑定的银行卡被冻结了", "出差忘了",
                "卡里余额差了几十块钱扣款失败", "公司拖欠工资", "家里老人去世回老家处理后事", "孩子生病住院花了不少钱"]
RELS = ["我妈", "我爸", "我老婆", "我老公", "我姐", "我弟", "我单位领导", "我同事", "我大学同学", "我前同事", "我岳母",
        "我婆婆", "我房东", "我公司的客户", "我表哥", "我舅舅", "我80多岁的奶奶"]

def _rel(rng):
    return pick(rng, RELS)

def _callnum(rng):
    return pick(rng, ["尾号%04d的号码" % rng.randrange(10000), "%s开头的号码" % pick(rng, ["0571", "021", "0755", "95", "170", "171", "028", "0371", "167"]),
                      "不同的号码", "好几个陌生号码", "虚拟号段", "%s****%04d" % (pick(rng, MOBILE_PFX), rng.randrange(10000))])

def _collector(rng):
    sn = pick(rng, SURNAMES)
    return pick(rng, ["一个自称姓%s的" % sn, "自称%s经理的" % sn, "一个工号%d的催收员" % rng.randrange(1000, 99999),
                      "自称是%s法务部的人" % pick(rng, ["你们", "安盈", "贵司"]), "一个说话很冲的男的", "一个女的",
                      "自称是委外律所的", "自称是“调解中心”的人"])

def sc_collection(rng, c):
    amt = fmt_money(rng, c.p.amount * rng.uniform(0.05, 0.3))
    od = rng.randrange(1, 40)
    d1 = fmt_date(rng, c.ago(rng.randrange(2, 25)))
    f, fe, dm = [], [], []
    sub = rng.randrange(6)
    if sub == 5 and not c.no_wrong:
        c.not_customer = True
        other = gen_name(rng)
        f.append(pick(rng, ["<I>根本不是<CO>的客户，也从来没在<CO>借过钱。", "<I>不认识什么%s，也没有在<CO>办过任何贷款。" % other,
                            "<I>这个手机号是%d年新办的，之前是谁用的<I>不知道。" % rng.randrange(2018, 2025)]))
        f.append(pick(rng, ["从%s开始，每天都有人打<MY>电话找一个叫%s的人，说他在<CO>欠款逾期了。" % (d1, other),
                            "最近一个月一直接到催收电话，让<I>转告%s还钱，<I>说打错了对方还不信。" % other,
                            "<I>已经跟对方说了不下十次打错了，对方还是照打，还说<I>是在包庇%s。" % other]))
        fe.append(pick(rng, ["~我招谁惹谁了？", "~凭什么别人欠钱要骚扰我？", "~天天被当成老赖的亲戚，太憋屈了。"]))
        dm.append(pick(rng, ["请<CO>把<MY>号码从%s的联系人里删掉，不要再打了" % other, "立即停止拨打<MY>电话",
                             "核实<CO>是怎么拿到<MY>号码的"]))
        return f, fe, dm, "非本人借款被催收"
    f.append(pick(rng, ["<I>在<CO>有一笔%s的借款，%s那一期因为%s，晚还了%d天。" % (fmt_money(rng, c.p.amount), d1, pick(rng, MINOR_REASON), od),
                        "<I>%s借的钱，一直按时还的，这个月因为%s逾期了%d天，欠%s。" % (c.loanword(), pick(rng, MINOR_REASON), od, amt),
                        "本人在<CO>的借款目前逾期%d天，金额%s。" % (od, amt),
                        "<I>承认这期是逾期了，原因是%s。" % pick(rng, MINOR_REASON)]))
    if sub in (0, 1):
        r1, r2 = _rel(rng), _rel(rng)
        f.append(pick(rng, ["结果从%s开始，催收就开始打%s和%s的电话，" % (d1, r1, r2),
                            "逾期第%d天，%s就接到%s打来的电话，" % (rng.randrange(1, 6), r1, _collector(rng)),
                            "没想到催收直接打到%s那里去了，" % r1]) +
                 pick(rng, ["说<I>%s。" % pick(rng, ["欠钱不还是老赖", "涉嫌诈骗", "要被起诉坐牢", "卷钱跑路了"]),
                            "让他们转告<ME>赶紧还钱，否则后果自负。", "一天打了好几次。", "还发短信说要上门。"]))
        f.append(pick(rng, ["%s年纪大了，接到电话吓得一晚上没睡着。" % pick(rng, ["我妈", "我爸", "我奶奶"]),
                            "领导专门找<I>谈话，现在整个部门都知道了。", "%s以为<I>在外面欠了高利贷，跟<I>大吵了一架。" % pick(rng, ["我老婆", "我老公", "家里人"]),
                            "<I>从来没有把%s的号码填作联系人，不知道<CO>是怎么拿到的。" % r1,
                            "我通讯录里的%s也收到了短信，内容非常难听。" % r2]))
    elif sub == 2:
        f.append(pick(rng, ["%s打电话来，张口就骂，说话非常难听，还说知道<I>住哪里。" % _collector(rng),
                            "催收人员在电话里威胁<ME>说“再不还就去你老家找你父母”。",
                            "对方说已经把<MY>资料交给“当地的兄弟”了，让<ME>小心点。",
                            "%s说要去<MY>单位闹，让<I>“社死”。" % _collector(rng)]))
        f.append(pick(rng, ["电话是%s打来的，<I>都录音了。" % _callnum(rng), "<I>有录音，随时可以提供。",
                            "当时<I>在上班，周围同事都听到了。", "通话时间是%s下午三点多。" % d1]))
    elif sub == 3:
        f.append(pick(rng, ["从早上七点多到晚上十点，每天打二三十个电话，%s轮番打。" % _callnum(rng),
                            "%s一天之内打了<I>%d个电话，半夜十二点还在打。" % (d1, rng.randrange(12, 60)),
                            "<I>跟催收说了%s发工资就还，对方不听，继续狂打。" % fmt_date(rng, c.ahead(rng.randrange(2, 12)), 1),
                            "电话不接就发短信，短信不回就打<MY>紧急联系人。"]))
        f.append(pick(rng, ["<I>上班根本没法接，手机一直在响。", "<I>只能把手机静音，结果耽误了工作上的电话。",
                            "孩子在家写作业，电话一直响，孩子都问我是不是出什么事了。", "已经严重影响正常生活了。"]))
    else:
        f.append(pick(rng, ["<I>收到一条短信，说是“%s”，说<I>的案件已经%s。" % (pick(rng, ["律师函", "立案通知", "诉前调解通知", "执行告知书"]), pick(rng, ["移交法院", "进入司法程序", "准备上门核实"])),
                            "短信里写着“%s前不处理将上门走访，并通知村委会”。" % fmt_date(rng, c.ahead(3), 1),
                            "有人冒充法院给<I>打电话，说<I>已经被起诉了，让<I>马上转账到一个个人账户。"]))
        f.append(pick(rng, ["<I>去查了根本没有立案，这不是吓唬人吗？", "<I>不知道这是不是<CO>授权的，问客服客服也说不清楚。",
                            "这种短信<MY>家里人也收到了。"]))
    fe.append(pick(rng, ["~我承认逾期是我不对，但你们不能这样搞。", "~欠钱还钱天经地义，我也没说不还。",
                         "~真的太过分了，我都快崩溃了。", "~请问这是正规公司该有的做法吗？", "~我现在一听到电话响就心慌。",
                         "~你们这样和高利贷有什么区别？"]))
    dm.append(pick(rng, ["请<CO>立即停止骚扰<MY>家人和同事", "要求查处相关催收人员并给<ME>一个说法", "要求<CO>书面道歉",
                         "希望<CO>规范催收，只联系<I>本人", "请告诉<ME>是谁把<MY>信息给了这些人"]))
    if chance(rng, 0.4):
        dm.append(pick(rng, ["欠的钱<I>会在%s前还清" % fmt_date(rng, c.ahead(rng.randrange(3, 20)), 1), "<I>会按约定还款",
                             "<I>可以先还一部分"]))
    return f, fe, dm, pick(rng, ["暴力催收", "催收骚扰家人", "催收威胁", "频繁催收"])


def sc_fees(rng, c):
    f, fe, dm = [], [], []
    amt = c.p.amount
    sub = rng.randrange(5)
    f.append(pick(rng, ["<I>%s在<CO>借了%s，分%d期。" % (c.loanword(), fmt_money(rng, amt), pick(rng, [6, 12, 12, 24, 36])),
                        "%s<I>通过%s申请了一笔%s的借款。" % (fmt_date(rng, c.ago(rng.randrange(60, 500))), pick(rng, APP_NAMES), fmt_money(rng, amt)),
                        "本人于%s在<CO>办理借款%s。" % (fmt_date(rng, c.ago(rng.randrange(60, 500)), 0), fmt_money(rng, amt))]))
    if sub == 0:
        g = amt * rng.uniform(0.03, 0.12)
        f.append(pick(rng, ["借的时候页面上写的年化%.1f%%，可是<I>每个月除了本息还要交一笔“担保费”%s，合同里根本没看到。" % (rng.uniform(7.2, 23.9), fmt_money(rng, g / 12)),
                            "最近算了一下，加上%s，实际年化已经超过%d%%了。" % (pick(rng, ["担保费", "服务费", "信用评估费", "咨询费"]), rng.randrange(26, 40)),
                            "每期账单里有一项“%s”，一共收了<I>%s，借款的时候没有任何人告诉过<I>。" % (pick(rng, ["担保服务费", "平台服务费", "风险保障金"]), fmt_money(rng, g))]))
        dm.append(pick(rng, ["请<CO>解释这笔费用的依据", "要求退还多收的费用", "要求提供完整的借款合同和费用明细"]))
    elif sub == 1:
        f.append(pick(rng, ["%s<I>的银行卡被扣了%s，查了才知道是开通了<CO>的“%s”。" % (fmt_date(rng, c.ago(rng.randrange(3, 40)), 1), fmt_money(rng, pick(rng, [99, 199, 299, 359, 499, 598])), pick(rng, ["会员权益包", "提额加速卡", "VIP会员", "优享卡"])),
                            "借款的时候有一个默认勾选的“%s”，<I>根本没注意，结果每月扣%d元。" % (pick(rng, ["权益会员", "加速审批", "省钱卡"]), pick(rng, [19, 29, 39, 69]))]))
        f.append(pick(rng, ["<I>从来没有主动开通过这个东西。", "客服说开通了就不能退，<I>觉得这是霸王条款。", "这个会员对<I>一点用都没有。"]))
        dm.append(pick(rng, ["退还会员费", "取消自动续费并退款", "要求全额退回被扣的钱"]))
    elif sub == 2:
        f.append(pick(rng, ["<I>想提前还清，结果系统显示要收%s的提前还款手续费。" % fmt_money(rng, amt * rng.uniform(0.01, 0.05)),
                            "<I>上个月提前结清了，但剩下几期的利息照样收了，一共%s。" % fmt_money(rng, amt * rng.uniform(0.02, 0.08))]))
        f.append(pick(rng, ["借的时候客服明明说可以随时提前还、不收费的。", "合同里这条写得很模糊。", "按天计息的产品怎么提前还还要收全部利息？"]))
        dm.append(pick(rng, ["退还提前还款多收的钱", "按实际使用天数重新计算利息", "给一个合理的解释"]))
    elif sub == 3:
        f.append(pick(rng, ["<I>就晚了%d天，结果罚息加违约金收了%s，比利息还高。" % (rng.randrange(1, 4), fmt_money(rng, rng.uniform(60, 900))),
                            "APP上显示的应还金额和<I>自己算的对不上，差了%s。" % fmt_money(rng, rng.uniform(30, 1500)),
                            "这期账单突然多了%s，也没有任何说明。" % fmt_money(rng, rng.uniform(20, 600))]))
        dm.append(pick(rng, ["请提供详细的计费明细", "核实后退还多扣的部分", "说清楚罚息是怎么算的"]))
    else:
        f.append(pick(rng, ["放款的时候实际到账只有%s，合同上写的却是%s，中间少了的钱说是“服务费”。" % (fmt_money(rng, amt * 0.9), fmt_money(rng, amt)),
                            "<I>借%s，到手少了%s，这不就是砍头息吗？" % (fmt_money(rng, amt), fmt_money(rng, amt * rng.uniform(0.03, 0.1)))]))
        dm.append(pick(rng, ["按实际到账金额计算本金", "退还被预扣的费用"]))
    fe.append(pick(rng, ["~感觉被坑了。", "~借钱的时候说得好好的，现在一堆费用。", "~我一个打工的，一分钱都是辛苦挣的。",
                         "~希望你们做生意厚道一点。", "~这种收费方式我觉得不合理。"]))
    return f, fe, dm, ["收取担保费", "会员费扣款", "提前还款收费", "罚息计算有误", "砍头息"][sub]


def sc_deduction(rng, c):
    f, fe, dm = [], [], []
    bank = pick(rng, ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "邮储银行", "交通银行", "浦发银行", "农商行", "中信银行"])
    x = c.p.amount * rng.uniform(0.04, 0.12)
    d = c.ago(rng.randrange(1, 20))
    sub = rng.randrange(5)
    if sub == 0:
        f.append(pick(rng, ["%s<I>已经在APP上主动还了%s，结果第二天%s卡又被自动扣了一次。" % (fmt_date(rng, d, 1), fmt_money(rng, x), bank),
                            "本月还款被扣了两次，一次%s，一次%s，同一笔账单。" % (fmt_money(rng, x), fmt_money(rng, x))]))
        dm.append(pick(rng, ["尽快退回重复扣的钱", "把多扣的钱退到原卡"]))
    elif sub == 1:
        f.append(pick(rng, ["<I>借款绑定的是%s卡，可是%s<MY>%s工资卡被扣了%s，这张卡<I>从来没有授权给<CO>。" % (pick(rng, ["招行", "建行", "工行"]), fmt_date(rng, d, 1), bank, fmt_money(rng, x)),
                            "<CO>在没有通知<ME>的情况下从<MY>另一张%s卡划走了%s。" % (bank, fmt_money(rng, x))]))
        dm.append(pick(rng, ["说明为什么能扣<I>没绑定的卡", "退还款项并解除这张卡的代扣授权"]))
    elif sub == 2:
        f.append(pick(rng, ["还款日是%d号，%s就提前扣款了，<MY>房贷因此扣款失败。" % (rng.randrange(10, 28), fmt_date(rng, d, 1)),
                            "还没到还款日就被扣了，导致<I>卡里的钱不够交%s。" % pick(rng, ["房租", "孩子学费", "车贷", "医药费"])]))
        dm.append(pick(rng, ["按合同约定的日期扣款", "赔偿因此产生的损失"]))
    elif sub == 3:
        f.append(pick(rng, ["<I>的借款%s就已经结清了，有结清短信为证，%s又被扣了%s。" % (fmt_date(rng, c.ago(rng.randrange(20, 90)), 1), fmt_date(rng, d, 1), fmt_money(rng, x)),
                            "结清以后<CO>还在扣<MY>钱，一共扣了%d次。" % rng.randrange(1, 4)]))
        dm.append(pick(rng, ["退还结清后扣的款", "出具结清证明"]))
    else:
        f.append(pick(rng, ["%s自动扣款失败，<I>卡里明明有钱，结果系统判定<I>逾期，还收了罚息。" % fmt_date(rng, d, 1),
                            "<I>卡里余额足够，不知道为什么没扣成功，也没有人通知<ME>，第二天就开始收到催收短信。"]))
        f.append(pick(rng, ["<I>打了%s，客服说是银行的问题，银行说是<CO>的问题，来回踢皮球。" % HOTLINE_NO,
                            "银行那边查了，没有任何扣款请求记录。"]))
        dm.append(pick(rng, ["取消这次逾期和罚息", "确认不会上报征信"]))
    f.append(pick(rng, ["扣款短信和银行流水<I>都截图了。", "<I>已经联系过在线客服，说是要等%d个工作日。" % rng.randrange(3, 10),
                        "", "打客服电话排队排了半个小时也没人接。"]))
    fe.append(pick(rng, ["~请尽快处理，这个钱对我很重要。", "~这是很基本的问题，怎么会出错？", "~真是服了。", "~我现在都不敢在卡里放钱了。"]))
    return f, fe, dm, ["重复扣款", "未经授权扣款", "提前扣款", "结清后仍扣款", "扣款失败被算逾期"][sub]


def sc_credit(rng, c):
    f, fe, dm = [], [], []
    sub = rng.randrange(5)
    if sub == 0:
        f.append(pick(rng, ["<I>最近准备%s，去人民银行打了征信报告，发现<CO>给<I>报了一次逾期。" % pick(rng, ["办房贷", "买车", "换工作", "办信用卡"]),
                            "%s<I>查征信，上面显示<CO>的账户%s有一次“1”，可是<I>从来没有逾期过。" % (fmt_date(rng, c.ago(rng.randrange(2, 15)), 1), fmt_date(rng, c.ago(rng.randrange(40, 200)), 1)[:4])]))
        f.append(pick(rng, ["<I>每期都是提前一两天还的，还款记录都在APP里。", "那一期是系统扣款失败，不是<I>的原因。", "<MY>房贷因为这个被银行拒了。"]))
        dm.append(pick(rng, ["核实并更正征信记录", "向人民银行征信中心报送更正", "出具情况说明"]))
    elif sub == 1:
        f.append(pick(rng, ["<MY>借款%s就已经全部结清了，征信上到现在还显示“未结清”，余额%s。" % (fmt_date(rng, c.ago(rng.randrange(40, 200)), 0), fmt_money(rng, rng.uniform(300, 9000))),
                            "结清快两个月了，征信还是没更新。"]))
        dm.append(pick(rng, ["尽快更新征信状态", "开具结清证明"]))
    elif sub == 2:
        c.not_customer = chance(rng, 0.5)
        f.append(pick(rng, ["<I>查征信发现自己名下有一笔<CO>的贷款，%s，可是<I>从来没有申请过。" % fmt_money(rng, rng.uniform(3000, 50000)),
                            "<I>的身份证%s年丢过一次，现在发现有人用<MY>身份在<CO>贷了款，还逾期了。" % rng.randrange(2019, 2025)]))
        f.append(pick(rng, ["<I>已经去派出所报案了，有报案回执。", "借款时用的手机号不是<MY>，收款卡也不是<MY>。", "<I>可以配合做人脸比对。"]))
        dm.append(pick(rng, ["调查这笔贷款是怎么批下来的", "删除<MY>名下的不良记录", "停止对<ME>的催收"]))
    elif sub == 3:
        f.append(pick(rng, ["征信上显示<CO>在%s查询过<MY>征信，查询原因是“贷款审批”，可<I>那天根本没有申请。" % fmt_date(rng, c.ago(rng.randrange(20, 120)), 1),
                            "<I>只是打开APP看了一下额度，征信上就多了好几条<CO>的查询记录。"]))
        dm.append(pick(rng, ["说明查询的授权依据", "删除这些查询记录"]))
    else:
        f.append(pick(rng, ["<CO>上报的逾期金额是%s，可<I>实际只欠%s。" % (fmt_money(rng, rng.uniform(5000, 20000)), fmt_money(rng, rng.uniform(500, 4000))),
                            "征信报告上<CO>的账户显示有两笔，其实<I>只借过一笔。"]))
        dm.append(pick(rng, ["更正错误的上报信息"]))
    fe.append(pick(rng, ["~征信对我太重要了。", "~这个事情已经影响到我的正常生活了。", "~麻烦认真核查一下，不要只给我回模板话术。", "~我一直很注意自己的信用。"]))
    return f, fe, dm, ["征信错误", "征信未更新", "冒名贷款", "征信查询未授权", "征信上报有误"][sub]


def sc_privacy(rng, c):
    f, fe, dm = [], [], []
    sub = rng.randrange(4)
    if sub == 0:
        f.append(pick(rng, ["<I>在<CO>借款后不到一周，就接到各种贷款推销电话，对方能准确说出<MY>借款金额和还款日。",
                            "最近有骗子打电话，冒充<CO>客服，说<MY>账户异常要注销，对方连<MY>身份证后四位都知道。"]))
        f.append(pick(rng, ["<I>的信息只在<CO>填过，肯定是<CO>这边泄露的。", "差一点就被骗了%s。" % fmt_money(rng, rng.uniform(2000, 30000)),
                            "<I>%s上当转了%s，已经报警。" % (fmt_date(rng, c.ago(rng.randrange(1, 10)), 1), fmt_money(rng, rng.uniform(800, 20000)))]))
        dm.append(pick(rng, ["查清信息泄露的环节", "给<ME>一个说法并赔偿损失"]))
    elif sub == 1:
        f.append(pick(rng, ["<CO>的APP要求读取通讯录，不给权限就不能借款。", "注册时APP读取了<MY>通讯录和相册。"]))
        f.append(pick(rng, ["现在催收按照通讯录一个一个打。", "<I>担心<MY>照片被拿去做别的用途。"]))
        dm.append(pick(rng, ["删除<CO>存储的<MY>通讯录数据", "说明收集了哪些个人信息"]))
    elif sub == 2:
        f.append(pick(rng, ["<I>早就结清了，%s申请注销账户并删除个人信息，到现在也没处理。" % fmt_date(rng, c.ago(rng.randrange(15, 60)), 1),
                            "<I>要求注销账号，客服说要先“挽留”，一直拖着不给办。"]))
        dm.append(pick(rng, ["按《个人信息保护法》删除<MY>个人信息", "注销账户"]))
    else:
        f.append(pick(rng, ["<I>登录APP，看到的账单居然是另一个人的，姓名、电话都显示出来了。",
                            "<I>收到的结清证明上写的是别人的名字和身份证号。"]))
        f.append(pick(rng, ["那反过来<MY>信息是不是也会被别人看到？", "这太吓人了。"]))
        dm.append(pick(rng, ["排查系统问题", "确认<MY>信息没有外泄"]))
    fe.append(pick(rng, ["~现在个人信息一点保障都没有。", "~希望你们重视。", "~我很担心。", "~请给我一个书面答复。"]))
    return f, fe, dm, ["个人信息泄露", "过度收集信息", "注销不处理", "信息串号"][sub]


def sc_insurance(rng, c):
    f, fe, dm = [], [], []
    prem = c.p.amount * rng.uniform(0.005, 0.04)
    ins = pick(rng, ["借款人意外险", "个人借款保证保险", "账户安全险", "信用保证保险", "意外健康险"])
    sub = rng.randrange(3)
    if sub == 0:
        f.append(pick(rng, ["借款的时候系统默认给<I>买了一份“%s”，保费%s，<I>根本不知道。" % (ins, fmt_money(rng, prem)),
                            "<I>查账单才发现每期都被扣了一笔“%s”保费。" % ins,
                            "放款页面上有个小字勾选框，说不买保险会影响审批，<I>只好买了%s。" % ins]))
        dm.append(pick(rng, ["退还保费", "取消这份保险", "说明为什么搭售保险"]))
    elif sub == 1:
        f.append(pick(rng, ["<I>提前结清了借款，但是%s的保费没有退，剩下的期数还在收。" % ins,
                            "借款已经结清%d个月，%s还在扣费。" % (rng.randrange(1, 5), ins)]))
        dm.append(pick(rng, ["退还未到期部分的保费"]))
    else:
        f.append(pick(rng, ["<I>%s住院了，想用%s理赔，结果<CO>和保险公司互相推诿。" % (fmt_date(rng, c.ago(rng.randrange(20, 80)), 1), ins),
                            "买了%s，出了事申请理赔却被拒，理由是“不在保障范围”。" % ins]))
        dm.append(pick(rng, ["协助处理理赔", "提供保险合同原件"]))
    fe.append(pick(rng, ["~这就是强制搭售。", "~借钱还要被套路买保险。", "~希望给个合理解释。"]))
    return f, fe, dm, ["搭售保险", "保险费不退", "理赔纠纷"][sub]


def sc_service(rng, c):
    f, fe, dm = [], [], []
    sub = rng.randrange(6)
    if sub == 0:
        f.append(pick(rng, ["打%s一直是机器人，转人工要等四十多分钟。" % HOTLINE_NO, "在线客服只会发模板回复，问什么都是“已为您记录”。",
                            "<I>连续%d天打客服电话都没打通。" % rng.randrange(2, 8)]))
        dm.append(pick(rng, ["安排人工客服联系<ME>"]))
    elif sub == 1:
        f.append(pick(rng, ["<I>结清后申请开结清证明，提交了%d次都没反应。" % rng.randrange(2, 5), "<I>要办房贷需要结清证明，<CO>说要%d个工作日，<I>等不了。" % rng.randrange(10, 30)]))
        dm.append(pick(rng, ["尽快出具结清证明"]))
    elif sub == 2:
        f.append(pick(rng, ["<I>一直按时还款，%s额度突然被冻结了，也没有任何通知。" % fmt_date(rng, c.ago(rng.randrange(1, 15)), 1),
                            "额度从%d降到了0，问客服说是“综合评估”。" % rng.randrange(5000, 50000)]))
        dm.append(pick(rng, ["说明冻结原因"]))
    elif sub == 3:
        f.append(pick(rng, ["<I>换了手机号，APP上改不了，客服让<I>用原号码接验证码，原号码已经停机了。", "<I>想解绑一张已经注销的银行卡，系统一直提示失败。"]))
        dm.append(pick(rng, ["帮<ME>人工修改"]))
    elif sub == 4:
        f.append(pick(rng, ["客服%s态度很差，<I>问了两句就把电话挂了。" % pick(rng, ["工号%d" % rng.randrange(1000, 9999), "一个女客服", "一个男客服"]),
                            "<I>问还款明细，客服很不耐烦，说“自己去APP上看”。"]))
        dm.append(pick(rng, ["对该客服进行处理", "道歉"]))
    else:
        f.append(pick(rng, ["<I>%s在APP上还款，钱已经从银行卡扣了，APP上却显示未还。" % fmt_date(rng, c.ago(rng.randrange(1, 6)), 1),
                            "APP一直闪退，还款页面打不开。"]))
        dm.append(pick(rng, ["尽快核实入账", "不要算<I>逾期"]))
    fe.append(pick(rng, ["~体验太差了。", "~这点小事拖了这么久。", "~希望尽快处理。", "~你们的服务真的需要改进。"]))
    return f, fe, dm, ["客服打不通", "结清证明开不出来", "额度冻结", "无法修改信息", "服务态度差", "还款不到账"][sub]


def sc_other(rng, c):
    f, fe, dm = [], [], []
    sub = rng.randrange(3)
    if sub == 0:
        f.append(pick(rng, ["<I>已经拒绝过很多次了，还是天天收到<CO>的借款营销短信。", "每天都有<CO>的电销打电话让<I>借钱，<I>明确说过不需要。"]))
        dm.append(pick(rng, ["停止营销", "把<MY>号码加入免打扰名单"]))
    elif sub == 1:
        f.append(pick(rng, ["<I>申请的借款显示已放款，但<MY>银行卡没有收到钱，已经%d天了。" % rng.randrange(2, 6), "放款放到了一张<I>已经注销的卡上。"]))
        dm.append(pick(rng, ["查清款项去向"]))
    else:
        f.append(pick(rng, ["<I>向<CO>要借款合同，一直说系统里有，可<I>在APP上找不到。", "活动页面写的免息券，<I>用了以后还是收了利息。"]))
        dm.append(pick(rng, ["提供借款合同", "兑现活动承诺"]))
    fe.append(pick(rng, ["~请尽快处理。", "~希望有个答复。"]))
    return f, fe, dm, pick(rng, ["营销骚扰", "放款问题", "合同问题"])


CATEGORY_FUN = {"collection": sc_collection, "fees": sc_fees, "deduction": sc_deduction, "credit-report": sc_credit,
                "privacy": sc_privacy, "insurance": sc_insurance, "service": sc_service, "other": sc_other}
CAT_WEIGHTS = [("collection", 25), ("fees", 17), ("deduction", 12), ("credit-report", 12), ("privacy", 8),
               ("insurance", 8), ("service", 13), ("other", 5)]

# ---------------------------------------------------------------- case context & rendering
class Case:
    def __init__(self, rng, p, now):
        self.rng, self.p, self.now = rng, p, now
        self.not_customer = False
        self.no_wrong = False

    def ago(self, n):
        return (self.now - timedelta(days=n)).date()

    def ahead(self, n):
        return (self.now + timedelta(days=n)).date()

    def loanword(self):
        r = self.rng
        d = self.ago(r.randrange(40, 600))
        return pick(r, ["%d年%d月" % (d.year, d.month), "去年" if d.year < self.now.year else "今年", "%s" % fmt_date(r, d, 0), "前年" if d.year < self.now.year - 1 else "之前"])


def personal_bits(rng, c, n=1):
    p = c.p
    pool = [
        "<I>人在%s，%s，一个月收入%d左右。" % (p.city, p.job, rng.randrange(25, 120) * 100),
        "<I>今年%d岁，%s。" % (p.age, pick(rng, ["家里两个孩子在上学", "上有老下有小", "一个人在外地打工", "刚结婚不久", "离异带着孩子", "父母都在农村"])),
        "<MY>注册手机号是%s。" % p.phone,
        "借款合同编号尾号%04d。" % rng.randrange(10000),
        "<I>是%s人，现在在%s，%s。" % (pick(rng, AREAS)[1], p.city, p.job),
        "<I>在<CO>借款%d年多了，一直都是按时还。" % rng.randrange(1, 4),
        "<MY>身份证号%s。" % p.idn,
        "~说实话我平时很少投诉，这次实在忍不了了。",
        "~我文化不高，写得不好请见谅。",
    ]
    if p.student:
        pool += ["<I>还是学生，在%s上大学。" % p.city, "<I>没有收入，生活费都是家里给的。"]
    rng.shuffle(pool)
    return pool[:n]


def render_demands(rng, dm, persp, numbered=False):
    dm = [d for d in dm if d]
    if not dm:
        return ""
    if persp == "first":
        if numbered and len(dm) > 1:
            head = pick(rng, ["<I>的诉求如下：\n", "诉求：\n", "现提出以下要求：\n"])
            return head + "\n".join("%d、%s。" % (i + 1, d) for i, d in enumerate(dm))
        lead = pick(rng, ["<I>要求：", "希望<CO>", "请<CO>", "诉求：", "<I>的要求是", "现在<I>只希望", ""])
        if lead and dm[0].startswith("请"):
            dm = [dm[0][1:]] + dm[1:]
        s = lead + "，".join(dm) + "。"
        return s.replace("希望<CO>请<CO>", "希望<CO>").replace("请<CO>请<CO>", "请<CO>")
    if persp == "third-desk":
        return pick(rng, ["客户诉求：", "诉求：", "客户要求"]) + "；".join(dm) + "。"
    return pick(rng, ["诉求：", "消费者诉求：", "投诉人要求"]) + "；".join(dm) + "。"


def body_sentences(rng, facts, feel, persp, extra_first=()):
    out = []
    feel = list(feel)
    for s in facts:
        if not s:
            continue
        if s.startswith("~"):
            if persp == "first":
                out.append(s[1:])
            continue
        out.append(s)
        if persp == "first" and feel and chance(rng, 0.25):
            out.append(feel.pop(0)[1:])
    if persp == "first":
        out.extend(f[1:] if f.startswith("~") else f for f in feel if chance(rng, 0.8))
    return out


NICKS = ["一只快乐的鱼", "用户", "小王不想上班", "打工人阿杰", "晴天", "木子李", "暖阳", "A·张", "追风少年", "奋斗的蜗牛", "阿敏", "江湖夜雨"]

def social_name(rng, p):
    if chance(rng, 0.75):
        return p.name
    n = pick(rng, NICKS)
    return n + str(rng.randrange(100, 99999)) if n == "用户" or chance(rng, 0.4) else n


def render(rng, channel, c, facts, feel, dm, title, pre=(), post=(), rep=None, force_mode=None, style=None, core=None):
    """Render an honest-style complaint (also used by repeat complainants). Returns text."""
    p = c.p
    st = style or {}
    punct = st.get("punct")
    typo = st.get("typo", 0.05)
    who = p.name
    if channel in ("hotline", "branch"):
        persp = "third-desk"
    elif channel in ("regulator", "other"):
        persp = force_mode or ("first" if chance(rng, 0.35) else "third-reg")
    else:
        persp = "first"
    body = body_sentences(rng, facts, feel, persp)
    pre_s = [x[1:] if x.startswith("~") else x for x in pre if x and (persp == "first" or not x.startswith("~"))]
    post_s = [x[1:] if x.startswith("~") else x for x in post if x and (persp == "first" or not x.startswith("~"))]
    if persp == "first":
        numbered = channel in ("letter", "email") and chance(rng, 0.6) or chance(rng, 0.1)
        dem = render_demands(rng, dm, "first", numbered)
        main = "".join(pre_s) + ("" if not pre_s else pick(rng, ["", "\n"])) + "".join(body)
        if dem:
            main += pick(rng, ["", "\n", "\n\n"]) + dem
        if post_s:
            main += "".join(post_s)
        text = core if core else sub_tokens(rng, main, "first")
        render.last_core = text
        if channel == "email":
            g = pick(rng, ["尊敬的安盈消费金融客服：", "安盈消金消保部门：", "您好：", "你好，", "致安盈消费金融有限公司："])
            sign = "\n\n" + pick(rng, ["此致\n敬礼\n", "谢谢！\n", "盼复。\n", ""]) + who
            if chance(rng, 0.6):
                sign += "\n联系电话：" + (rep["phone"] if rep and rep.get("phone") else p.phone)
            if chance(rng, 0.5):
                sign += "\n" + fmt_date(rng, c.now.date(), 0)
            text = g + "\n" + text + sign
        elif channel == "letter":
            head = pick(rng, ["投诉信", "关于" + title + "的投诉", "投诉书", "情况反映"])
            to = pick(rng, [LENDER_FULL + "：", LENDER_FULL + "消费者权益保护部：", "安盈消费金融公司负责人："])
            sign = "\n\n投诉人：" + who + "\n身份证号：" + p.idn + "\n联系电话：" + p.phone
            if chance(rng, 0.4):
                sign += "\n地址：" + p.city + pick(rng, ["市", ""]) + pick(rng, ["解放路", "人民路", "建设路", "中山路", "新华街", "幸福里小区", "城南花园"]) + "%d号" % rng.randrange(1, 300)
            text = head + "\n\n" + to + "\n" + text + sign + "\n" + fmt_date(rng, c.now.date(), 0)
        elif channel == "social":
            form = rng.randrange(3)
            if form == 0:
                text = "【投诉对象】安盈消费金融\n【投诉问题】%s\n【投诉要求】%s\n【涉诉金额】%d元\n【投诉进度】处理中\n%s" % (
                    title, sub_tokens(rng, "、".join(d for d in dm[:2] if d) or "给个说法", "first"), round(p.amount * rng.uniform(0.01, 0.3)), text)
            elif form == 1:
                text = "@安盈消费金融 " + text + " #%s#" % pick(rng, ["安盈消费金融" + title, title, "消费金融投诉", "安盈"])
            else:
                text = pick(rng, ["家人们谁懂啊，", "避雷安盈！", "求助！！", "曝光一下，"]) + text + pick(rng, ["", " 有没有一样遭遇的？", " 大家评评理。", " 求扩散"])
        elif channel == "web" and chance(rng, 0.5):
            text = "投诉标题：" + title + "\n投诉内容：" + text
        elif channel == "regulator":
            text = reg_header(rng, c, who, title, paste=True) + text + reg_footer(rng)
        elif channel == "other":
            text = pick(rng, ["12345市民热线转办：", "消费者协会转来投诉：", "市民来信："]) + text
    else:
        render.last_core = None
        main = "".join(body)
        if persp == "third-desk":
            lead = pick(rng, ["客户来电反映：", "客户来电称，", "来电人反映", "客户来电投诉：", "客户表示"]) if channel == "hotline" else "客户到服务点现场反映："
            if rep:
                lead = pick(rng, ["来电人自称是客户%s的%s，代客户反映：" % (who, rep.get("rel_word", "家属")), "客户%s的%s来电，称" % (who, rep.get("rel_word", "家属"))])
            extra = "".join(pre_s)
            text = lead + extra + main + render_demands(rng, dm, "third-desk")
            text = sub_tokens(rng, text, "third-desk")
            text += pick(rng, ["已安抚客户情绪，请相关部门核实处理。", "已告知客户会在规定时间内回复。", "请尽快核实并回电客户。",
                                "客户情绪激动，要求尽快处理。", "已记录，转投诉组跟进。", "", "回访电话同来电号码。"])
        else:
            extra = "".join(pre_s)
            text = main + render_demands(rng, dm, "third-reg")
            hdr = reg_header(rng, c, who, title, paste=False) if channel == "regulator" else pick(rng, ["12345市民热线转办：市民%s反映，" % who, "消费者协会转来投诉：%s反映，" % who, "市长信箱转来：来信人%s称，" % who])
            text = sub_tokens(rng, hdr + extra + text, "third-reg") + (reg_footer(rng) if channel == "regulator" else pick(rng, ["", "\n请核实处理并回复。"]))
    return stylize(rng, text, punct=punct if channel not in ("hotline", "regulator", "branch", "other") else "full", typo=typo if persp == "first" else 0.01)


def reg_header(rng, c, who, title, paste):
    no = "%d%02d%02d%05d" % (c.now.year, c.now.month, c.now.day, rng.randrange(100000))
    if paste:
        return pick(rng, [
            "【12378转办】工单号%s\n投诉人：%s\n被投诉机构：%s\n投诉内容：" % (no, who, LENDER_FULL),
            "监管转办投诉（编号%s）\n消费者原文：" % no,
            "金融监管总局消费者投诉转办 %s\n投诉事项：%s\n具体内容：" % (no, title),
            "12378热线转来，消费者%s投诉内容如下：\n" % who,
        ])
    return pick(rng, [
        "【12378转办】工单号%s。消费者%s来电反映：" % (no, who),
        "国家金融监督管理总局%s监管分局转办单（%s）：投诉人%s反映，" % (c.p.city, no, who),
        "12378来电记录：来电人%s称，" % who,
        "监管转办（%s）事项：%s。<I>反映，" % (no, title),
        "人民银行%s分行转来投诉：" % c.p.city if chance(rng, 0.2) else "金融消费者投诉转办：消费者%s反映，" % who,
    ])


def reg_footer(rng):
    return pick(rng, ["\n请于收到之日起15日内处理并向消费者反馈结果。", "\n请按规定时限处理并报送处理结果。", "", "\n请依法依规处理。", "\n（转办日期见系统）"])

# ---------------------------------------------------------------- organised outfits (templates and spin)
MARKET = [
    "本人属于非恶意逾期，并非故意拖欠，现在确实没有还款能力。",
    "恳请贵司给予停息挂账，减免逾期产生的罚息和违约金，本人承诺按协商方案分期偿还本金。",
    "根据《商业银行信用卡业务监督管理办法》第七十条规定，在特殊情况下可与借款人平等协商，达成个性化分期还款协议，最长期限不超过5年。",
    "如贵司不予协商，本人将向金融监管总局、中国人民银行及12378热线投诉，并保留诉诸法律的权利。",
    "本人有还款意愿，只是暂时没有还款能力，希望贵司给予理解。",
    "贵司综合年化利率已超过国家规定的24%，超出部分本人有权拒绝支付。",
    "请贵司立即停止一切催收行为，不得骚扰本人家人、朋友及同事。",
    "本人已将贵司违规行为全部截图录音存证。",
    "因疫情及经济大环境影响，本人所在公司停工停产，收入大幅下降。",
    "贵司在放款时未明确告知综合借款成本，侵犯了本人的知情权。",
    "本人要求贵司向征信中心申请消除不良记录，恢复本人信用。",
    "本人不是不还，是真的还不上，请给本人一条活路。",
]
REASONS = ["失业", "被公司裁员", "生意失败", "身患重病", "家人突发重病", "车祸受伤", "工厂倒闭", "疫情后一直找不到工作",
           "母亲住院治疗", "离婚后独自抚养孩子", "投资失败", "所在单位拖欠工资半年", "做手术休养", "被骗欠下外债"]
SECTION_ORDERS = [
    ["greet", "intro", "loan", "hardship", "accuse", "legal", "demand", "threat", "agent", "close", "sig"],
    ["greet", "intro", "loan", "hardship", "demand", "accuse", "legal", "threat", "agent", "sig", "close"],
    ["intro", "loan", "accuse", "hardship", "legal", "demand", "agent", "threat", "close"],
    ["greet", "intro", "agent", "loan", "hardship", "accuse", "demand", "legal", "threat", "close", "sig"],
    ["intro", "hardship", "loan", "accuse", "demand", "threat", "legal", "close", "agent"],
]
LAWS = [("《民法典》第六百八十条", "禁止高利放贷，借款的利率不得违反国家有关规定"),
        ("《消费者权益保护法》第二十六条", "经营者不得以格式条款作出排除或者限制消费者权利的规定"),
        ("《消费者权益保护法》第二十九条", "经营者收集、使用消费者个人信息应当征得消费者同意"),
        ("《个人信息保护法》第十条", "任何组织不得非法收集、使用、加工、传输他人个人信息"),
        ("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条", "超过合同成立时一年期贷款市场报价利率四倍的部分不受保护"),
        ("《银行保险机构消费者权益保护管理办法》", "金融机构不得采用暴力、恐吓、侮辱等方式催收"),
        ("《互联网金融逾期债务催收自律公约》", "催收人员不得向债务人以外的第三人透露债务信息"),
        ("《治安管理处罚法》第四十二条", "多次发送侮辱、恐吓信息干扰他人正常生活的应予处罚")]
DEMAND_ITEMS = {
    "freeze": ["停息挂账", "对本人账户做停息挂账处理", "停止计息", "冻结利息", "停息并挂账处理"],
    "waive": ["减免全部罚息、违约金", "免除逾期产生的一切费用", "减免利息及罚息", "全额减免逾期罚息", "减免违约金和复利"],
    "instal": ["本金分{N}期偿还", "办理个性化分期，分{N}期还本", "给予{N}期延期还款", "按本金分{N}期无息还款", "重新制定{N}期还款计划"],
    "stop": ["停止一切催收", "暂停催收并停止联系本人家人", "停止第三方催收骚扰", "停止爆通讯录行为", "撤回委外催收"],
    "credit": ["修复本人征信", "消除逾期记录", "暂缓上报征信", "删除不良征信记录", "出具非恶意逾期证明"],
    "refund": ["退还已收取的担保费{FEE}元", "退还会员费及服务费", "退还超出法定部分的利息", "退还砍头息", "退还保险费{FEE}元"],
}
DEMAND_SHORT = {"freeze": "停息挂账", "waive": "减免罚息违约金", "instal": "本金分{N}期偿还", "stop": "停止催收",
                "credit": "修复征信", "refund": "退还担保费等费用"}
ACCUSE_SHORT = {"coll": "催收存在骚扰其家人、同事的行为", "rate": "借款利率过高", "fee": "收取不合理的担保费、服务费",
                "ins": "放款时搭售保险", "inform": "签约时未告知真实借款成本", "info": "泄露其个人信息"}
SYN = [("本人", ["我", "本人", "本人"]), ("罚息", ["逾期利息", "罚息"]), ("违约金", ["滞纳金", "违约金"]), ("偿还", ["归还", "偿还", "还清"]),
       ("导致", ["造成", "致使", "导致"]), ("严重", ["极大", "严重"]), ("协商", ["沟通协商", "商议", "协商"]), ("家人", ["家属", "亲属", "家人"]),
       ("骚扰", ["打扰", "滋扰", "骚扰"]), ("目前", ["现在", "当前", "目前"]), ("暂时", ["短期内", "一时", "暂时"]), ("恳请", ["请求", "希望", "恳请"]),
       ("立即", ["马上", "即刻", "立即"]), ("收入", ["经济收入", "收入"]), ("贷款", ["借款", "贷款"]), ("特此", ["现", "特此"]),
       ("无法", ["没办法", "无法"]), ("给予", ["给", "给予"]), ("处理", ["解决", "处理"]), ("要求", ["请求", "要求"]), ("联系", ["沟通", "联系"])]


def _frag(rng, *parts):
    return "".join(pick(rng, p) if isinstance(p, list) else p for p in parts)


def section_variant(rng, sec, o):
    """Compose one outfit-specific sentence pattern for a section."""
    if sec == "greet":
        return pick(rng, ["尊敬的{CO}：", "{LENDER}消费者权益保护部：", "致{LENDER}：", "您好：", "{LENDER}相关负责人：", "尊敬的{LENDER}领导：", ""])
    if sec == "intro":
        return _frag(rng, ["本人", "我叫", "投诉人", "借款人", "申请人", "我是"], "{NAME}", ["，身份证号：", "，身份证号码", "（身份证号：", "，证件号码：", "，身份证："],
                     "{ID}", ["，", "），", "。", "，现就与{CO}的借款纠纷一事反映如下：", "，特向{CO}反映如下情况：", "，手机号{PHONE}，"])
    if sec == "loan":
        return _frag(rng, ["于", "在", "", "早在"], "{DATE}", ["在{CO}{APP}申请借款", "通过{CO}平台借款", "在{CO}处办理了消费贷款", "向{CO}借款", "在{CO}旗下{APP}借款"],
                     "{AMT}", ["元，", "元，分{TERM}期偿还，", "元，借款期限{TERM}个月，", "元整，", "元，前期一直按时还款，"],
                     ["截至目前已逾期{OD}天。", "现逾期{OD}天。", "目前已逾期约{OD}天。", "现已无力继续还款。", "现在账户处于逾期状态。"])
    if sec == "hardship":
        return _frag(rng, ["因", "由于", "近期因", "今年以来因", "去年下半年开始因"], "{REASON}",
                     ["，导致收入骤减", "，家庭收入断崖式下降", "，失去了主要经济来源", "，生活陷入困境", "，导致资金周转困难", "，全家靠借钱度日"],
                     ["，无力按时偿还贷款。", "，暂时无法按期还款。", "，才造成了逾期。", "，实在无力承担目前的还款压力。", "，并非本人主观不愿还款。"])
    if sec == "legal":
        law, claim = pick(rng, LAWS)
        return _frag(rng, ["根据", "依据", "按照", "参照"], law, ["规定，", "明确规定：", "之规定，"], claim,
                     ["，{CO}的行为已涉嫌违法。", "，{CO}理应依法整改。", "，请{CO}依法依规处理。", "。"])
    if sec == "threat":
        tg = rng.sample(["金融监管总局", "银保监会", "中国人民银行", "12378热线", "当地金融办", "消保委", "新闻媒体", "公安机关", "12345市长热线", "黑猫投诉平台"], rng.randrange(2, 4))
        return _frag(rng, ["若{CO}不予处理，", "如{CO}拒不协商，", "若{CO}继续推诿，", "如在规定期限内未得到答复，", "如{CO}仍置之不理，"],
                     "本人将", ["依次", "", "立即", "第一时间"], "向" + "、".join(tg), ["进行投诉", "实名举报", "反映情况", "依法维权"],
                     ["，由此产生的一切后果由{CO}承担。", "，并保留追究法律责任的权利。", "。", "，直至问题解决。"])
    if sec == "agent":
        return _frag(rng, ["本人已", "现本人", "本人特"], ["全权委托", "委托", "授权"], ["{ORG}", "{ORG}的{AGENT}", "代理人{AGENT}"],
                     ["代为处理本人在{CO}的债务协商事宜，", "处理与{CO}之间的一切协商事宜，", "全权负责后续协商，"],
                     ["联系电话：{APHONE}。", "电话{APHONE}（微信同号）。", "联系微信：{WX}。", "联系人电话{APHONE}，微信{WX}。", "邮箱：{AEMAIL}。"],
                     ["请{CO}直接与代理人联系，勿再联系本人及家人。", "本人不再接听{CO}任何电话。", "委托书附后。", "{CO}如有任何问题请直接联系代理人。"])
    if sec == "close":
        return _frag(rng, ["望{CO}本着", "恳请{CO}本着", "希望{CO}能本着"], ["人道主义", "实事求是", "以人为本", "互利共赢", "普惠金融"],
                     ["的原则", "的精神"], ["，给予本人一个解决问题的机会。", "，妥善处理本人诉求。", "，尽快与本人协商。", "，在{DL}个工作日内给予书面答复。"])
    if sec == "sig":
        return pick(rng, ["以上情况均属实，本人愿承担相应法律责任。", "本人再次声明：本人不是不还，是真的还不上。", "特此申请，望批准！",
                          "以上陈述真实有效。", "此致 敬礼！", "感谢{CO}的理解与支持！", "本人所述句句属实，如有虚假愿承担一切责任。",
                          "还请{CO}高抬贵手。", "谢谢！期盼回复。"])
    if sec == "refile":
        return _frag(rng, ["本人已于{PREV}", "本人在{PREV}已经", "{PREV}本人已"], ["向{CO}提交投诉", "就此事向{CO}反映", "通过监管渠道投诉"],
                     ["，至今未获答复，", "，{CO}至今未给出任何解决方案，", "，{CO}一直敷衍推诿，"], ["现再次投诉。", "现第二次提出申请。", "特再次申请。"])
    if sec.startswith("acc:"):
        t = sec[4:]
        if t == "coll":
            return _frag(rng, ["{CO}催收人员", "{CO}委外的催收公司", "催收方"], ["多次", "频繁", "在本人逾期后", "每天不间断地"],
                         ["拨打本人及家人电话", "骚扰本人通讯录联系人", "发送威胁恐吓短信", "以爆通讯录相威胁", "冒充律师、法院工作人员恐吓本人"],
                         ["，严重影响本人正常生活和工作。", "，给本人造成巨大精神压力。", "，致使本人家人寝食难安。", "，本人已保留录音证据。"])
        if t == "rate":
            return _frag(rng, ["经计算，{CO}该笔借款综合年化成本", "{CO}实际年化利率", "该笔借款的实际借款成本"], ["远超", "已超过", "明显高于"],
                         ["国家规定的24%", "法律保护上限", "36%红线", "LPR的四倍"], ["，属于变相高利贷。", "，超出部分不应由本人承担。", "。"])
        if t == "fee":
            return _frag(rng, ["{CO}在放款时", "借款时{CO}", "{CO}通过合作机构"], ["强制收取了", "变相收取了", "额外收取了"], "{FEE}元",
                         ["的担保费", "的会员费", "的服务费", "的“权益包”费用"], ["，本人并不知情。", "，属于违规收费。", "，该费用应当退还。"])
        if t == "ins":
            return _frag(rng, ["{CO}在放款时", "借款过程中"], ["捆绑销售保险", "默认勾选了保险", "强制搭售保险"], ["，侵犯了本人的自主选择权。", "，属于违规行为。"])
        if t == "inform":
            return _frag(rng, ["签约时", "借款时", "放款前"], "{CO}", ["未明确告知", "故意隐瞒", "没有如实披露"], ["综合借款成本", "各项费用及年化利率", "真实利率"],
                         ["，侵犯了本人的知情权。", "，存在误导消费者的情形。"])
        return _frag(rng, ["{CO}", "{CO}及其合作方"], ["泄露本人个人信息", "违规收集本人通讯录"], ["，导致本人频繁收到诈骗电话。", "，侵犯本人隐私。"])
    if sec == "demand":
        return "#DEMAND#"
    return ""


def make_demand_block(rng, o, items):
    phr = [o["dphr"][k] for k in items]
    style = o["dstyle"]
    if style == "inline":
        return o["dlead"] + "，".join(phr) + "。"
    marks = {"num": lambda i: "%d." % (i + 1), "cn": lambda i: cn_num(i + 1) + "、", "circ": lambda i: "①②③④⑤⑥"[i], "par": lambda i: "（%d）" % (i + 1)}[style]
    return o["dlead"] + "\n" + "\n".join(marks(i) + x + "；" for i, x in enumerate(phr)).rstrip("；") + "。"


ORG_PRE = ["深圳市", "广州", "长沙", "杭州", "成都", "郑州", "", "", "武汉", "合肥", "上海", "重庆"]
ORG_MID = "信达恒安诚汇鼎盛融通和正德瑞泽宏锦华启明智联卓越普惠正道安心众邦卫民诺言金盾"
ORG_SUF = ["法务咨询有限公司", "债务规划服务中心", "信用管理有限公司", "企业管理咨询有限公司", "法律服务工作室", "协商还款服务中心",
           "金融债务调解中心", "商务信息咨询有限公司", "法律咨询服务部", "债务优化工作室"]


def new_org(rng):
    return pick(rng, ORG_PRE) + pick(rng, ORG_MID) + pick(rng, ORG_MID) + pick(rng, ORG_SUF)


def new_agent_name(rng):
    sn = pick(rng, SURNAMES)
    return pick(rng, [sn + "律师", sn + "法务", sn + "经理", sn + "主任", gen_name(rng), gen_name(rng), sn + "老师"])


def base_template(rng):
    o = {"order": list(pick(rng, SECTION_ORDERS))}
    o["acc_topics"] = rng.sample(["coll", "rate", "fee", "ins", "inform", "info"], rng.randrange(1, 4))
    o["n_legal"] = rng.randrange(0, 3)
    o["market"] = rng.sample(range(len(MARKET)), rng.randrange(2, 5))
    o["demand_items"] = rng.sample(list(DEMAND_ITEMS), rng.randrange(3, 6))
    o["dphr"] = {k: pick(rng, v) for k, v in DEMAND_ITEMS.items()}
    o["dstyle"] = pick(rng, ["inline", "num", "cn", "circ", "par", "inline"])
    o["dlead"] = pick(rng, ["现本人诉求如下：", "特向{CO}申请：", "本人要求：", "为此本人请求{CO}：", "具体诉求：", "现申请"])
    o["sec"] = {}
    for s in ["greet", "intro", "loan", "hardship", "threat", "agent", "close", "sig", "refile"]:
        o["sec"][s] = section_variant(rng, s, o)
    for t in ["coll", "rate", "fee", "ins", "inform", "info"]:
        o["sec"]["acc:" + t] = section_variant(rng, "acc:" + t, o)
    o["legal"] = [section_variant(rng, "legal", o) for _ in range(3)]
    return o


def derive_template(rng, base, reroll):
    o = json.loads(json.dumps(base))
    for s in list(o["sec"]):
        if chance(rng, reroll):
            o["sec"][s] = section_variant(rng, s, o)
    if chance(rng, reroll):
        o["order"] = list(pick(rng, SECTION_ORDERS))
    for i in range(len(o["legal"])):
        if chance(rng, reroll):
            o["legal"][i] = section_variant(rng, "legal", o)
    if chance(rng, reroll):
        o["market"] = rng.sample(range(len(MARKET)), rng.randrange(2, 5))
    for k in o["dphr"]:
        if chance(rng, reroll):
            o["dphr"][k] = pick(rng, DEMAND_ITEMS[k])
    if chance(rng, reroll):
        o["dstyle"] = pick(rng, ["inline", "num", "cn", "circ", "par"])
        o["dlead"] = pick(rng, ["现本人诉求如下：", "特向{CO}申请：", "本人要求：", "为此本人请求{CO}：", "具体诉求：", "申请事项："])
    if chance(rng, reroll):
        o["demand_items"] = rng.sample(list(DEMAND_ITEMS), rng.randrange(3, 6))
    if chance(rng, reroll):
        o["acc_topics"] = rng.sample(["coll", "rate", "fee", "ins", "inform", "info"], rng.randrange(1, 4))
    return o


def spin_text(rng, text, level, prefs):
    for a, b in prefs:
        text = text.replace(a, b)
    if level <= 0:
        return text
    for a, alts in SYN:
        if a in text and chance(rng, level * 0.5):
            text = text.replace(a, pick(rng, alts))
    return text


def compose_template(rng, o, m, slots, agent_in_text, short=False, refile=False, spin=0.0, coached=False):
    """Build one filing text from the outfit template for member m."""
    order = list(o["order"])
    sec = dict(o["sec"])
    acc = list(o["acc_topics"])
    items = list(o["demand_items"])
    market = list(o["market"])
    legal = list(o["legal"][:o["n_legal"]])
    if spin > 0:
        if chance(rng, spin * 0.6):
            rng.shuffle(items)
        if chance(rng, spin * 0.6):
            rng.shuffle(acc)
        if chance(rng, spin * 0.5) and len(order) > 4:  # swap two adjacent movable sections
            i = rng.randrange(2, len(order) - 1)
            order[i], order[i + 1] = order[i + 1], order[i]
        for s in list(sec):
            if chance(rng, spin * 0.25):  # partial rewrite
                sec[s] = section_variant(rng, s, o)
        if chance(rng, spin * 0.4) and len(market) > 1:
            market.pop(rng.randrange(len(market)))
        if chance(rng, spin * 0.3) and legal:
            legal.pop()
        if chance(rng, spin * 0.3) and len(items) > 2:
            items.pop()
    if short:
        order = [s for s in order if s in ("intro", "hardship", "demand", "threat", "agent", "acc")] or order
        if chance(rng, 0.5):
            order = [s for s in order if s != "intro"]
        legal = legal[:1] if chance(rng, 0.3) else []
        market = market[:1]
    parts = []
    mpos = {}
    for i, mi in enumerate(market):
        mpos.setdefault(pick(rng, ["hardship", "demand", "threat", "accuse", "close", "legal"]), []).append(MARKET[mi])
    for s in order:
        if s == "agent" and not agent_in_text:
            continue
        if s == "sig" and chance(rng, 0.15 * (1 + spin)):
            continue
        if s == "accuse":
            for t in acc:
                parts.append((s, sec["acc:" + t]))
        elif s == "legal":
            for l in legal:
                parts.append((s, l))
        elif s == "demand":
            parts.append((s, make_demand_block(rng, o, items)))
        else:
            parts.append((s, sec.get(s, "")))
        if refile and s == "intro":
            parts.append(("refile", sec["refile"]))
            refile = False
        for ms in mpos.get(s, []):
            parts.append(("market", ms))
    if refile:
        parts.insert(0, ("refile", sec["refile"]))
    if coached:
        extra = pick(rng, ["我真的不是故意不还的。", "家里现在连孩子的学费都交不起。", "我每天都睡不着觉。", "我老婆也没有工作。",
                           "我现在在%s打零工，一个月就两三千。" % m.p.city, "之前一直都是按时还的，从来没逾期过。", "我只想好好把钱还上。",
                           "求求你们了。", "我已经把车卖了还其他的账了。", ""])
        if extra:
            parts.insert(rng.randrange(1, max(2, len(parts))), ("own", extra))
    text_parts = []
    for s, t in parts:
        if not t:
            continue
        text_parts.append(t)
    sep = o["sep"]
    text = sep.join(text_parts)
    for k, v in slots.items():
        text = text.replace("{" + k + "}", v)
    text = spin_text(rng, text, spin, o["prefs"])
    return text.replace("贵平台平台", "贵平台").replace("贵司平台平台", "贵司平台")

# ---------------------------------------------------------------- corpus machinery
CHANNEL_PREFIX = {"app": "APP", "web": "WEB", "hotline": "HL", "email": "EM", "letter": "LT", "regulator": "12378",
                  "social": "SNS", "branch": "BR", "other": "OT"}
DIURNAL = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2.5, 4, 6, 7, 7, 5, 5, 6, 6, 6, 5.5, 5, 6, 7, 7, 5.5, 3]


class Corpus:
    def __init__(self, seed, n):
        self.rng = random.Random(seed * 7919 + 17)
        self.ids = Ids(random.Random(seed * 104729 + 3))
        self.n = n
        base = [date(2025, 9, 1), date(2025, 10, 13), date(2026, 3, 2), date(2025, 5, 12), date(2025, 11, 3)]
        self.start = datetime.combine(base[seed % len(base)], datetime.min.time()).replace(tzinfo=TZ)
        self.span = self.rng.randrange(49, 71)
        self.recs = []
        self.pcount = 0
        self.gcount = 0
        self.icount = 0
        r = self.rng
        # shared networks: carrier NAT (hubs), campuses, offices
        self.nat = [self.ids.ip("mobile") for _ in range(r.randrange(18, 30))]
        self.nat_w = [1.0 / (i + 1) ** 0.8 for i in range(len(self.nat))]
        self.campus = [(self.ids.ip("home"), pick(r, AREAS)) for _ in range(r.randrange(3, 6))]
        self.offices = [self.ids.ip("home") for _ in range(r.randrange(12, 25))]

    # -- ids
    def new_pid(self):
        self.pcount += 1
        return "person-%05d" % self.pcount

    def new_person(self, **kw):
        r = self.rng
        student = kw.pop("student", chance(r, 0.05))
        area = None
        if student:
            ip, area = pick(r, self.campus)
        p = make_person(r, self.ids, self.new_pid(), student=student, area=area, **kw)
        if student:
            p.ip_mode, p.ip_fixed = "campus", ip
        else:
            p.ip_mode = wpick(r, [("home", 58), ("nat", 30), ("office", 12)])
            if p.ip_mode == "office":
                p.ip_fixed = pick(r, self.offices)
        return p

    # -- time
    def t_at(self, day, hour=None, minute=None):
        r = self.rng
        if hour is None:
            hour = wpick(r, list(enumerate(DIURNAL)))
        return self.start + timedelta(days=day, hours=hour, minutes=r.randrange(60) if minute is None else minute, seconds=r.randrange(60))

    def t_random(self, lo=0, hi=None):
        hi = self.span if hi is None else hi
        return self.t_at(self.rng.randrange(lo, max(lo + 1, hi)))

    def adjust(self, channel, t):
        """Arrival time at the lender's desk for a filing made at t."""
        r = self.rng
        if channel == "regulator":
            t = t + timedelta(hours=r.uniform(2, 30))
            return self.office(t, batch=True)
        if channel == "letter":
            return self.office(t + timedelta(days=r.uniform(2, 5)))
        if channel == "other":
            return self.office(t + timedelta(hours=r.uniform(4, 72)))
        if channel in ("hotline",):
            if t.hour < 8:
                t = t.replace(hour=8) + timedelta(minutes=r.randrange(0, 120))
            elif t.hour >= 22:
                t = (t + timedelta(days=1)).replace(hour=8) + timedelta(minutes=r.randrange(0, 150))
        if channel == "branch":
            return self.office(t)
        return t

    def office(self, t, batch=False):
        r = self.rng
        while True:
            if t.weekday() >= 5:
                t = (t + timedelta(days=7 - t.weekday())).replace(hour=9, minute=0)
                continue
            if t.hour < 9:
                t = t.replace(hour=9, minute=0)
            if t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=9, minute=0)
                continue
            break
        if batch:  # referrals land in a few daily pushes
            slot = pick(r, [9, 10, 14, 16]) if t.hour < 10 else pick(r, [h for h in (10, 14, 16) if h >= t.hour] or [16])
            t = t.replace(hour=slot, minute=r.randrange(0, 35), second=r.randrange(60))
        else:
            t = t.replace(minute=r.randrange(60), second=r.randrange(60))
        return t

    # -- identity fields
    def origin(self, p, channel, device=None, ip=None):
        r = self.rng
        if channel not in ("app", "web"):
            return None
        o = {}
        if ip is None:
            if p.ip_mode in ("campus", "office"):
                ip = p.ip_fixed if chance(r, 0.8) else pick(r, self.nat)
            elif p.ip_mode == "nat":
                ip = self.nat[wpick(r, list(enumerate(self.nat_w)))]
            else:
                ip = p.home_ip if chance(r, 0.85) else self.nat[wpick(r, list(enumerate(self.nat_w)))]
        o["ip"] = ip
        if channel == "app":
            o["deviceId"] = device or p.device
        elif chance(r, 0.5):
            o["deviceId"] = device or p.webfp
        if chance(r, 0.03):
            o.pop("ip")
        return o or None

    def complainant(self, p, channel, name=None, phone=None, idn=None, not_customer=False, email=None):
        r = self.rng
        c = {"name": name or (social_name(r, p) if channel == "social" else p.name)}
        pr = {"app": (0.95, 0.3, 0.9, 0.05), "web": (0.9, 0.4, 0.45, 0.3), "hotline": (0.97, 0.2, 0.7, 0.0), "email": (0.5, 0.3, 0.3, 1.0),
              "letter": (0.85, 0.7, 0.2, 0.05), "regulator": (0.95, 0.5, 0.15, 0.05), "social": (0.35, 0.05, 0.3, 0.0),
              "branch": (0.95, 0.9, 0.8, 0.0), "other": (0.8, 0.3, 0.1, 0.0)}[channel]
        if chance(r, pr[0]) or phone:
            c["phone"] = phone or p.phone
        if chance(r, pr[1]) or idn:
            c["idNumber"] = idn or p.idn
        if chance(r, pr[2]) and not not_customer:
            c["customerId"] = p.cid
        if chance(r, pr[3]) or email:
            e = email or p.email
            if e is None:
                p.email = self.ids.email()
                e = p.email
            c["email"] = e
        return c

    def desk_category(self, cat):
        r = self.rng
        x = r.random()
        if x < 0.78:
            return cat
        if x < 0.88:
            return None
        return pick(r, ["other", "service", "collection", "fees"])

    def emit(self, channel, t, comp, text, kind, group, rep=None, product=None, category=None, origin=None, meta=None):
        rec = {"channel": channel, "receivedAt": t, "complainant": comp}
        if rep:
            rec["representative"] = {k: v for k, v in rep.items() if k in ("name", "phone", "organization", "relation") and v}
        if product:
            rec["product"] = product
        if category:
            rec["category"] = category
        text = text.strip()
        if len(text) > 10000:
            text = text[:9990]
        rec["text"] = text or "投诉"
        if origin:
            rec["origin"] = origin
        rec["_kind"], rec["_group"] = kind, group
        rec["_meta"] = meta or {}
        self.recs.append(rec)
        return rec

    def count(self, kind):
        return sum(1 for x in self.recs if x["_kind"] == kind)

# ---------------------------------------------------------------- honest processes
HONEST_CH = [("app", 33), ("hotline", 22), ("web", 10), ("regulator", 14), ("email", 6), ("social", 8), ("letter", 3), ("branch", 1), ("other", 3)]


def person_style(rng, p):
    if not hasattr(p, "style"):
        p.style = {"punct": wpick(rng, [("full", 60), ("half", 10), ("mixed", 15), ("space", 7), ("sparse", 8)]),
                   "typo": pick(rng, [0.0, 0.02, 0.05, 0.1, 0.2])}
    return p.style


def mix_in(rng, facts, bits):
    facts = list(facts)
    for b in bits:
        facts.insert(rng.randrange(0, len(facts) + 1), b)
    return facts


def product_field(rng, p, not_customer=False):
    if not_customer or chance(rng, 0.25):
        return None
    return p.product


def do_honest(C, kind, p=None, t=None, channel=None, cat=None, builder=None, rep=None, comp_override=None, group=None):
    r = C.rng
    p = p or C.new_person()
    t = t or C.t_random()
    channel = channel or wpick(r, HONEST_CH)
    c = Case(r, p, t)
    if builder:
        f, fe, dm, title, cat = builder(r, c)
    else:
        cat = cat or wpick(r, CAT_WEIGHTS)
        f, fe, dm, title = CATEGORY_FUN[cat](r, c)
        if chance(r, 0.5 if channel in ("email", "letter") else 0.15 if channel in ("app", "web", "social", "regulator") else 0.0):
            c.no_wrong = True
            f2, fe2, dm2, _ = CATEGORY_FUN[cat](r, c)
            f = f + [pick(r, ["另外，", "还有，", "不仅如此，", "更过分的是，", ""]) + x for x in f2[1:2]] + f2[2:]
            fe = fe + fe2[:1]
            dm = dm + [x for x in dm2 if x not in dm][:1]
        f = mix_in(r, f, personal_bits(r, c, r.randrange(0, 4)))
    text = render(r, channel, c, f, fe, dm, title, rep=rep, style=person_style(r, p))
    core = getattr(render, "last_core", None)
    arr = C.adjust(channel, t)
    comp = comp_override or C.complainant(p, channel, not_customer=c.not_customer)
    return C.emit(channel, arr, comp, text, kind, group or p.pid, rep=rep, product=product_field(r, p, c.not_customer),
                  category=C.desk_category(cat), origin=C.origin(p, channel),
                  meta={"p": p, "t": t, "facts": f, "fe": fe, "dm": dm, "title": title, "cat": cat, "core": core, "nc": c.not_customer, "rep": rep})


STATUS = {"collection": ["催收到现在还在打<MY>家人电话。", "这几天催收电话反而更多了。", "昨天又有人打到<MY>单位去了。"],
          "fees": ["钱到现在也没退。", "客服只说会反馈，之后就没有下文了。"], "deduction": ["多扣的钱到现在还没退回来。", "说好的退款一直没到账。"],
          "credit-report": ["征信到现在也没改过来。", "<MY>贷款申请还卡在这里。"], "privacy": ["骚扰电话还是每天都有。", "到现在也没人告诉<ME>是怎么泄露的。"],
          "insurance": ["保费到现在也没退。"], "service": ["问题一直没解决。", "还是没有人工联系<ME>。"], "other": ["一直没人处理。"]}


def do_follow_up(C, orig, nth):
    r = C.rng
    m = orig["_meta"]
    p = m["p"]
    t = m["t"] + timedelta(days=r.uniform(4, 18), hours=r.uniform(-5, 5))
    if (t - C.start).days >= C.span:
        return None
    channel = orig["channel"] if chance(r, 0.4) else wpick(r, [("regulator", 35), ("hotline", 25), ("app", 20), ("email", 10), ("social", 10)])
    c = Case(r, p, t)
    tick = "%s%d" % (pick(r, ["", "TS", "No.", "工单"]), r.randrange(10 ** 6, 10 ** 8))
    pre = [pick(r, ["<I>%s已经投诉过一次，%s" % (fmt_date(r, m["t"].date(), 1), pick(r, ["到现在还没有处理结果。", "一直没人联系<ME>。", "当时说会尽快处理。"])),
                    "这是<I>第%s次反映这个问题了。" % ("二" if nth == 1 else "三"),
                    "之前投诉的编号是%s，" % tick, "上次客服说%d个工作日内给答复，到今天已经%d天了。" % (r.randrange(3, 8), (t - m["t"]).days),
                    "还是上次那个问题。"])]
    facts = [x for x in m["facts"] if x and not x.startswith("~")]
    facts = facts[:r.randrange(1, 3)] if facts else []
    facts.append(pick(r, STATUS.get(m["cat"], STATUS["other"])))
    fe = [pick(r, ["~我真的很失望。", "~能不能给个准话？", "~麻烦这次认真处理一下。", "~我不想一直这样打电话。"])]
    dm = list(m["dm"])
    if chance(r, 0.35):
        dm.append(pick(r, ["如果再不处理，<I>只能向金融监管总局反映了", "<I>已经准备打12378了", "请给个明确的处理时间"]))
    text = render(r, channel, c, facts, fe, dm, m["title"], pre=pre, rep=m.get("rep"), style=person_style(r, p))
    comp = C.complainant(p, channel, not_customer=m["nc"])
    if orig["complainant"]["name"] != p.name and channel != "social":
        comp["name"] = orig["complainant"]["name"]
    return C.emit(channel, C.adjust(channel, t), comp, text, "follow-up", orig["_group"], rep=m.get("rep"),
                  product=product_field(r, p, m["nc"]), category=C.desk_category(m["cat"]), origin=C.origin(p, channel),
                  meta={"p": p, "t": t, "facts": m["facts"], "fe": m["fe"], "dm": m["dm"], "title": m["title"], "cat": m["cat"], "core": None, "nc": m["nc"]})


def do_copy(C, orig):
    r = C.rng
    m = orig["_meta"]
    p = m["p"]
    t = m["t"] + timedelta(hours=r.uniform(0.3, 60))
    oc = orig["channel"]
    chs = [("regulator", 55), ("email", 12), ("social", 15), ("app", 8), ("web", 8), ("hotline", 6)]
    channel = wpick(r, [x for x in chs if x[0] != oc])
    c = Case(r, p, t)
    core = m["core"] if (m["core"] and chance(r, 0.7)) else None
    fm = "first" if core else None
    text = render(r, channel, c, m["facts"], m["fe"], m["dm"], m["title"], rep=m.get("rep"), style=person_style(r, p), core=core, force_mode=fm)
    comp = C.complainant(p, channel, not_customer=m["nc"])
    if orig["complainant"]["name"] != p.name and channel != "social":
        comp["name"] = orig["complainant"]["name"]
    return C.emit(channel, C.adjust(channel, t), comp, text, "cross-channel-copy", orig["_group"], rep=m.get("rep"),
                  product=orig.get("product"), category=C.desk_category(m["cat"]), origin=C.origin(p, channel),
                  meta={"p": p, "t": t, "facts": m["facts"], "fe": m["fe"], "dm": m["dm"], "title": m["title"], "cat": m["cat"], "core": None, "nc": m["nc"]})


def waiver_builder(rng, c):
    p = c.p
    od = rng.randrange(0, 120)
    f = [pick(rng, ["<I>在<CO>借了%s，%s" % (fmt_money(rng, p.amount), pick(rng, ["还剩%d期没还。" % rng.randrange(2, 20), "还欠%s。" % fmt_money(rng, p.amount * rng.uniform(0.2, 0.9))])),
                    "<I>%s在<CO>借款%s，前面都是按时还的。" % (c.loanword(), fmt_money(rng, p.amount)),
                    "本人在<CO>有一笔借款，目前还欠%s左右。" % fmt_money(rng, p.amount * rng.uniform(0.2, 0.9), 0)])]
    d = fmt_date(rng, c.ago(rng.randrange(20, 200)), 1)
    f.append(pick(rng, ["%s<I>%s，到现在还没找到新工作。" % (d, pick(rng, ["被公司裁员了", "所在的厂子倒闭了", "被辞退了", "合同到期没续签"])),
                        "<MY>%s%s查出%s，住院花了%s，家里的积蓄都花光了。" % (pick(rng, ["父亲", "母亲", "老公", "老婆", "孩子"]), d, pick(rng, ["肺癌", "尿毒症", "脑梗", "白血病", "心脏病", "乳腺癌"]), fmt_money(rng, rng.uniform(3, 30) * 10000, 5)),
                        "<I>在%s开的%s生意不好，%s关门了，还欠着房租。" % (p.city, pick(rng, ["小饭店", "奶茶店", "服装店", "水果店", "理发店"]), d),
                        "<I>%s出了车祸，腿骨折了，%d个月没法干活。" % (d, rng.randrange(2, 7)),
                        "<I>%s生了孩子，一直没上班，家里就靠老公一个人的工资。" % d,
                        "<I>老家%s遭了灾，地里的收成全没了。" % pick(rng, ["去年", "今年夏天"]),
                        "<I>工资被拖欠了%d个月，老板跑路了，劳动仲裁还在走程序。" % rng.randrange(2, 8)]))
    f.append(pick(rng, ["现在已经逾期%d天了。" % od if od else "目前还没有逾期，但下个月肯定还不上了。", "这个月的还款实在凑不出来了。",
                        "<I>每个月最多能拿出%s来还。" % fmt_money(rng, rng.randrange(3, 20) * 100, 0), "已经逾期了，罚息越滚越多。"]))
    fe = [pick(rng, ["~我不是不想还，是真的没办法了。", "~欠的钱我一定会还的。", "~我从来没想过赖账。", "~说出来挺丢人的，但实在没办法。", "~麻烦帮帮忙。"])]
    dm = [pick(rng, ["能不能减免一部分罚息", "能不能把剩下的分成%d期" % pick(rng, [12, 18, 24, 36]), "能不能延期%d个月再还" % rng.randrange(1, 7),
                     "能不能先只还本金", "停止计算罚息，给<I>一点时间", "听说可以申请停息挂账，不知道<CO>能不能给<I>办"])]
    if chance(rng, 0.4):
        dm.append(pick(rng, ["<I>愿意先还%s表示诚意" % fmt_money(rng, rng.randrange(5, 50) * 100, 0), "能不能不要打<MY>家里人电话", "这期间别上征信"]))
    if chance(rng, 0.3):
        f.append(pick(rng, ["<I>在网上看到说可以找12378反映，<I>也不懂，想先问问<CO>。", "<I>也在12378咨询过，他们让<I>先和<CO>协商。",
                            "如果<CO>实在不同意，<I>只能去12378问问了。", "朋友说可以找金融监管局，<I>还是想先跟<CO>商量。"]))
    if chance(rng, 0.12):
        f.append(pick(rng, MARKET[:2] + [MARKET[4], MARKET[11]]).replace("本人", "<I>").replace("贵司", "<CO>"))
    if chance(rng, 0.2):
        f.append("~%s" % pick(rng, ["我属于非恶意逾期。", "我这个算非恶意逾期吧。", "我真不是恶意逾期。"]))
    f = mix_in(rng, f, personal_bits(rng, c, rng.randrange(0, 2)))
    return f, fe, dm, pick(rng, ["申请减免", "协商还款", "申请延期还款", "困难申请分期"]), "fees" if chance(rng, 0.5) else "collection" if chance(rng, 0.3) else "other"


LAW_FIRMS = ["律师事务所"]


def do_represented(C, lawyers):
    r = C.rng
    p = C.new_person(age=r.randrange(52, 78) if chance(r, 0.5) else None)
    t = C.t_random()
    mode = wpick(r, [("family", 75), ("lawyer", 25)])
    if mode == "family":
        relw = pick(r, ["女儿", "儿子", "妻子", "丈夫", "姐姐", "弟弟"] if p.age < 50 else ["女儿", "儿子", "儿媳", "女婿"])
        male = relw in ("儿子", "丈夫", "弟弟", "女婿")
        sn = p.name[0] if relw in ("女儿", "儿子", "姐姐", "弟弟") and p.male else None
        rname = gen_name(r, male, sn)
        rep = {"name": rname, "phone": C.ids.phone(), "relation": "family", "rel_word": relw}
        channel = wpick(r, [("hotline", 35), ("app", 10), ("email", 15), ("web", 10), ("regulator", 15), ("letter", 10), ("social", 5)])
        who = {"女儿": "我爸" if p.male else "我妈", "儿子": "我爸" if p.male else "我妈", "儿媳": "我公公" if p.male else "我婆婆",
               "女婿": "我岳父" if p.male else "我岳母", "妻子": "我老公", "丈夫": "我老婆", "姐姐": "我弟弟" if p.male else "我妹妹", "弟弟": "我哥" if p.male else "我姐"}[relw]
        def b(rng, c):
            sub = rng.randrange(4)
            f = ["我是%s的%s，%s" % (p.name, relw, pick(rng, ["替%s反映一个情况。" % who[1:], "%s不太会用手机，我来帮%s投诉。" % (who, "他" if p.male else "她"), "%s现在住院，没法自己处理。" % who]))]
            cat = "collection"
            if sub == 0:
                f.append("%s今年%d岁了，%s在%s借了%s。" % (who, p.age, pick(rng, ["不知道被谁忽悠", "前年", "为了给家里盖房"]), pick(rng, APP_NAMES), fmt_money(rng, p.amount)))
                if p.age >= 55:
                    f.append(pick(rng, ["最近催收天天打电话吓唬老人，说要抓%s去坐牢，老人吓得血压都高了。" % ("他" if p.male else "她"), "催收打到我们所有亲戚那里，老人现在不敢出门。"]))
                    dm = ["停止对老人的电话骚扰，有事联系我", "我们愿意协商还款"]
                else:
                    f.append(pick(rng, ["最近催收天天打电话到家里，说要抓%s去坐牢，%s吓得不敢接电话。" % ("他" if p.male else "她", "他" if p.male else "她"), "催收打到我们所有亲戚那里，%s现在整天哭。" % ("他" if p.male else "她")]))
                    dm = ["停止电话骚扰，有事联系我", "我们家属愿意协商还款"]
            elif sub == 1:
                cat = "other"
                f.append("%s%s因病去世了，生前在你们那里还有一笔借款没还完。" % (who, fmt_date(rng, c.ago(rng.randrange(20, 90)), 1)))
                f.append(pick(rng, ["我们家属愿意处理，但需要你们告诉我们具体欠多少。", "人都走了，催收还在一直打他手机。", "死亡证明我们可以提供。"]))
                dm = ["请提供欠款明细", "停止催收", "看看有没有保险可以理赔"]
                cat = "insurance" if chance(rng, 0.3) else "other"
            elif sub == 2:
                cat = "fees"
                f.append("%s住院前借了%s，现在%s在ICU，家里所有钱都用来治病了。" % (who, fmt_money(rng, p.amount), "他" if p.male else "她"))
                dm = ["能不能暂停计息几个月", "等%s出院再商量还款" % who[1:]]
            else:
                cat = "fees"
                f.append("%s不识字，被人带着在%s上借了钱，还被开通了%s，每个月扣%d元。" % (who, pick(rng, APP_NAMES), pick(rng, ["会员", "保险", "权益包"]), rng.randrange(20, 300)))
                dm = ["退还这些费用", "以后有事联系我"]
            f.append("我的电话是%s。" % rep["phone"])
            fe = (["~希望你们体谅一下。"] + (["~老人家经不起这样折腾。"] if p.age >= 60 else [])) if chance(rng, 0.6) else ["~麻烦了。"]
            return f, fe, dm, pick(rng, ["家属代为投诉", "老人被催收骚扰", "家属反映"]), cat
        comp = None
        if chance(r, 0.2):  # desk recorded the relative as complainant
            comp = {"name": rname, "phone": rep["phone"]}
            rep_field = None
        else:
            rep_field = rep
        rec = do_honest(C, "honest-represented", p=p, t=t, channel=channel, builder=b, rep=rep_field, comp_override=comp)
        rec["_meta"]["rep"] = rep_field
        if channel in ("hotline",) and rep_field is None:
            pass
        return rec
    law = pick(r, lawyers)
    rep = {"name": law["name"], "phone": law["phone"], "organization": law["firm"], "relation": "lawyer"}
    channel = wpick(r, [("email", 45), ("letter", 40), ("regulator", 10), ("hotline", 5)])
    def b(rng, c):
        cat, issue, detail, dm = pick(rng, [
            ("credit-report", "冒用身份借款", "委托人从未在贵司申请借款，其身份证于%d年遗失，已于%s向%s公安机关报案（报案回执附后）。" % (rng.randrange(2018, 2025), fmt_date(rng, c.ago(rng.randrange(5, 60)), 0), p.city),
             ["立即停止对委托人的催收", "核查该笔借款的申请及放款记录", "向征信中心申请删除相关不良记录"]),
            ("collection", "违规催收", "自%s起，贵司或贵司委托的催收机构多次向委托人亲属、同事披露其债务信息，并使用侮辱性语言，委托人已保存通话录音%d份。" % (fmt_date(rng, c.ago(rng.randrange(15, 60)), 0), rng.randrange(5, 40)),
             ["停止违规催收行为", "提供委外催收机构信息", "书面致歉"]),
            ("fees", "费用争议", "委托人借款%s，贵司及合作担保公司另行收取担保费、服务费共计%s，借款合同未对上述费用作充分披露。" % (fmt_money(rng, p.amount, 0), fmt_money(rng, p.amount * rng.uniform(0.05, 0.15), 0)),
             ["提供完整借款合同及费用明细", "退还不当收取的费用"]),
            ("deduction", "扣款争议", "贵司于%s从委托人未授权的银行账户划扣%s。" % (fmt_date(rng, c.ago(rng.randrange(5, 40)), 0), fmt_money(rng, p.amount * 0.1, 0)),
             ["退还划扣款项", "提供代扣授权依据"])])
        f = ["%s接受%s的委托，就其与贵司之间的%s事宜致函如下：" % (law["firm"], p.name, issue), detail,
             pick(rng, ["委托人愿意配合核查。", "上述事实有相关证据佐证。", "委托人对合法债务无异议，但对上述问题要求依法处理。"])]
        fe = []
        tail = "请于收到本函之日起15日内书面回复。联系人：%s律师，电话%s。" % (law["name"], law["phone"])
        return f + [tail], fe, dm, "律师函：" + issue, cat
    return do_honest(C, "honest-represented", p=p, t=t, channel=channel, builder=b, rep=rep)


INCIDENTS = ["double", "outage", "sms", "interest"]


def incident_builder(itype, day0):
    def b(rng, c):
        p = c.p
        x = p.amount * rng.uniform(0.04, 0.12)
        bank = pick(rng, ["工行", "建行", "农行", "招行", "中行", "邮储", "交行", "兴业"])
        if itype == "double":
            cat = "deduction"
            f = [pick(rng, ["今天早上<I>的%s卡被<CO>扣了两次款，每次%s。" % (bank, fmt_money(rng, x)),
                            "凌晨%d点多连着收到两条扣款短信，同一期账单扣了两遍。" % rng.randrange(1, 6),
                            "<I>这期本来应还%s，银行卡显示扣了%s。" % (fmt_money(rng, x), fmt_money(rng, 2 * x)),
                            "刚看银行APP，<CO>今天扣了<I>两笔一样的钱。"]),
                 pick(rng, ["卡里的钱本来是留着交%s的。" % pick(rng, ["房租", "房贷", "孩子学费", "医药费", "车贷"]), "APP上只显示还了一期。", "", "现在卡里只剩几十块钱了。",
                            "听说群里好多人都被重复扣了。", "打客服电话一直占线。"])]
            dm = [pick(rng, ["今天之内把多扣的钱退回来", "尽快退款", "退款并说明原因", "把钱退回原卡"])]
            title = "重复扣款"
        elif itype == "outage":
            cat = "service"
            f = [pick(rng, ["今天是<I>的还款日，从%d点开始在APP上还款一直提示“系统繁忙”。" % rng.randrange(18, 23),
                            "APP从晚上开始就打不开，<I>想还款还不了。", "还款页面一直转圈，试了十几次都不行。",
                            "<I>%s点多想还款，APP登录不上去，显示网络异常。" % rng.randrange(19, 24)]),
                 pick(rng, ["换了手机和WiFi也一样。", "截图<I>都保存了。", "客服电话也打不进去。", "", "<I>从来没逾期过。"])]
            dm = [pick(rng, ["这种情况不能算<I>逾期", "不能因此上征信", "延长今天的还款时间", "不要收罚息"])]
            title = "APP无法还款"
        elif itype == "sms":
            cat = "collection"
            f = [pick(rng, ["今天收到<CO>短信，说<I>已经逾期，要上报征信，可是<I>%s就已经还了。" % fmt_date(rng, c.ago(rng.randrange(1, 6)), 1),
                            "<I>明明按时还了款，今天突然收到逾期提醒短信。", "早上收到短信说<I>的账户严重逾期，吓了<I>一跳。"]),
                 pick(rng, ["APP上显示已结清/已还款。", "还款记录截图都有。", "", "家里人看到短信还以为<I>欠钱不还。"])]
            dm = [pick(rng, ["解释清楚为什么发这种短信", "确认不会影响<MY>征信", "道歉"])]
            title = "错发逾期短信"
        else:
            cat = "fees"
            f = [pick(rng, ["这个月账单的利息突然比上个月多了%s。" % fmt_money(rng, rng.uniform(20, 400)),
                            "<I>的分期每期都是固定金额，这期突然变多了。", "今天打开APP发现应还金额变了，多了一笔利息。"]),
                 pick(rng, ["合同上写的是固定利率。", "", "客服也说不清楚。"])]
            dm = [pick(rng, ["核实并更正账单", "说明原因", "多收的退回来"])]
            title = "账单金额异常"
        fe = [pick(rng, ["~怎么回事？", "~赶紧处理！", "~这么大的公司系统也能出错？", "~急！", "~请给个说法。"])]
        return mix_in(rng, f, personal_bits(rng, c, rng.randrange(0, 2))), fe, dm, title, cat
    return b


def do_incident(C, itype, t0, size, gid):
    r = C.rng
    b = incident_builder(itype, t0)
    out = []
    for _ in range(size):
        lag = r.expovariate(1 / 6.0) if itype != "outage" else r.expovariate(1 / 3.0)
        t = t0 + timedelta(hours=min(lag, 30), minutes=r.randrange(60))
        if itype == "double" and t.hour < 6 and chance(r, 0.7):
            t = t.replace(hour=r.randrange(6, 10))
        ch = wpick(r, [("app", 38), ("hotline", 30), ("social", 14), ("web", 6), ("email", 4), ("regulator", 8)])
        out.append(do_honest(C, "incident", t=t, channel=ch, builder=b, group=gid))
    return out

# ---------------------------------------------------------------- professional repeat complainants
ESC_PRE = [
    ["这是<I>第{N}次投诉！", "上次投诉的工单号{T}，<CO>到现在没有给<ME>满意答复。", "你们客服上次答应<ME>{D}前给结果，结果呢？", "~又是我。"],
    ["<I>已经向12378、人民银行、12345都反映过了。", "<I>不接受任何调解方案。", "别再让客服打电话来敷衍<ME>。",
     "你们已经超过15天答复期限了，<I>会向监管举报<CO>超时。", "第{N}次投诉，<CO>一直在拖。", "~你们是不是觉得我好欺负？"],
    ["<I>会一直投诉下去，直到解决为止。", "<I>已经联系了记者。", "<I>已经整理好全部材料准备起诉<CO>。", "下周<I>就去<CO>总部当面要说法。",
     "这已经是<I>本月第{N}次投诉，<CO>的处理态度<I>全部录音了。", "~你们一个个都是推卸责任。"],
]
ESC_DM = ["全额退还所有利息和费用", "赔偿<I>精神损失费{X}元", "书面道歉并加盖公章", "提供借款以来所有的通话录音", "开除相关人员并告知<ME>处理结果",
          "出具无逾期证明并删除所有征信记录", "本金减免一半", "赔偿<I>误工费{Y}元", "由<CO>总经理亲自给<ME>回电"]
ESC_TAIL = ["以上要求缺一不可。", "不接受分期、不接受部分退款。", "少一项都不行。", "{K}日内不解决<I>就起诉。", "不要再拿“已反馈”来应付<ME>。", ""]


def do_repeat_person(C):
    r = C.rng
    p = C.new_person(age=r.randrange(26, 62), student=False)
    person_style(r, p)
    p.style["typo"] = max(p.style["typo"], 0.03)
    rels = []
    for rw in rng_sample(r, ["老婆", "老公", "父亲", "母亲", "弟弟"], 2):
        male = rw in ("老公", "父亲", "弟弟")
        if rw in ("老婆",) and not p.male or rw == "老公" and p.male:
            continue
        sn = p.name[0] if rw in ("父亲", "弟弟") or (rw == "母亲" and chance(r, 0.1)) else None
        rels.append((rw, gen_name(r, male, sn), C.ids.phone(), make_id(r, p.area, p.birth - timedelta(days=r.randrange(-3000, 9000)), male)))
    n = wpick(r, [(5, 12), (6, 14), (7, 14), (8, 12), (9, 10), (10, 9), (12, 8), (14, 6), (16, 4), (20, 3)])
    t = C.t_random(0, max(1, C.span - 25))
    chw = dict([("regulator", 28), ("hotline", 20), ("app", 14), ("email", 10), ("social", 10), ("letter", 6), ("web", 8), ("other", 4)])
    for k in list(chw):
        chw[k] *= r.uniform(0.3, 1.8)
    prev = []
    x = r.randrange(2, 30) * 1000
    out = []
    for k in range(n):
        if (t - C.start).days >= C.span:
            break
        ch = wpick(r, list(chw.items()))
        cat = wpick(r, [("collection", 25), ("fees", 25), ("service", 20), ("credit-report", 10), ("deduction", 8), ("privacy", 7), ("insurance", 5)])
        c = Case(r, p, t)
        c.no_wrong = True
        f, fe, dm, title = CATEGORY_FUN[cat](r, c)
        stage = 0 if k < 2 else 1 if k < 5 else 2
        pre = []
        for st in range(stage + 1):
            if k == 0 and st == 0 and chance(r, 0.6):
                continue
            s = pick(r, ESC_PRE[st])
            pre.append(s.replace("{N}", cn_num(k + 1) if chance(r, 0.6) else str(k + 1)).replace("{T}", prev[-1] if prev else str(r.randrange(10 ** 7, 10 ** 8)))
                       .replace("{D}", fmt_date(r, c.ago(r.randrange(2, 9)), 1)))
        if chance(r, 0.5):
            f = mix_in(r, f, personal_bits(r, c, 1))
        nd = min(len(ESC_DM), 1 + k // 2 + r.randrange(0, 2))
        x = min(300000, int(x * r.uniform(1.0, 1.35) / 1000) * 1000)
        dm = list(dm[:1]) + [d.replace("{X}", str(x)).replace("{Y}", str(r.randrange(2, 30) * 500)) for d in rng_sample(r, ESC_DM, nd)]
        post = [pick(r, ESC_TAIL).replace("{K}", str(r.randrange(3, 10)))]
        comp = None
        rep = None
        if rels and chance(r, 0.22):
            rw, rn, rph, rid = pick(r, rels)
            m = r.randrange(3)
            if m == 0:
                comp = {"name": rn, "phone": p.phone}
            elif m == 1:
                comp = {"name": rn, "idNumber": p.idn, "phone": rph}
            else:
                comp = {"name": rn, "phone": p.phone, "idNumber": rid}
            if chance(r, 0.5):
                pre.insert(0, "我是%s的%s，" % (p.name, pick(r, ["家属", "亲属", "家人"])))
        text = render(r, ch, c, f, fe, dm, title, pre=pre, post=post, style=p.style)
        if comp is None:
            comp = C.complainant(p, ch)
            if ch in ("regulator", "hotline", "letter", "email"):
                comp["phone"] = p.phone
        tick = "%s%d" % (pick(r, ["", "TS", "No."]), r.randrange(10 ** 6, 10 ** 8))
        prev.append(tick)
        out.append(C.emit(ch, C.adjust(ch, t), comp, text, "repeat", p.pid, product=product_field(r, p), category=C.desk_category(cat),
                          origin=C.origin(p, ch), meta={"p": p, "t": t}))
        t = t + timedelta(hours=r.expovariate(1 / (24 * r.uniform(1.5, 5))) + r.uniform(2, 20))
    return out


def rng_sample(r, seq, k):
    return r.sample(list(seq), min(k, len(seq)))

# ---------------------------------------------------------------- outfits
def make_outfit(C, gid, sellers):
    r = C.rng
    o = derive_template(r, pick(r, sellers), r.uniform(0.3, 0.85))
    o["gid"] = gid
    o["sep"] = pick(r, ["", "", "\n", "\n\n", " ", ""])
    o["prefs"] = [(a, pick(r, alts)) for a, alts in rng_sample(r, SYN[1:], r.randrange(0, 4))]
    o["CO"] = pick(r, ["贵司", "贵公司", "你司", "贵平台", "贵司"])
    o["LENDER"] = pick(r, [LENDER_FULL, "安盈消费金融", "安盈消金"])
    o["APP"] = pick(r, ["", "APP", "（" + pick(r, APP_NAMES) + "）", pick(r, APP_NAMES)])
    o["datestyle"] = r.randrange(6)
    o["punct"] = wpick(r, [("full", 70), ("half", 12), ("mixed", 18)])
    o["DL"] = str(pick(r, [3, 5, 7, 7, 10, 15]))
    otype = wpick(r, [("agency", 45), ("hybrid", 35), ("coach", 20)])
    o["type"] = otype
    o["coach_frac"] = {"agency": r.uniform(0, 0.08), "hybrid": r.uniform(0.2, 0.5), "coach": r.uniform(0.8, 1.0)}[otype]
    o["p_rep"] = {"agency": r.uniform(0.45, 0.9), "hybrid": r.uniform(0.15, 0.5), "coach": r.uniform(0.0, 0.2)}[otype]
    o["p_text_agent"] = r.uniform(0.35, 0.9)
    o["p_phone_sub"] = r.uniform(0.05, 0.6)
    o["p_dev"] = r.uniform(0.5, 0.95)
    o["orgs"] = [new_org(r) for _ in range(r.randrange(1, 3))]
    o["agents"] = [{"name": new_agent_name(r), "phone": C.ids.phone(), "wx": C.ids.wechat()} for _ in range(r.randrange(1, 4))]
    o["email"] = C.ids.email()
    o["devices"] = [C.ids.device() for _ in range(r.randrange(1, 5))]
    o["webfps"] = [C.ids.webfp() for _ in range(r.randrange(1, 3))]
    o["ips"] = [C.ids.ip("home") for _ in range(r.randrange(1, 3))]
    o["spin"] = r.uniform(0.0, 0.55)
    base = {"regulator": 45, "email": 10, "letter": 5, "app": 15, "web": 10, "hotline": 10, "social": 5}
    o["ch"] = [(k, v * r.uniform(0.2, 2.0)) for k, v in base.items()]
    o["size"] = max(4, min(120, int(r.lognormvariate(3.1, 0.65))))
    o["drip"] = chance(r, 0.2)
    o["start"] = r.randrange(0, max(1, C.span - 10))
    nw = r.randrange(1, 5)
    days = [o["start"]]
    for _ in range(nw - 1):
        days.append(days[-1] + r.randrange(3, 13))
    o["waves"] = [d for d in days if d < C.span] or [o["start"]]
    o["adapt_day"] = o["start"] + r.randrange(10, 40) if chance(r, 0.4) else 10 ** 6
    return o


class Member:
    pass


def ring_summary(r, o, m, slots, persp, via_agent, items):
    acc = "，".join(ACCUSE_SHORT[t] for t in o["acc_topics"][:2])
    dms = "、".join(DEMAND_SHORT[k].replace("{N}", slots["N"]) for k in items)
    thr = pick(r, ["如不同意将向监管部门投诉", "称已准备向12378投诉", "态度强硬，表示不接受其他方案", "称不解决将向媒体曝光", "并称保留起诉权利"])
    if persp == "third-desk":
        if via_agent:
            lead = pick(r, ["来电人自称是客户%s的委托代理人%s，" % (m.p.name, slots["AGENT"]), "%s来电，自称%s工作人员，代客户%s协商，" % (slots["AGENT"], slots["ORG"], m.p.name),
                            "第三方来电（自称%s）为客户%s协商还款，" % (slots["ORG"], m.p.name)])
            tail = pick(r, ["来电人要求后续只与其联系，电话%s。" % slots["APHONE"], "来电人拒绝提供委托书原件。", "已告知需提供授权委托材料。", ""])
        else:
            lead = pick(r, ["客户来电称，", "客户来电表示", "客户%s来电，" % m.p.name])
            tail = pick(r, ["客户情绪激动。", "已记录诉求。", "", "客户表示已咨询过专业人士。"])
        text = lead + "其于%s借款%s元，因%s逾期，" % (slots["DATE"], slots["AMT"], slots["REASON"]) + \
            (pick(r, ["称", "反映"]) + acc + "，" if acc and chance(r, 0.7) else "") + "要求" + dms + "，" + thr + "。" + tail
        return text
    head = reg_header(r, Case(r, m.p, m.t), m.p.name, pick(r, ["协商还款", "减免罚息", "暴力催收", "债务协商"]), paste=False)
    text = head + pick(r, ["", "借款人"]) + "于%s向该公司借款%s元，因%s无力还款，" % (slots["DATE"], slots["AMT"], slots["REASON"]) + \
        (acc + "，" if acc else "") + "诉求：" + dms + "。" + (("已委托%s处理，联系电话%s。" % (slots["ORG"], slots["APHONE"])) if via_agent else "")
    return sub_tokens(r, text, "third-reg") + reg_footer(r)


def outfit_filings(C, o):
    r = C.rng
    members = []
    for i in range(o["size"]):
        m = Member()
        m.p = C.new_person(age=int(min(58, max(20, r.gauss(32, 7)))), student=chance(r, 0.03))
        m.p.pid = None  # outfit members carry the ring group
        C.pcount -= 1
        m.coached = chance(r, o["coach_frac"])
        m.reason = pick(r, REASONS)
        m.od = r.randrange(15, 400)
        m.n = str(pick(r, [12, 24, 36, 36, 48, 60]))
        m.fee = str(int(m.p.amount * r.uniform(0.03, 0.12)))
        m.loan_date = (C.start - timedelta(days=r.randrange(120, 900))).date()
        m.punct = o["punct"] if not m.coached else wpick(r, [("full", 60), ("half", 12), ("mixed", 16), ("space", 6), ("sparse", 6)])
        members.append(m)
    # schedule: each member first files in one wave; some re-file later
    sched = []
    waves = o["waves"]
    for m in members:
        wi = 0 if chance(r, 0.55) or len(waves) == 1 else r.randrange(len(waves))
        sched.append((m, wi, 0))
        k = 1
        while chance(r, 0.35 if k == 1 else 0.15):
            nxt = wi + k
            sched.append((m, nxt, k))
            k += 1
    wave_meta = {}
    out = []
    for m, wi, k in sched:
        if wi < len(waves):
            day = waves[wi]
        else:
            day = waves[-1] + r.randrange(4, 11) * (wi - len(waves) + 1)
        if day >= C.span:
            continue
        if wi not in wave_meta:
            wave_meta[wi] = {"hour": r.randrange(9, 21), "dur": r.uniform(0.5, 7), "dom": pick(r, [x[0] for x in o["ch"]]) if chance(r, 0.6) else None}
        wm = wave_meta[wi]
        if o["drip"]:
            t = C.t_at(day + r.randrange(0, 12))
        elif m.coached:
            t = C.t_at(day + int(r.uniform(0, 3)), hour=wpick(r, [(h, w) for h, w in enumerate(DIURNAL)]))
        else:
            t = C.start + timedelta(days=day, hours=wm["hour"] + r.uniform(0, wm["dur"]))
        if (t - C.start).days >= C.span:
            continue
        m.t = t
        adapted = (t - C.start).days >= o["adapt_day"]
        if m.coached:
            ch = wpick(r, [("regulator", 45), ("hotline", 25), ("app", 20), ("web", 5), ("social", 5)])
        elif wm["dom"] and chance(r, 0.7):
            ch = wm["dom"]
        else:
            ch = wpick(r, o["ch"])
        if adapted and chance(r, 0.4):
            ch = pick(r, ["app", "hotline", "web", "regulator"])
        out.append(ring_filing(C, o, m, t, ch, k, adapted))
    return out


def ring_filing(C, o, m, t, ch, k, adapted):
    r = C.rng
    p = m.p
    agents = o["agents"][-1:] if adapted else o["agents"]
    ag = pick(r, agents)
    org = o["orgs"][-1] if adapted else pick(r, o["orgs"])
    coached = m.coached
    p_rep = o["p_rep"] * (0.3 if adapted else 1.0)
    use_rep = (not coached) and chance(r, p_rep)
    agent_text = (not coached) and chance(r, o["p_text_agent"] * (0.5 if adapted else 1.0))
    phone_sub = (not coached) and chance(r, o["p_phone_sub"])
    slots = {"NAME": p.name, "ID": p.idn, "PHONE": ag["phone"] if phone_sub else p.phone, "AMT": "%d" % p.amount,
             "DATE": fmt_date(r, m.loan_date, o["datestyle"]), "OD": str(m.od), "REASON": m.reason, "TERM": pick(r, ["12", "24", "36"]),
             "N": m.n, "FEE": m.fee, "CO": o["CO"], "LENDER": o["LENDER"], "APP": o["APP"], "ORG": org, "AGENT": ag["name"],
             "APHONE": ag["phone"], "WX": ag["wx"], "AEMAIL": o["email"], "DL": o["DL"],
             "PREV": fmt_date(r, (t - timedelta(days=r.randrange(4, 12))).date(), o["datestyle"])}
    spin = o["spin"] + (0.3 if adapted else 0) + (0.35 if coached else 0) + (0.1 * k)
    items = list(o["demand_items"])
    short = ch in ("app", "web", "social") and chance(r, 0.6)
    comp = {"name": p.name}
    rep = None
    if use_rep:
        rel = wpick(r, [("agent", 55), ("lawyer", 25), ("other", 20)])
        rep = {"name": ag["name"], "phone": ag["phone"], "relation": rel}
        if chance(r, 0.7):
            rep["organization"] = org
    via_agent = use_rep or agent_text or phone_sub
    if ch == "hotline" or (ch == "regulator" and chance(r, 0.25)):
        persp = "third-desk" if ch == "hotline" else "third-reg"
        text = ring_summary(r, o, m, slots, persp, use_rep or (agent_text and chance(r, 0.5)), items)
        text = stylize(r, text, punct="full", typo=0.0)
    else:
        body = compose_template(r, o, m, slots, agent_text, short=short, refile=k > 0, spin=spin, coached=coached)
        body = stylize(r, body, punct=m.punct, typo=0.04 if coached else 0.01)
        if ch == "regulator":
            text = reg_header(r, Case(r, p, t), p.name, pick(r, ["协商还款", "申请减免", "暴力催收", "停息挂账"]), paste=True) + body + reg_footer(r)
        elif ch == "email":
            text = body + pick(r, ["", "\n附件：委托书、身份证正反面照片", "\n附件：证明材料%d份" % r.randrange(2, 6), "\n\n" + p.name + "\n" + fmt_date(r, t.date(), 0)])
        elif ch == "letter":
            text = pick(r, ["投诉函", "债务协商申请书", "关于申请停息挂账的函", "个性化分期还款申请书", "投诉书"]) + "\n\n" + body + \
                "\n\n申请人：%s\n身份证号：%s\n联系电话：%s\n%s" % (p.name, p.idn, slots["PHONE"], fmt_date(r, t.date(), 0))
        elif ch == "social":
            text = "【投诉对象】安盈消费金融\n【投诉问题】%s\n【投诉要求】%s\n%s" % (pick(r, ["暴力催收", "协商还款被拒", "高利贷", "乱收费"]),
                                                                    "、".join(DEMAND_SHORT[x].replace("{N}", m.n) for x in items[:3]), body)
        else:
            text = body
    # identity fields
    if ch == "email":
        if not coached and chance(r, 0.85):
            comp["email"] = o["email"]
        else:
            comp["email"] = p.email or C.ids.email()
    if chance(r, 0.9):
        comp["phone"] = ag["phone"] if phone_sub else p.phone
    if chance(r, 0.65 if ch in ("regulator", "letter", "email") else 0.35):
        comp["idNumber"] = p.idn
    if ch in ("app", "hotline") and chance(r, 0.7):
        comp["customerId"] = p.cid
    origin = None
    if ch in ("app", "web"):
        if not coached and chance(r, o["p_dev"]):
            dev = pick(r, o["devices"]) if ch == "app" else pick(r, o["webfps"])
            ip = pick(r, o["ips"]) if chance(r, 0.7) else pick(r, C.nat)
            origin = {"ip": ip, "deviceId": dev}
        else:
            origin = C.origin(p, ch)
    cat = "collection" if "coll" in o["acc_topics"] and chance(r, 0.6) else pick(r, ["fees", "other", "credit-report", "collection", "fees"])
    return C.emit(ch, C.adjust(ch, t), comp, text, "coached" if coached else "ring", o["gid"], rep=rep,
                  product=p.product if chance(r, 0.7) else None, category=C.desk_category(cat), origin=origin, meta={"t": t})

# ---------------------------------------------------------------- assembly
def external_ids(C):
    r = C.rng
    seqs = {}
    for rec in C.recs:
        ch = rec["channel"]
        t = rec["receivedAt"]
        key = (ch, t.date())
        if key not in seqs:
            seqs[key] = r.randrange(1, 60)
        seqs[key] += 1 if ch != "app" else r.randrange(1, 9)
        n = seqs[key]
        d = t.strftime("%Y%m%d")
        if ch == "regulator":
            eid = "12378-%s-%04d" % (d, n)
        elif ch == "app":
            eid = "APP%s%06d" % (d, n)
        elif ch == "hotline":
            eid = "HL-%s-%05d" % (d, n)
        elif ch == "social":
            eid = "SNS-%s-%s-%04d" % (pick(r, ["HM", "WB", "DY", "XHS"]), d, n)
        elif ch == "letter":
            eid = "LT-%s-%s-%s-%03d" % (d[:4], d[4:6], d[6:], n)
        else:
            eid = "%s-%s-%04d" % (CHANNEL_PREFIX[ch], d, n)
        rec["externalId"] = eid


def build(seed, n):
    C = Corpus(seed, n)
    r = C.rng
    j = lambda x: x * r.uniform(0.85, 1.15)
    T = {"org": int(n * j(0.25)), "repeat": int(n * j(0.075)), "incident": int(n * j(0.06)), "waiver": int(n * j(0.07)),
         "represented": int(n * j(0.035)), "follow": int(n * j(0.055)), "copy": int(n * j(0.04))}
    # organised outfits (ring + coached), sharing a template market
    sellers = [base_template(r) for _ in range(r.randrange(4, 8))]
    gi = 0
    org = 0
    while org < T["org"]:
        gi += 1
        o = make_outfit(C, "ring-%04d" % gi, sellers)
        org += len(outfit_filings(C, o))
    # professional repeat complainants
    rep = 0
    while rep < T["repeat"]:
        rep += len(do_repeat_person(C))
    # honest mass incidents
    nin = r.randrange(2, 4)
    sizes = [max(20, int(T["incident"] / nin * r.uniform(0.6, 1.4))) for _ in range(nin)]
    types = rng_sample(r, INCIDENTS, nin)
    for i, (it, sz) in enumerate(zip(types, sizes)):
        C.icount += 1
        day = r.randrange(2, C.span - 3)
        hour = {"double": r.randrange(1, 5), "outage": r.randrange(18, 21), "sms": r.randrange(8, 11), "interest": r.randrange(7, 10)}[it]
        do_incident(C, it, C.start + timedelta(days=day, hours=hour), sz, "incident-%03d" % C.icount)
    # honest hardship / waiver requests
    for _ in range(T["waiver"]):
        ch = wpick(r, [("app", 30), ("hotline", 30), ("regulator", 15), ("web", 10), ("email", 8), ("letter", 3), ("social", 4)])
        do_honest(C, "honest-waiver", channel=ch, builder=waiver_builder)
    # represented by family or a real lawyer (a few lawyers take several clients)
    lawyers = []
    for _ in range(r.randrange(5, 10)):
        fn = pick(r, ["北京", "上海", "广东", "浙江", "湖南", "四川", "河南", "江苏"]) + pick(r, ["德恒", "明理", "正衡", "君合信", "中伦达", "海润天", "致远", "东方昭"]) + "律师事务所"
        lawyers.append({"name": gen_name(r), "phone": C.ids.phone() if chance(r, 0.6) else C.ids.landline(), "firm": fn})
    for _ in range(T["represented"]):
        do_represented(C, lawyers)
    # plain genuine complaints: whatever is left after follow-ups and copies
    n_gen = n - len(C.recs) - T["follow"] - T["copy"]
    for _ in range(max(0, n_gen)):
        do_honest(C, "genuine")
    pool = [x for x in C.recs if x["_kind"] in ("genuine", "honest-waiver", "honest-represented")]
    made = 0
    tries = 0
    while made < T["follow"] and tries < 20 * T["follow"] + 100:
        tries += 1
        orig = pick(r, pool)
        if orig["_meta"].get("fu"):
            continue
        orig["_meta"]["fu"] = True
        nf = 1 if chance(r, 0.75) else 2
        cur = orig
        for i in range(nf):
            if made >= T["follow"]:
                break
            x = do_follow_up(C, cur, i + 1)
            if x is None:
                break
            made += 1
            cur = x
    made = 0
    tries = 0
    while made < T["copy"] and tries < 20 * T["copy"] + 100:
        tries += 1
        orig = pick(r, pool)
        if orig["_meta"].get("cp"):
            continue
        orig["_meta"]["cp"] = True
        x = do_copy(C, orig)
        if (x["receivedAt"] - C.start).days > C.span + 5:
            C.recs.pop()
            continue
        made += 1
    while len(C.recs) < n:
        do_honest(C, "genuine")
    # trim overflow (if outfits or repeat overshot) by removing random plain genuine filings
    extra = len(C.recs) - n
    if extra > 0:
        gidx = [i for i, x in enumerate(C.recs) if x["_kind"] == "genuine" and not x["_meta"].get("fu") and not x["_meta"].get("cp")]
        drop = set(r.sample(gidx, extra))
        C.recs = [x for i, x in enumerate(C.recs) if i not in drop]
    C.recs.sort(key=lambda x: (x["receivedAt"], x["channel"], x["complainant"]["name"]))
    external_ids(C)
    return C


def write(C, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "complaints.jsonl"), "w", encoding="utf-8") as fc, open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for rec in C.recs:
            w = {"externalId": rec["externalId"], "channel": rec["channel"], "receivedAt": rec["receivedAt"].isoformat(timespec="seconds"),
                 "complainant": rec["complainant"]}
            for k in ("representative", "product", "category"):
                if rec.get(k):
                    w[k] = rec[k]
            w["text"] = rec["text"]
            if rec.get("origin"):
                w["origin"] = rec["origin"]
            fc.write(json.dumps(w, ensure_ascii=False) + "\n")
            kind = rec["_kind"]
            fl.write(json.dumps({"externalId": rec["externalId"], "suspect": kind in ("ring", "coached", "repeat"), "kind": kind,
                                 "group": rec["_group"]}, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--complaints", type=int, default=4500)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    C = build(a.seed, a.complaints)
    write(C, a.out)
    counts = {}
    for x in C.recs:
        counts[x["_kind"]] = counts.get(x["_kind"], 0) + 1
    print(json.dumps({"seed": a.seed, "total": len(C.recs), "counts": counts}, ensure_ascii=False))


if __name__ == "__main__":
    main()
