using Triage.Signals.Categories;

namespace Triage.Signals.Tests.Categories;

public class When_a_complaint_text_names_no_problem
{
    [TestCase("")]
    [TestCase("   \n ")]
    [TestCase("谢谢！")]
    [TestCase("请尽快处理")]
    [TestCase("具体情况见附件，请回电。")]
    [TestCase("请问你们的办公地址在哪里？")]
    [TestCase("12345678")]
    public void Should_infer_other(string text) =>
        Assert.That(CategoryInference.Infer(text), Is.EqualTo("other"));

    [Test]
    public void Should_offer_only_the_contract_categories() =>
        Assert.That(CategoryInference.Categories,
            Is.EqualTo(new[] { "collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", "other" }));
}
