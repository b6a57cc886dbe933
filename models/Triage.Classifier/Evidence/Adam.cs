namespace Triage.Classifier.Evidence;

// The Adam update over a list of parameter arrays, in place.
public sealed class Adam(IReadOnlyList<double[]> parameters, double learningRate)
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
    private readonly double[][] m = parameters.Select(p => new double[p.Length]).ToArray();
    private readonly double[][] v = parameters.Select(p => new double[p.Length]).ToArray();
    private int t;

    public void Step(IReadOnlyList<double[]> gradients)
    {
        t++;
        var correction1 = 1 - Math.Pow(Beta1, t);
        var correction2 = 1 - Math.Pow(Beta2, t);
        for (var i = 0; i < parameters.Count; i++)
            for (var k = 0; k < parameters[i].Length; k++)
            {
                var g = gradients[i][k];
                m[i][k] = Beta1 * m[i][k] + (1 - Beta1) * g;
                v[i][k] = Beta2 * v[i][k] + (1 - Beta2) * g * g;
                parameters[i][k] -= learningRate * (m[i][k] / correction1) / (Math.Sqrt(v[i][k] / correction2) + Epsilon);
            }
    }
}
