using Triage.Corpus;
using Triage.Signals.Categories;

namespace Triage.Signals.Tests.Categories;

// Honest complaints with a desk category, from a seed the shipped model was not trained on (it was trained on 101).
// Measured on this corpus: inference 0.853, the model alone 0.865. The bounds leave room for changes to the generator's
// phrases; a model with its classes out of order scores about 0.03, always answering "collection" about 0.26.
public class When_categories_are_inferred_for_a_generated_corpus
{
    private List<(string Text, string Category)> _complaints = [];

    [OneTimeSetUp]
    public void Generate() =>
        _complaints = new CorpusGenerator(new CorpusOptions { Seed = 7, Complaints = 5_000 }).Generate()
            .Where(c => !c.Label.Suspect && c.Complaint.Category is not null)
            .Select(c => (c.Complaint.Text.Trim(), c.Complaint.Category!))
            .ToList();

    [Test]
    public void Should_agree_with_the_desk_on_most_honest_complaints()
    {
        var inference = Accuracy(CategoryInference.Infer);
        var model = Accuracy(t => CategoryInference.Categories[CategoryInference.Model.Predict(t).Category]);
        TestContext.Out.WriteLine($"{_complaints.Count} honest complaints: inference {inference:0.000}, model alone {model:0.000}");

        Assert.Multiple(() =>
        {
            Assert.That(inference, Is.GreaterThanOrEqualTo(0.80));
            Assert.That(model, Is.GreaterThanOrEqualTo(0.82));
        });
    }

    [Test]
    public void Should_infer_the_same_categories_on_many_threads()
    {
        var sequential = _complaints.Select(c => CategoryInference.Infer(c.Text)).ToList();
        var parallel = _complaints.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(c => CategoryInference.Infer(c.Text)).ToList();

        Assert.That(parallel, Is.EqualTo(sequential));
    }

    private double Accuracy(Func<string, string> infer) =>
        _complaints.Count(c => infer(c.Text) == c.Category) / (double)_complaints.Count;
}
