using Triage.Signals.Categories;

namespace Triage.Signals.Tests.Categories;

// Sentences written for these tests, in other words than the corpus generator's.
public class When_a_complaint_text_names_its_problem
{
    [TestCase("你们外包的催收公司昨天打电话给我岳母，说我再不还钱就要去她家里闹，老人家一夜没睡。")]
    [TestCase("我只晚了三天，就有人把我的欠款截图发到了我们公司的工作群里，这是暴力催收。")]
    [TestCase("我通讯录里的朋友几乎都接到了你们的电话，说我欠款不还，现在朋友都不理我了。")]
    [TestCase("每天几十个陌生号码轮番打过来，接起来就是恐吓，说要让我身败名裂。")]
    [TestCase("晚上十二点还有人给我打电话要债，我老婆被吵醒后跟我大吵一架。")]
    public void Should_infer_collection_for_threats_and_calls_to_family_and_contacts(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("collection"));

    [TestCase("借款一万元，到手只有九千二，中间八百块说是平台的审核费，这就是砍头息吧。")]
    [TestCase("每个月账单上都有一笔“会员权益费”，我从来没有开通过什么会员。")]
    [TestCase("合同写的年利率是百分之十八，可我算下来实际成本超过百分之三十，你们隐瞒了费用。")]
    [TestCase("担保公司每期收我两百多的担保服务费，我都不知道这家公司是谁。")]
    [TestCase("我只借了三千块，每个月却要多交一百多元的平台管理费，这个费用合同上根本找不到。")]
    public void Should_infer_fees_for_hidden_charges_and_high_interest(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("fees"));

    [TestCase("我的储蓄卡昨天夜里被划走了两笔还款，一样的金额，明显是重复扣款。")]
    [TestCase("我已经在APP上主动还清了本月账单，今天早上银行又代扣了一次。")]
    [TestCase("没有经过我的授权，你们直接从我的支付宝余额里扣走了八百元。")]
    [TestCase("我早就换了绑定的银行卡，你们还从旧卡上扣钱，请把钱退回来。")]
    public void Should_infer_deduction_for_unauthorised_or_repeated_debits(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("deduction"));

    [TestCase("我申请车贷被拒，银行说我的征信报告上有你们报送的逾期，可我每期都按时还了。")]
    [TestCase("有人盗用我的身份证在你们平台贷了款，我的信用报告上多了一笔不是我的借款。")]
    [TestCase("欠款半年前就结清了，人行的报告上还显示这笔贷款未结清。")]
    [TestCase("请帮我撤销信用记录里那条错误的不良信息，我已经提交了异议申请。")]
    public void Should_infer_credit_report_for_wrong_records_and_identity_theft(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("credit-report"));

    [TestCase("我只在你们APP上填过资料，现在天天有陌生人打电话叫出我的全名和住址推销贷款，信息肯定是你们泄露的。")]
    [TestCase("APP安装后要求获取我的通讯录和相册权限，不同意就不能用，这侵犯了我的隐私。")]
    [TestCase("我注销账号一个月了，还是每天收到你们的营销短信。")]
    [TestCase("你们未经我的同意把我的身份证照片和手机号提供给了合作机构。")]
    public void Should_infer_privacy_for_leaked_or_shared_personal_data(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("privacy"));

    [TestCase("借款时被强制购买了一份意外伤害险，每个月额外多付六十元保费。")]
    [TestCase("我从来没有同意投保，合同里却夹着一份信用保证保险的保单。")]
    [TestCase("客服说必须买保险才能放款，这就是捆绑销售。")]
    public void Should_infer_insurance_for_bundled_policies(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("insurance"));

    [TestCase("你们的APP更新之后一打开就闪退，我没办法还款，还款日就是明天。")]
    [TestCase("我申请开具结清证明已经两周了，一直说在审核中。")]
    [TestCase("我换了新手机号码，APP里无法修改，验证码一直发到已经停用的号码上。")]
    [TestCase("还款页面一直转圈，提交不了，你们的软件是不是坏了？")]
    [TestCase("在线客服排队两个小时都没有人工接入，问题一直得不到解决。")]
    public void Should_infer_service_for_app_and_hotline_failures(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("service"));

    [TestCase("有人自称是你们平台的工作人员，让我先交一笔保证金才能提高额度，我怀疑是诈骗。")]
    [TestCase("有个陌生人加我QQ，说是你们公司的，让我转账刷流水才能放款，是不是骗子？")]
    public void Should_infer_other_for_impersonation_scams(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("other"));

    [Test]
    public void Should_read_full_width_letters_as_their_plain_forms() =>
        Assert.That(CategoryInference.Infer("ＡＰＰ一打开就闪退"), Is.EqualTo("service"));
}
