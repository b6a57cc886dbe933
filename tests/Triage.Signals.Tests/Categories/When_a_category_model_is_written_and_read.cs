using Triage.Signals.Categories;

namespace Triage.Signals.Tests.Categories;

public class When_a_category_model_is_written_and_read
{
    [Test]
    public void Should_predict_as_before()
    {
        var shipped = CategoryInference.Model;
        using var writer = new StringWriter();
        shipped.Write(writer, ["a note", "another"]);
        var read = CategoryModel.Read(new StringReader(writer.ToString()), CategoryInference.Categories.Count);
        string[] texts = ["催收天天打我家人电话", "会员费每个月自动扣", "保险是默认勾选的", "征信上多了一条逾期", "页面一直转圈还不了款"];

        Assert.Multiple(() =>
        {
            Assert.That(read.Vocabulary.Ngrams, Is.EqualTo(shipped.Vocabulary.Ngrams));
            foreach (var text in texts)
                Assert.That(read.Predict(text), Is.EqualTo(shipped.Predict(text)), text);
        });
    }

    [Test]
    public void Should_refuse_a_line_with_too_few_weights() =>
        Assert.That(() => CategoryModel.Read(new StringReader("# note\nbias\t1\t2\n"), 8), Throws.InstanceOf<InvalidDataException>());
}
