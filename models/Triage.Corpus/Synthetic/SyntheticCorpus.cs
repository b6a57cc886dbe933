using System.Text;
using Triage.Contracts;

namespace Triage.Corpus.Synthetic;

// A small, fast corpus for tests and benchmarks beside the generator (the figures in docs/benchmarks.md name it): agents' templates
// filled with other people's names, numbers and dates and lightly edited (dropped, swapped or added sentences), and
// honest complaints put together from many people's own phrasings, some about one shared incident.
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] AgentSentences =
    [
        "本人{name},身份证号{id},联系电话{phone}。",
        "本人于{date}在{lender}申请借款{amount},合同编号{contract}。",
        "因疫情影响及本人失业,收入锐减,导致无法按时还款,属于非恶意逾期。",
        "现本人要求贵司停息挂账,减免全部罚息、违约金及逾期利息。",
        "贵司催收人员多次骚扰本人及家人、同事、通讯录好友,严重影响本人正常生活和工作。",
        "贵司收取的担保费、会员费、服务费等费用使综合年化利率远超法律保护上限,属于变相高利贷。",
        "根据相关监管规定,贵司应当与本人协商个性化分期还款方案,不得拒绝。",
        "本人已全权委托代理人处理此事,请贵司停止一切催收行为,有事请联系代理人{phone}。",
        "如贵司在三个工作日内不予处理,本人将向银保监会、人民银行及12378热线投诉,并向媒体曝光。",
        "本人要求贵司立即修复本人征信,消除全部逾期记录,否则后果自负。",
        "本人愿意在{months}个月内分期偿还本金{amount},请贵司退还多收取的利息{amount}。",
        "本人家中上有老人需要赡养,下有孩子需要上学,经济十分困难,实在无力一次性还款。",
        "本人已向当地公安机关报案,保留追究贵司及催收公司法律责任的权利。",
        "请贵司出示完整的借款合同、还款计划及资金流水明细,否则本人对欠款金额不予认可。",
        "贵司未经本人同意擅自将本人个人信息泄露给第三方催收公司,严重侵犯本人隐私权。",
        "根据民法典的规定,禁止高利放贷,借款的利率不得违反国家有关规定,超出部分本人不予支付。",
        "本人曾多次主动与贵司客服沟通协商还款方案,均被贵司以各种理由拒绝。",
        "贵司的行为已经违反了消费者权益保护法及个人信息保护法的相关规定。",
        "本人近期身患重病住院治疗,有医院诊断证明为证,目前确实没有能力偿还欠款。",
        "请贵司在收到本投诉后立即停止对本人及家人的一切电话、短信和上门催收。",
        "本人并非恶意拖欠,只是暂时遇到经济困难,希望贵司本着人性化原则给予理解和支持。",
        "若协商不成,本人将通过法律途径维护自身合法权益,由此产生的一切后果由贵司承担。",
        "本人要求贵司提供全部通话录音及催收记录,以便核实催收人员的违规行为。",
        "本人于{date}收到贵司催收短信,内容含有威胁恐吓性质,已截图保存作为证据。",
        "贵司在放款时强制搭售保险和会员服务,本人从未同意,要求全额退还相关费用{amount}。",
        "本人的银行卡被贵司在未通知的情况下多次划扣,造成本人生活费用无法保障。",
        "本人所在单位已经停工停产,本人每月收入不足两千元,根本无法承担目前的还款金额。",
        "贵司的催收人员冒充律师和法院工作人员,声称要起诉本人并上门抓人,严重恐吓本人。",
        "本人请求贵司将剩余欠款延期一年还款,期间不计算任何利息和费用。",
        "本人保证在贵司同意减免后按时履约还款,绝不再发生逾期行为。",
        "望贵司高度重视本投诉,在法定时限内给予书面答复,并将处理结果告知本人代理人。",
        "本人保留向金融监管总局及地方金融监督管理局进一步反映情况的权利。",
        "本人在借款时贵司并未如实告知真实的年化利率和各项费用,存在欺诈行为。",
        "本人名下另有多笔网贷同时逾期,债务压力巨大,请贵司体谅本人的实际困难。",
        "本人已经按时还款{months}期,累计归还{amount},现因突发变故暂时无法继续还款。",
        "本人的配偶{name}也因此事受到惊吓,至今身体状况不佳,贵司应承担相应责任。",
        "请贵司于{date}前联系本人协商解决,逾期未回复视为贵司同意本人的全部诉求。",
        "本人特此郑重声明,本人从未收到过贵司的任何书面催款通知。",
        "根据征信业管理条例,贵司在上报不良信息前应当事先告知本人,贵司并未履行告知义务。",
        "本人强烈要求贵司对相关催收人员进行严肃处理,并向本人书面赔礼道歉。",
    ];

    private static readonly string[] Openings =
    [
        "你好,", "您好,我想反映一个问题。", "我是你们的老用户了,", "上个月", "前几天", "今天早上", "我最近发现", "麻烦帮我看一下,",
        "我想问一下,", "实在没办法才来投诉,", "我这边有个情况需要处理,", "昨天晚上", "我之前在你们这里借过钱,", "我妈用我的身份",
        "不好意思打扰了,", "我是在{lender}借的款,", "我上周刚还完一期,", "我早就想投诉了,",
    ];

    private static readonly string[] Problems =
    [
        "扣款扣了两次,一次{amount},银行卡里的钱都没了", "app一直登录不上去,还款的时候显示系统错误", "有人打电话给我同事说我欠钱不还",
        "账单里多了一笔{amount}的服务费,我根本不知道是什么", "我明明已经提前还清了,还在收利息", "征信上显示我逾期了,但是我每个月都按时还的",
        "催收打电话骂人,说话特别难听", "我没有申请过借款,却收到了还款提醒", "我的手机号好像被别人拿去注册了",
        "保险是借款的时候默认勾选的,我不想要", "提前还款要收违约金,合同里没写清楚", "还款日那天自动扣款失败,结果算我逾期",
        "客服电话一直打不通,在线客服也不回复", "我的额度突然被冻结了,也没有任何通知", "我爸爸接到好几个催收电话,老人家吓坏了",
        "短信每天发十几条,半夜也发", "会员费每个月自动扣{amount},我从来没开通过", "我申请的是{months}期,放款后变成了别的期数",
        "还款记录显示我少还了{amount}", "退款说好三天到账,到现在都没有收到", "我的个人信息被泄露了,好多贷款广告电话打过来",
        "利息比当时说的高了很多", "有个自称你们公司的人加我微信要我转账", "我换了手机号,旧号码还在收到催收短信",
    ];

    private static readonly string[] Details =
    [
        "时间是{date}左右。", "我这边有截图。", "当时客服说会处理,后来就没消息了。", "我打了好几次电话。", "金额是{amount}。",
        "我也不知道该找谁。", "我的合同号是{contract}。", "我一直都是按时还款的。", "家里人都很担心。", "这个事情已经拖了一个多月了。",
        "我问过客服,说是系统原因。", "我的手机是{phone}。", "之前从来没有出现过这种情况。", "我朋友也遇到了一样的问题。",
        "我不是不想还,是真的扣错了。", "银行那边说是你们扣的。", "我上班的时候接到的电话,领导都知道了。",
    ];

    private static readonly string[] Requests =
    [
        "请尽快退钱。", "希望给个说法。", "麻烦核实一下。", "请把多扣的钱退给我。", "请更正我的征信记录。", "请不要再骚扰我的家人了。",
        "我想取消这个会员。", "请帮我把保险退了。", "希望尽快回复。", "如果还不处理我只能找监管部门了。", "请给我一个明确的答复。",
        "谢谢。", "请你们查清楚。", "我要求赔偿损失。", "请尽快处理,谢谢!",
    ];

    private static readonly string[] Incidents =
    [
        "{date}你们系统扣款重复了,我被扣了两次{amount}",
        "{date}app升级以后还款一直失败,现在显示我逾期了",
        "{date}收到短信说我的借款被提前收回,可我没有逾期",
    ];

    private static readonly string[] Lenders = ["马上消费", "招联金融", "中银消金", "蚂蚁消金", "借呗", "花呗", "微粒贷", "安逸花", "分期乐", "360借条", "京东金条", "美团借钱"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "郭", "林", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "志强", "建华", "晓东", "海燕"];

    private readonly Random _random = new(seed);

    public IReadOnlyList<SyntheticComplaint> Generate(int count, double ringShare = 0.4)
    {
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var complaints = new List<SyntheticComplaint>(count);
        var group = 0;
        var ringTarget = (int)(count * ringShare);
        while (complaints.Count < ringTarget)
        {
            group++;
            var template = Template();
            var members = Math.Min(_random.Next(5, 60), ringTarget - complaints.Count);
            var burst = start.AddDays(_random.Next(0, 60));
            for (var m = 0; m < members; m++)
                complaints.Add(new SyntheticComplaint(NewId(), Owner(), burst.AddMinutes(_random.Next(0, 4 * 24 * 60)), Fill(Edit(template)), "ring", group));
        }
        while (complaints.Count < count)
        {
            if (_random.NextDouble() < 0.1)
            {
                group++;
                var incident = Incidents[_random.Next(Incidents.Length)];
                var day = start.AddDays(_random.Next(0, 60));
                var members = Math.Min(_random.Next(5, 40), count - complaints.Count);
                for (var m = 0; m < members; m++)
                    complaints.Add(new SyntheticComplaint(NewId(), Owner(), day.AddMinutes(_random.Next(0, 24 * 60)), Honest(incident), "incident", group));
            }
            else
            {
                complaints.Add(new SyntheticComplaint(NewId(), Owner(), start.AddMinutes(_random.Next(0, 60 * 24 * 60)), Honest(null), "genuine", 0));
            }
        }
        return complaints;
    }

    // A template: 7 to 12 of the agents' stock sentences in the agent's order.
    private List<string> Template() =>
        AgentSentences.OrderBy(_ => _random.Next()).Take(_random.Next(7, 13)).ToList();

    // Fillers copy the template with a few changes of their own.
    private List<string> Edit(List<string> template)
    {
        var sentences = new List<string>(template);
        var edits = _random.Next(0, 3);
        for (var e = 0; e < edits; e++)
        {
            switch (_random.Next(3))
            {
                case 0 when sentences.Count > 5:
                    sentences.RemoveAt(_random.Next(sentences.Count));
                    break;
                case 1:
                    var i = _random.Next(sentences.Count - 1);
                    (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
                    break;
                default:
                    sentences.Insert(_random.Next(sentences.Count + 1), Pick(Problems) + "。");
                    break;
            }
        }
        return sentences;
    }

    private string Honest(string? incident)
    {
        var text = new StringBuilder();
        text.Append(Pick(Openings));
        text.Append(incident ?? Pick(Problems)).Append(',');
        if (_random.NextDouble() < 0.5)
            text.Append(Pick(Problems)).Append('。');
        for (var d = _random.Next(1, 4); d > 0; d--)
            text.Append(Pick(Details));
        text.Append(Pick(Requests));
        return Fill([text.ToString()]);
    }

    private string Fill(List<string> sentences)
    {
        var text = string.Concat(sentences);
        return text
            .Replace("{name}", Pick(Surnames) + Pick(GivenNames))
            .Replace("{id}", IdNumber())
            .Replace("{phone}", "1" + _random.Next(3, 10) + _random.NextInt64(100_000_000, 999_999_999))
            .Replace("{date}", $"2026年{_random.Next(1, 13)}月{_random.Next(1, 29)}日")
            .Replace("{lender}", Pick(Lenders))
            .Replace("{amount}", _random.Next(3) == 0 ? $"{_random.Next(1, 9)}万元" : $"{_random.Next(100, 99_999)}元")
            .Replace("{contract}", $"HT{_random.NextInt64(10_000_000_000, 99_999_999_999)}")
            .Replace("{months}", _random.Next(3, 37).ToString());
    }

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Owner() => $"owner-{_random.NextInt64():x16}";

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string IdNumber() => ResidentIdNumbers.Synthetic(_random);
}
