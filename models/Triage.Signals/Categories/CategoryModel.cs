using System.Globalization;

namespace Triage.Signals.Categories;

// A linear multiclass model over character n-grams, trained with ML.NET by `triage categories --train … --save …` and
// scored here in plain arithmetic, so inference needs no ML.NET and stays pure and thread-safe. Classes are in
// CategoryInference.Categories order. The file is text: comment lines, a "bias" line, then one line per n-gram.
public sealed class CategoryModel(CategoryVocabulary vocabulary, float[] weights, float[] biases)
{
    private const string Resource = "Triage.Signals.Categories.category-model.txt";

    public CategoryVocabulary Vocabulary { get; } = vocabulary;

    public int Classes => biases.Length;

    public (int Category, double Probability) Predict(string text)
    {
        Span<double> probabilities = stackalloc double[Classes];
        Probabilities(text, probabilities);
        var best = 0;
        for (var c = 1; c < Classes; c++)
            if (probabilities[c] > probabilities[best])
                best = c;
        return (best, probabilities[best]);
    }

    public void Probabilities(string text, Span<double> probabilities)
    {
        var (indices, values) = Vocabulary.Featurize(text);
        for (var c = 0; c < Classes; c++)
            probabilities[c] = biases[c];
        for (var i = 0; i < indices.Length; i++)
            for (var c = 0; c < Classes; c++)
                probabilities[c] += values[i] * weights[indices[i] * Classes + c];
        var max = double.NegativeInfinity;
        foreach (var p in probabilities)
            max = Math.Max(max, p);
        var sum = 0.0;
        for (var c = 0; c < Classes; c++)
            sum += probabilities[c] = Math.Exp(probabilities[c] - max);
        for (var c = 0; c < Classes; c++)
            probabilities[c] /= sum;
    }

    public void Write(TextWriter writer, IEnumerable<string> notes)
    {
        foreach (var note in notes)
            writer.WriteLine("# " + note);
        writer.WriteLine("bias\t" + string.Join('\t', biases.Select(Format)));
        for (var n = 0; n < Vocabulary.Ngrams.Count; n++)
            writer.WriteLine(Vocabulary.Ngrams[n] + "\t" + string.Join('\t', weights.Skip(n * Classes).Take(Classes).Select(Format)));
    }

    public static CategoryModel Load(int classes)
    {
        using var stream = typeof(CategoryModel).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(CategoryModel).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader, classes);
    }

    public static CategoryModel Read(TextReader reader, int classes)
    {
        float[]? biases = null;
        var ngrams = new List<string>();
        var weights = new List<float>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (biases is null && (line.Length == 0 || line.StartsWith('#')))
                continue;
            var fields = line.Split('\t');
            if (fields.Length != classes + 1 || (biases is null && fields[0] != "bias"))
                throw new InvalidDataException($"category model line {number}: expected a name and {classes} weights");
            var values = fields.Skip(1).Select(f => float.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            if (biases is null)
            {
                biases = values;
                continue;
            }
            ngrams.Add(fields[0]);
            weights.AddRange(values);
        }
        return new CategoryModel(new CategoryVocabulary(ngrams), weights.ToArray(), biases ?? throw new InvalidDataException("category model: no bias line"));
    }

    private static string Format(float value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
