namespace Triage.Corpus.Writers.B.Banks;

// Writing again about the same unsolved problem.
internal static class FollowUpBank
{
    public static readonly string[] WithTicket =
    [
        "我{first}[提交过|投诉过]一次，[工单号|编号|投诉单号]{ticket}。",
        "[关于|还是]{ticket}这个[工单|投诉]，",
        "[你好，|]我[上次|之前]的投诉[单号是|编号]{ticket}，[到现在还没处理|一直没结果]。",
    ];

    public static readonly string[] Reference =
    [
        "我{first}[就反映过|已经投诉过|打过电话说过]这个问题。",
        "[这是|这已经是][第二次|第二回]反映了，[上一次|第一次]是{first}。",
        "[再说一遍|又来了]，[还是|就是]{first}那个问题。",
        "[之前|前几天|{first}][投诉|反映]的事情，",
    ];

    public static readonly string[] Status =
    [
        "[到现在|至今][没有|没]人[联系我|给我回电话]。",
        "[客服当时说|当时答应][三个工作日内|尽快][回复|处理]，[现在|结果]{n:5-20}天过去了[一点动静都没有|还是没消息]。",
        "[有人|客服][打过一次电话|回过一次电话]，[说在核实|说在处理]，[后来就没下文了|之后就再也没联系]。",
        "[问题|事情][一点都没解决|还是老样子]，[反而|而且][更严重了|又出现了]。",
    ];

    public static readonly string[] Recap = ["[再说一下情况：|情况是这样的：|问题还是：]", "[简单说|我再说一遍]，", ""];

    public static readonly string[] Since =
    [
        "[这几天|这期间][催收|电话][还在继续|一直没停]。",
        "[又扣了一次|这个月又扣了]，[还是没退|钱也没退回来]。",
        "[我的|]征信[还是|依然][没改过来|有那条记录]。",
    ];

    public static readonly string[] Patient =
    [
        "[我理解你们要走流程|知道你们也忙]，[但|可]也[该给个进度了|不能一直拖着]。",
        "[麻烦|希望]给[个准话|个时间]。",
    ];

    public static readonly string[] Sharp =
    [
        "[你们到底|到底][有没有人管|管不管]？",
        "[别再拖了|还要拖到什么时候]！",
        "[每次都是|又是]\"在处理\"，[处理了个寂寞|我听够了]！",
    ];

    public static readonly string[] Asks =
    [
        "[请|麻烦][尽快|今天][给我回复|回个电话]。",
        "[请|希望][告诉我|说一下][处理到哪一步了|现在的进度]。",
        "[请|要求][安排专人|换个人][跟进|处理]。",
    ];
}
