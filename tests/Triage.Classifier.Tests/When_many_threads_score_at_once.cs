namespace Triage.Classifier.Tests;

public class When_many_threads_score_at_once
{
    [Test]
    public void Should_agree_with_batch_scoring()
    {
        var model = SuspectModel.Load(SmallModel.ModelPath);
        var inputs = SmallModel.Test.Select(r => r.Input).ToList();
        var batch = model.ScoreBatch(inputs);

        var single = new float[inputs.Count];
        Parallel.For(0, inputs.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => single[i % inputs.Count] = model.Score(inputs[i % inputs.Count]));

        Assert.That(single, Is.EqualTo(batch).Within(1e-6f));
    }
}
