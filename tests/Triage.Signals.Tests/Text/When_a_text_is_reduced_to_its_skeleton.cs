using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

public class When_a_text_is_reduced_to_its_skeleton
{
    private const string Template =
        "本人{0},身份证号{1},手机{2}。本人于{3}在{4}借款{5},合同编号{6},因失业导致非恶意逾期{7}个月。" +
        "现要求贵司停息挂账,减免全部罚息和违约金,否则本人将向银保监会和12378投诉。";

    [Test]
    public void Should_give_two_fillings_of_one_template_the_same_skeleton()
    {
        var first = TextSkeleton.Build(string.Format(Template, "张三", "11010119900307803X", "13800138000", "2026年11月20日", "马上消费金融", "人民币50,000元", "HT2026112000123", "3"));
        var second = TextSkeleton.Build(string.Format(Template, "李小明", "440106198507151236", "139-1234-5678", "10月2号", "招联金融", "两万三千元", "LN-88812345", "11"));

        Assert.That(second.Text, Is.EqualTo(first.Text));
        Assert.That(first.Display, Does.Contain("本人⟨NAME⟩,身份证号⟨ID⟩,手机⟨PHONE⟩.本人于⟨DATE⟩在⟨ORG⟩借款⟨AMT⟩,合同编号⟨NO⟩"));
    }

    [Test]
    public void Should_give_different_complaints_different_skeletons()
    {
        var first = TextSkeleton.Build("催收人员每天给我的家人打电话,半夜也打,我母亲年纪大了被吓得睡不着觉,请你们马上停止。");
        var second = TextSkeleton.Build("我在十一月二十号被重复扣款两次,银行卡里的生活费全没了,客服一直说在处理,请尽快退回。");

        Assert.That(second.Text, Is.Not.EqualTo(first.Text));
    }

    [Test]
    public void Should_fold_full_width_forms_punctuation_case_and_spaces()
    {
        var skeleton = TextSkeleton.Build("ＡＰＰ　登录不上！！！（客服）说：“等等”；真的吗？ 好的。");

        Assert.That(skeleton.Text, Is.EqualTo("app登录不上!(客服)说:\"等等\";真的吗?好的."));
    }

    [Test]
    public void Should_keep_a_space_only_between_latin_words()
    {
        Assert.That(TextSkeleton.Build("my  APP  crashed ， 请 处理").Text, Is.EqualTo("my app crashed,请处理"));
    }

    [Test]
    public void Should_drop_invisible_characters_a_filler_may_add()
    {
        Assert.That(TextSkeleton.Build("停\u200b息\u200d挂\ufeff账").Text, Is.EqualTo("停息挂账"));
    }

    [TestCase("我叫王小明,是借款人", "我叫⟨NAME⟩,是借款人")]
    [TestCase("借款人张三于上月借款", "借款人⟨NAME⟩于上月借款")]
    [TestCase("本人陈志强,于上月借款", "本人⟨NAME⟩,于上月借款")]
    [TestCase("全权委托代理人欧阳娜处理", "全权委托代理人⟨NAME⟩处理")]
    [TestCase("客户张女士反映", "客户⟨NAME⟩女士反映")]
    [TestCase("请联系王经理", "请联系⟨NAME⟩经理")]
    [TestCase("委托李律师处理", "委托⟨NAME⟩律师处理")]
    [TestCase("借款人刘某某拒绝还款", "借款人⟨NAME⟩拒绝还款")]
    [TestCase("姓名:陈静,电话略", "姓名:⟨NAME⟩,电话略")]
    [TestCase("借款50,000元", "借款⟨AMT⟩")]
    [TestCase("欠款人民币3.5万", "欠款⟨AMT⟩")]
    [TestCase("共计两万三千元", "共计⟨AMT⟩")]
    [TestCase("还了五百块钱", "还了⟨AMT⟩")]
    [TestCase("扣了¥1,200.50", "扣了⟨AMT⟩")]
    [TestCase("于2026-11-20还款", "于⟨DATE⟩还款")]
    [TestCase("于2026年11月20日还款", "于⟨DATE⟩还款")]
    [TestCase("11月20号14:30扣款", "⟨DATE⟩扣款")]
    [TestCase("11/20扣款", "⟨DATE⟩扣款")]
    [TestCase("3.16借的钱", "⟨DATE⟩借的钱")]
    [TestCase("利率3.5%", "利率⟨NUM⟩.⟨NUM⟩%")]
    [TestCase("手机13800138000", "手机⟨PHONE⟩")]
    [TestCase("手机+86 138-0013-8000", "手机⟨PHONE⟩")]
    [TestCase("手机138****8000", "手机⟨PHONE⟩")]
    [TestCase("电话010-87654321", "电话⟨PHONE⟩")]
    [TestCase("热线400-820-1234", "热线⟨PHONE⟩")]
    [TestCase("身份证11010119900307803X", "身份证⟨ID⟩")]
    [TestCase("身份证110101********803X", "身份证⟨ID⟩")]
    [TestCase("订单号2026112012345678", "订单号⟨NO⟩")]
    [TestCase("合同编号HT2026112000123", "合同编号⟨NO⟩")]
    [TestCase("银行卡6222****1234", "银行卡⟨NO⟩")]
    [TestCase("逾期3个月", "逾期⟨NUM⟩个月")]
    [TestCase("在马上消费金融借款", "在⟨ORG⟩借款")]
    [TestCase("用360借条借了钱", "用⟨ORG⟩借了钱")]
    [TestCase("我在某某消费金融借款", "我在⟨ORG⟩借款")]
    [TestCase("委托深圳远航法务咨询有限公司", "委托⟨ORG⟩")]
    [TestCase("向银保监会和12378投诉", "向⟨REG⟩和⟨REG⟩投诉")]
    [TestCase("向国家金融监督管理总局反映", "向⟨REG⟩反映")]
    [TestCase("邮箱zhangsan@example.cn", "邮箱⟨EMAIL⟩")]
    [TestCase("见https://example.cn/a?b=1", "见⟨URL⟩")]
    public void Should_mask_each_kind_of_slot(string text, string display)
    {
        Assert.That(TextSkeleton.Build(text).Display, Is.EqualTo(display));
    }

