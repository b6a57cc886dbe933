namespace Triage.Corpus.People;

public static class ChineseNames
{
    // Surname:pinyin, roughly in order of frequency; picking with a skewed index reproduces the long tail.
    private static readonly (string Han, string Pinyin)[] Surnames = Parse(
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu " +
        "胡:hu 郭:guo 何:he 林:lin 高:gao 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 邓:deng " +
        "冯:feng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 潘:pan 袁:yuan 蔡:cai 蒋:jiang 余:yu 于:yu 杜:du " +
        "叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding 任:ren 卢:lu 姚:yao 沈:shen 钟:zhong 姜:jiang 崔:cui 谭:tan " +
        "陆:lu 范:fan 汪:wang 廖:liao 石:shi 金:jin 韦:wei 贾:jia 夏:xia 付:fu 方:fang 邹:zou 熊:xiong 白:bai " +
        "孟:meng 秦:qin 邱:qiu 侯:hou 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 龙:long 黎:li 史:shi 陶:tao " +
        "贺:he 毛:mao 郝:hao 顾:gu 龚:gong 邵:shao 万:wan 覃:qin 武:wu 钱:qian 戴:dai 严:yan 莫:mo 孔:kong " +
        "向:xiang 常:chang 欧阳:ouyang 司马:sima 上官:shangguan");

    private static readonly (string Han, string Pinyin)[] Male = Parse(
        "伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 斌:bin 超:chao 明:ming 刚:gang 平:ping 辉:hui " +
        "鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 宇:yu 浩:hao 凯:kai 健:jian 俊:jun 帆:fan 帅:shuai 旭:xu 宁:ning " +
        "龙:long 林:lin 阳:yang 建:jian 国:guo 志:zhi 文:wen 海:hai 亮:liang 成:cheng 东:dong 振:zhen 晨:chen " +
        "博:bo 子:zi 豪:hao 天:tian 新:xin 永:yong 峰:feng 春:chun 德:de 金:jin 红:hong 兵:bing 利:li 福:fu " +
        "庆:qing 家:jia 学:xue 胜:sheng 一:yi 泽:ze 轩:xuan 睿:rui 航:hang 川:chuan");

    private static readonly (string Han, string Pinyin)[] Female = Parse(
        "芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 秀:xiu 玲:ling 燕:yan 婷:ting 慧:hui 雪:xue " +
        "琳:lin 倩:qian 洁:jie 颖:ying 佳:jia 梅:mei 莉:li 萍:ping 红:hong 英:ying 兰:lan 月:yue 玉:yu 欣:xin " +
        "怡:yi 璐:lu 晶:jing 琴:qin 云:yun 丹:dan 蓉:rong 凤:feng 珍:zhen 晓:xiao 雨:yu 思:si 梦:meng 瑶:yao " +
        "诗:shi 涵:han 萱:xuan 悦:yue 彤:tong 淑:shu 桂:gui 春:chun 小:xiao 美:mei 文:wen 可:ke 妍:yan");

    public static (string Han, string Pinyin) Surname(Random rng)
    {
        var u = rng.NextDouble();
        return Surnames[(int)(u * u * Surnames.Length)];
    }

    public static (string Han, string Pinyin) Full(Random rng, bool male) => WithSurname(rng, Surname(rng), male);

    public static (string Han, string Pinyin) WithSurname(Random rng, (string Han, string Pinyin) surname, bool male)
    {
        var chars = male ? Male : Female;
        var first = chars[rng.Next(chars.Length)];
        if (rng.NextDouble() < 0.3)
            return (surname.Han + first.Han, surname.Pinyin + first.Pinyin);
        var second = chars[rng.Next(chars.Length)];
        return (surname.Han + first.Han + second.Han, surname.Pinyin + first.Pinyin + second.Pinyin);
    }

    public static (string Han, string Pinyin) SurnameOf(string name)
    {
        foreach (var s in Surnames.Where(s => s.Han.Length == 2))
            if (name.StartsWith(s.Han, StringComparison.Ordinal))
                return s;
        foreach (var s in Surnames)
            if (s.Han == name[..1])
                return s;
        return (name[..1], "x");
    }

    private static (string Han, string Pinyin)[] Parse(string table) =>
        table.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .Select(parts => (parts[0], parts[1]))
            .ToArray();
}
