namespace Triage.Corpus.Writers.B.Banks;

// What a person who writes at length adds around the problem: how the loan came about, what they already tried.
internal static class StoryBank
{
    public static readonly string[] Background =
    [
        "[先说一下背景|事情是这样的]，我是{job}，[{loandate}|去年]因为[家里装修|买电动车|孩子交学费|周转一下房租][在{app}借了|从{app}借了]{amount}，分{months}期。",
        "[我用{app}|{app}我用了][一年多了|好几年了]，[之前|以前][一直没出过问题|体验还可以]，[这次|这一次][真的让我很失望|实在忍不住了]。",
        "[我|本人]{city}人，[在{app}|{app}上][有一笔借款|借过一笔钱]，[合同编号|借款编号]{loan}，[每月|每期]还{inst}。",
        "[当初|那时候][是|]看到[APP推送|短信广告|朋友推荐][才|就][借的|申请的]，[说是|宣传]利息[很低|日息万分之几]。",
    ];

    public static readonly string[] Actions =
    [
        "[我|]{yesterday}[给|打了]{hotline}[打了三次|打过好几次]，[有两次|每次都][排队二十分钟|没人接]，[接通的那次|好不容易接通]客服[说记录下来了|说会反馈]。",
        "[我|]在APP里[提交了|提了]工单，[截图|相关截图]都[上传了|附上了]，[到现在|至今][状态还是|显示]\"处理中\"。",
        "[我|]还[去了|找了]{bank}[网点|柜台][打了流水|问了情况]，[银行说|柜员说][钱确实是{app}扣走的|要找你们平台]。",
        "[我|]已经[把|]通话录音和[短信|截图][都|全部][保存好了|备份了]，[需要的话|有需要]我可以提供。",
        "[我|]也[上网查了|问了懂的朋友]，[人家说|说][这种情况|这个][你们要负责的|是不合规的]。",
        "[为了这个事|这件事][我|]请了[半天假|一天假]，[到处打电话|跑来跑去]，[什么都没解决|问题一点没解决]。",
    ];
}