    [TestCase("本人申请停息挂账")]
    [TestCase("客户余额不足")]
    [TestCase("借款人陈述如下")]
    [TestCase("本人因失业无力还款")]
    [TestCase("万一出了事")]
    [TestCase("千万不要")]
    [TestCase("我十分气愤")]
    [TestCase("我和王先生")]
    public void Should_leave_everyday_words_that_look_like_slots(string text)
    {
        var skeleton = TextSkeleton.Build(text);

        Assert.That(skeleton.Display, Does.Not.Contain("⟨AMT⟩").And.Not.Contain("⟨DATE⟩"));
        Assert.That(skeleton.Display.Replace("⟨NAME⟩先生", ""), Does.Not.Contain("⟨NAME⟩"));
    }

    [Test]
    public void Should_keep_no_phone_or_id_number()
    {
        var skeleton = TextSkeleton.Build("我的手机是13800138000,身份证号码是11010119900307803X,卡号6222021234567890123。");

        Assert.That(skeleton.Text.Any(char.IsAsciiDigit), Is.False);
    }

    [Test]
    public void Should_map_every_skeleton_character_back_to_the_original()
    {
        const string original = "本人张三,手机１３８００１３８０００，于2026年11月20日借款５万元！！！请  核实。";
        var skeleton = TextSkeleton.Build(original);

        for (var i = 0; i < skeleton.Text.Length; i++)
        {
            if (Placeholders.Is(skeleton.Text[i]))
                continue;
            var source = original[skeleton.Starts[i]..skeleton.Ends[i]];
            Assert.That(TextSkeleton.Build(source).Text, Is.EqualTo(skeleton.Text[i].ToString()), $"character {i} came from '{source}'");
        }
        Assert.That(Slot(Placeholder.Name), Is.EqualTo("张三"));
        Assert.That(Slot(Placeholder.Phone), Is.EqualTo("１３８００１３８０００"));
        Assert.That(Slot(Placeholder.Date), Is.EqualTo("2026年11月20日"));
        Assert.That(Slot(Placeholder.Amount), Is.EqualTo("５万元"));

        string Slot(Placeholder kind)
        {
            var at = skeleton.Text.IndexOf(Placeholders.Char(kind));
            var span = skeleton.ToOriginal(at, at + 1);
            return original.Substring(span.Start, span.Length);
        }
    }

    [Test]
    public void Should_give_no_fingerprint_to_a_short_text()
    {
        Assert.That(TextSkeleton.Build("扣款两次,请退回。").IsFingerprintable, Is.False);
    }

    [Test]
    public void Should_give_no_fingerprint_to_a_text_of_slots_and_boilerplate()
    {
        var skeleton = TextSkeleton.Build(
            "您好,我要投诉!投诉马上消费金融、招联金融、借呗、花呗、微粒贷,向银保监会、人民银行、12378、金融监管总局投诉!" +
            "张三先生,13800138000,11010119900307803X,2026年11月20日,5万元,HT2026112000123。请尽快处理,谢谢!谢谢!");

        Assert.That(skeleton.IsFingerprintable, Is.False);
    }

    [Test]
    public void Should_fingerprint_a_complaint_in_its_own_words()
    {
        var skeleton = TextSkeleton.Build("催收人员每天给我的家人打电话,半夜也打,我母亲年纪大了被吓得睡不着觉,我请求你们马上停止这种行为。");

        Assert.That(skeleton.IsFingerprintable, Is.True);
    }

    [Test]
    public void Should_take_lender_and_regulator_lists_from_the_options()
    {
        var builder = new SkeletonBuilder(new SkeletonOptions { Lenders = ["ＸＹＺ贷"], Regulators = ["某某协会"] });

        Assert.That(builder.Build("在xyz贷借款,向某某协会反映").Display, Is.EqualTo("在⟨ORG⟩借款,向⟨REG⟩反映"));
    }
}
