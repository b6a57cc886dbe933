namespace Triage.Signals.Text;

internal static class ChineseSurnames
{
    // Surnames that are more often function or everyday words after a cue ("客户应当", "本人关于"): after a cue word
    // alone they are not taken for a name; before 先生/女士 or 某 they still are.
    private const string Ambiguous = "向和时全文成常安关付万明单解商师应易车党管路连简项古沙司农景费冷席宗边池查麻迟";

    // Common surnames that start a few everyday words: "本人陈志强" is a name, "本人陈述" is not.
    private static readonly string[] Words =
    [
        "陈述", "陈列", "马上", "马虎", "高额", "高度", "高利", "高息", "高达", "高兴", "谢谢", "谢绝", "曾经", "曾多", "申请", "申诉",
        "申报", "申明", "黄金", "孙子", "许多", "许可", "何时", "何况", "何必", "何种", "程序", "程度", "任何", "任务", "任意", "余额",
        "余款", "余下", "杜绝", "陆续", "范围", "方面", "方式", "方便", "方法", "方案", "白白", "胡乱", "金额", "钱款", "严重", "严格",
        "康复", "焦虑", "宁愿", "顾客", "莫名", "游戏", "卫生", "仲裁", "齐全", "包括", "尚未", "符合", "凌晨", "毕业", "蒙受", "房贷",
        "房租", "房子", "房屋", "尤其", "辛苦", "左右", "甘愿", "华为", "江苏", "江西", "温州", "苏州",
    ];

    private const string Common =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金" +
        "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂" +
        "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶" +
        "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇" +
        "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private static readonly string[] Double =
        ["欧阳", "司马", "诸葛", "上官", "皇甫", "慕容", "尉迟", "令狐", "夏侯", "公孙", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "轩辕"];

    private static readonly HashSet<char> All = [.. Common];

    private static readonly HashSet<char> Unambiguous = [.. Common.Where(c => !Ambiguous.Contains(c))];

    // The length of the surname at this position (1 or 2), or 0.
    public static int At(string text, int position, bool strict)
    {
        if (position >= text.Length)
            return 0;
        if (position + 1 < text.Length)
        {
            foreach (var surname in Double)
            {
                if (text[position] == surname[0] && text[position + 1] == surname[1])
                    return 2;
            }
        }
        if (!(strict ? Unambiguous : All).Contains(text[position]))
            return 0;
        return strict && Words.Any(w => text.AsSpan(position).StartsWith(w)) ? 0 : 1;
    }
}
