namespace Triage.Corpus.Writers.C;

// The stock demands, threats and agency lines bought from the same market; each outfit words them its own way.
internal static class OutfitDemands
{
    public static readonly string[][] Stock =
    [
        ["申请停息挂账", "对剩余本金停止计息，挂账处理", "停止计算利息及罚息，本金挂账分期偿还", "停息挂账，只还本金", "即日起停息挂账"],
        ["减免全部罚息及违约金", "免除逾期产生的罚息、复利和违约金", "减免利息，仅偿还本金", "罚息违约金全免", "减免逾期期间全部费用"],
        ["个性化分期<n>期", "将剩余欠款分<n>期偿还，每期不超过<x>", "按<我>实际还款能力办理个性化分期", "延期<m>个月后再分<n>期", "重新分期<n>期，首期延后"],
        ["立即停止一切催收行为", "停止对<我>及家人、同事的催收", "暂停催收，不得再拨打通讯录", "协商期间停止催收", "停止第三方外包催收"],
        ["修复征信，消除逾期记录", "撤销已上报的逾期记录", "出具非恶意逾期证明并修复征信", "删除不良征信记录", "不上报征信"],
        ["退还已收取的<feeName>", "全额退还担保费、服务费", "退还砍头息及会员费", "退还超出法定利率部分的利息", "退还所有不合理收费"],
    ];

    public static readonly string[] DemandLeads = ["现申请如下：", "具体诉求：", "<我>的诉求如下：", "特提出以下请求：", "要求贵司：", "恳请贵司：", "为此要求："];

    public static readonly string[] ThreatIfs = ["如贵司不予处理", "若<d>日内未获答复", "如协商未果", "否则", "如贵司继续推诿", "如仍置之不理"];

    public static readonly string[] Threats =
    [
        "向国家金融监督管理总局及中国人民银行投诉", "拨打12378银行保险消费者投诉热线", "向当地金融监管局实名举报", "通过媒体曝光", "向人民法院提起诉讼",
        "向公安机关报案", "向消协及12315反映", "把相关录音证据提交监管部门", "在黑猫投诉等平台公开", "向人民银行征信中心提出异议",
    ];

    public static readonly string[] ThreatWill = ["，<我>将", "，将", "，<我>将依法", "，<我>会", "，将立即"];
    public static readonly string[] ThreatTails = ["。", "，由此产生的一切后果由贵司承担。", "，届时一切责任由贵司自负。", "，绝不妥协。", "，望贵司慎重对待。"];

    public static readonly string[][] Entrust =
    [
        ["<我>已全权委托", "现<我>全权委托", "<我>特委托", "借款人<name>已签署委托书，全权委托", "<我>已正式委托"],
        ["<agent>", "<org>", "<org>的<agent>"],
        ["代为处理", "全权代理", "作为代理人处理", "代表<我>处理"],
        ["与贵司的协商还款事宜", "本笔借款的协商、投诉及相关事务", "一切债务协商事宜", "<我>在贵司的全部借款事务"],
        ["。", "，委托书附后。", "，其意见即代表<我>本人意见。", "，请贵司予以认可。"],
    ];

    public static readonly string[] AgencyHeads =
    [
        "我司（<org>）受<name>全权委托，就其在贵司的借款事宜函告如下：", "<org>受借款人<name>委托，现向贵司提出如下协商申请。",
        "本代理人<agent>受<name>委托，代其向贵司提出投诉。", "受客户<name>委托，<org>就其借款问题与贵司沟通如下：",
    ];

    public static readonly string[][] Contact =
    [
        ["请直接与", "协商事宜请联系", "如需沟通请致电", "后续请对接"],
        ["<agent>", "代理人<agent>", "<org><agent>"],
        ["，电话<agentPhone>", "（<agentPhone>）", "，联系方式：<agentPhone>", " <agentPhone>"],
        ["。请勿再联系<我>本人及家属。", "，不要再给<我>和家人打电话。", "，<我>本人不再接听贵司任何电话。", "。", "，勿扰借款人。"],
    ];

    public static readonly string[] Deadlines = ["请于3个工作日内书面回复。", "限贵司5日内给出处理方案。", "请在收到后48小时内答复。", "望贵司7日内回复。", "请于15日内依法答复。", ""];

    public static readonly string[] Closings =
    [
        "此致\n敬礼！", "望贵司本着人性化原则予以支持，不胜感激。", "恳请贵司体谅。", "谢谢！", "以上诉求望予支持。", "请贵司高度重视。", "望批准为盼。", "",
    ];

    public static readonly string[] Signatures = ["申请人：<name>\n<today>", "<name>\n<today>", "投诉人：<name>  电话：<phone>", "", "借款人：<name>（签字）", "<today>"];

    public static readonly string[] Titles =
    [
        "关于<name>申请停息挂账的函", "投诉书", "协商还款申请书", "紧急投诉", "【协商申请】", "个性化分期申请", "关于暴力催收及还款协商的投诉", "情况说明及还款申请", "致<lender>的一封信",
    ];

    public static readonly string[] Refiles =
    [
        "第二次申请：<我>已于<firstDate>向贵司提交协商申请，至今未获任何答复。", "【再次投诉】<firstDate>提交的诉求贵司至今未处理。", "本函系<我>第二次正式函告。",
        "<firstDate>已投诉过，贵司一直拖延，现再次提交。", "此前诉求石沉大海，现重申如下。", "这是第二次申请了，上次<firstDate>提交的没有任何回复。",
    ];

    public static readonly string[] RefileThreats =
    [
        "如本周内仍无回复，将同步向监管部门和媒体提交全部材料。", "贵司拖延处理已违反投诉处理时限规定，<我>将一并向监管部门反映。",
        "不再接受任何拖延。", "<我>已准备好起诉材料。", "本次如再不处理，将组织集体投诉。",
    ];

    public static readonly string[][] Willing =
    [
        ["<我>并非不愿还款，", "<我>始终有还款意愿，", "<我>愿意积极面对债务，", "<我>不是逃避，"],
        ["在收入恢复前，", "目前", "在家庭情况好转之前，", "现阶段"],
        ["每月最多只能拿出<x>用于还款", "只能承担每月<x>左右的还款", "仅能按每月<x>的标准偿还本金", "只能先还本金，每月<x>"],
        ["，希望贵司理解。", "，超出部分确实无力承担。", "。", "，请贵司据此制定方案。"],
    ];

    public static readonly string[][] Attachments =
    [
        ["附件：", "随附材料：", "证明材料：", "附："],
        ["1.身份证复印件 2.医院诊断证明 3.收入证明", "1、委托书 2、身份证正反面 3、失业证明", "住院病历、诊断书、家庭困难证明", "（1）身份证复印件（2）离职证明（3）银行流水", "村委会出具的困难证明、医疗费用清单"],
    ];

    // Short forms for outfits that write like chat messages or one-line texts.
    public static readonly string[] ChatHellos = ["你好", "您好", "客服你好", "在吗", "你好 我是<name>", ""];
    public static readonly string[] ChatHardship = ["<hardship>，还不上了", "<hardship> 实在没钱", "因为<hardship>暂时还不了", "<hardship>，不是故意不还"];
    public static readonly string[] ChatThreats = ["不处理就投诉到监管", "不同意就12378见", "再打电话我就报警", "不行就去人民银行投诉", "不同意就起诉", "不给方案就曝光"];
}
