namespace Triage.Corpus.Writers.B.Banks;

// What a channel wraps around a complaint: a form, an operator's note, a referral sheet, a letterhead.
internal static class FrameBank
{
    public static readonly string[] HotlineLead =
    [
        "[客户|来电人]{name}[（{phone}）|，手机{phone}，]来电[反映|投诉]：",
        "[来电记录|通话小结]：[客户|用户]{sur}[先生|女士]来电，[称|表示]：",
        "[热线|客服热线]{hotline}受理。[客户|来电客户]自述：",
    ];

    public static readonly string[] HotlineTail =
    [
        "[客户情绪|来电时情绪][较激动|平稳|一般]，[已安抚|已解释]。[已登记|已生成工单]，转投诉专员跟进。",
        "[已告知|已向客户说明]处理时限，[承诺|约定][二个工作日内|三日内]回电。",
        "[客户要求|诉求]：[尽快处理并回电|书面答复]。[坐席|受理人]工号{n:1001-1999}。",
        "",
    ];

    public static readonly string[] RegulatorHead =
    [
        "[国家金融监督管理总局|金融监管总局]12378[热线|]转办[单|件]\n[转办|工单]编号：{ticketno}\n[被投诉机构|被反映机构]：{company}\n[投诉人|消费者]：{name}  [联系电话|电话]：{phone}\n[投诉|反映]内容：",
        "【12378转办】[消费者|投诉人]{name}（{phone}）反映：",
        "[监管转送|上级转办]投诉件 {ticketno}\n[请|]贵公司[按规定|依规][十五日内|在时限内]处理并反馈。\n[诉求内容|消费者诉求]：",
        "[来源|渠道]：[银行保险监管投诉平台|金融消费者投诉平台]\n[消费者|]姓名：{name}\n证件号码：{id}\n事项：",
    ];

    public static readonly string[] Salutations = ["[您好|你好]：", "{company}[投诉部门|客服部|消保部]：", "[尊敬的|]{company}：", ""];

    public static readonly string[] Subjects =
    [
        "关于{app}借款[问题|事宜]的投诉", "投诉：{topic}", "{topic}", "[请处理|急]：{topic}", "{name}[的|]投诉",
    ];

    public static readonly string[] WebHead = ["投诉标题：{topic}\n投诉内容：", "[问题类型|类别]：{kind}\n问题描述：", "【在线留言】"];

    public static readonly string[] SocialTags =
    [
        "#{app}#", "@{company}", "#消费金融#", "#黑猫投诉#", "@{app}客服", "#维权#",
    ];

    public static readonly string[] Emoji = ["😡", "😭", "🙏", "😤", "💢", "😓"];

    public static readonly string[] BranchLead =
    [
        "[网点|营业部]受理记录：客户{name}本人到[网点|柜台][反映|咨询]，[内容如下|自述]：",
        "[客户到店|现场]投诉，[身份证号|证件号]{id}，[诉求|情况]：",
    ];

    public static readonly string[] CopyLead =
    [
        "[之前|{first}][在APP上|打客服电话][投诉过|反映过]，[到现在|至今][没人处理|没有结果]，[再发一遍|现在向你们反映]：",
        "[同样的问题|这个问题][我已经|已经]跟{app}[说过|反映过][好几次|了]，[没用|没人管]，[只能|所以]找你们。",
        "[以下|下面]是我[之前|{first}]提交给{app}的[投诉|内容]，[原文|]如下：",
        "[转发|复制]一下我[之前|前几天][的投诉|写的]：",
        "[麻烦|恳请][监管部门|领导][帮忙|督促][处理|一下]。",
    ];

    public static readonly string[] CopyTail =
    [
        "[补充：|另外，][到今天|截至今日][还是没有|依然没有]任何处理。",
        "[以上|上述]情况[属实|都是真的]，[请|望][督促|帮忙][处理|解决]。",
        "",
    ];
}
