using Triage.Classifier.Evaluation;

namespace Triage.Classifier.Tests;

public class When_the_keyword_rule_reads_a_complaint
{
    [Test]
    public void Should_count_each_keyword_found()
    {
        Assert.That(KeywordRule.Count("要求停息挂账，减免罚息，否则向银保监会投诉"), Is.EqualTo(3));
        Assert.That(KeywordRule.Count("催收人员每天给我的家人打电话，请核实处理。"), Is.Zero);
    }
}
