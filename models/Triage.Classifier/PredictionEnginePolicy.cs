using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Triage.Classifier;

public sealed class PredictionEnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<ClassifierInput, ClassifierOutput>>
{
    private readonly Lock _creating = new();

    public override PredictionEngine<ClassifierInput, ClassifierOutput> Create()
    {
        lock (_creating)
            return ml.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(model);
    }

    public override bool Return(PredictionEngine<ClassifierInput, ClassifierOutput> engine) => true;
}
