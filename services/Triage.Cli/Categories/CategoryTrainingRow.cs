using Microsoft.ML.Data;

namespace Triage.Cli.Categories;

public sealed class CategoryTrainingRow
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
