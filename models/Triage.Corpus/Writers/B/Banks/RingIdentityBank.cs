namespace Triage.Corpus.Writers.B.Banks;

// Openings of an outfit's template. {B} is the borrower as this outfit names them, {L} the lender.
internal static class RingIdentityBank
{
    public static readonly string[] Heads =
    [
        "[投诉书|投诉函|关于借款逾期的投诉]", "[关于|有关]{B}{name}[借款|债务][协商|还款协商][申请|的申请书|函]", "【[紧急|实名|正式][投诉|协商申请]】",
        "致{L}[法务部|消保部|客户权益部|贷后管理部]：", "[协商还款申请书|个性化分期还款申请|停息挂账申请书]", "[事由|主题]：[申请|请求][停息挂账|个性化分期|减免罚息]",
    ];

    public static readonly string[] Identity =
    [
        "{B}{name}，[身份证号|身份证号码|证件号][：|]{id}，[于|在]{loandate}[在|通过]{app}[借款|申请借款|办理贷款]{amount}。",
        "[{B}|兹有{B}]{name}[（身份证号：{id}）|，身份证{id}，][系|是]{L}[借款客户|用户|客户]，[借款|贷款]合同[编号|号][：|]{loan}。",
        "[借款人|{B}][姓名|]：{name}\n[身份证号|证件号码]：{id}\n[借款平台|平台]：{app}\n[借款金额|本金]：{amount}",
        "{B}{name}[于|]{loandate}[向{L}|通过{L}旗下{app}|在{app}][借款|申请了一笔贷款]{amount}，[约定|合同约定][分|]{months}期[还款|偿还]，[每期|月供]{inst}。",
        "[关于|就]{B}{name}[在|于]{app}的[借款|贷款]（[合同编号|借据号]{loan}）[一事|逾期一事|的逾期问题]，[现|特此][说明|陈述|反映]如下：",
        "{B}{name}，[电话|手机号]{phone}，[在|于]{app}[借款|有借款]{amount}，[目前|现][已逾期|逾期]{overdue}天。",
        "[客户|借款人]{name}（[身份证|证件号]{id}）[与|和]{L}[存在|有][借贷关系|借款合同关系]，[借款本金|本金]{amount}。",
    ];

    public static readonly string[] Short =
    [
        "{B}{name}[，身份证{id}，|（{id}）][{app}借款|在{app}的借款][已逾期|逾期]{overdue}天",
        "[{app}|{L}]借款人{name}[，合同号{loan}|，身份证{id}]",
        "{name}[在{app}|{app}]借款{amount}[逾期|因困难逾期]",
    ];
}
