namespace Triage.Classifier;

public sealed class IncompatibleModelException(string message) : Exception(message);
