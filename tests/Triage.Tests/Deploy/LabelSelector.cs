namespace Triage.Tests.Deploy;

// A Kubernetes label selector (matchLabels and matchExpressions) applied to a pod's labels. An empty selector selects
// every pod; a missing one (null) selects none.
public static class LabelSelector
{
    public static bool Selects(object? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is not IDictionary<object, object?> map)
            return false;
        if (Yaml.Path(map, "matchLabels") is IDictionary<object, object?> matchLabels &&
            matchLabels.Any(l => !labels.TryGetValue((string)l.Key, out var value) || value != (string)l.Value!))
            return false;
        foreach (var expression in (Yaml.Path(map, "matchExpressions") as IList<object?> ?? []).Select(Yaml.Map))
        {
            var key = (string)expression["key"]!;
            var values = (Yaml.Path(expression, "values") as IList<object?> ?? []).Cast<string>().ToList();
            var has = labels.TryGetValue(key, out var value);
            var holds = (string)expression["operator"]! switch
            {
                "In" => has && values.Contains(value!),
                "NotIn" => !has || !values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                var other => throw new AssertionException($"unknown selector operator {other}"),
            };
            if (!holds)
                return false;
        }
        return true;
    }

    // A namespaceSelector that names exactly one namespace by its automatic kubernetes.io/metadata.name label.
    public static string? NamespaceNamed(object? selector) =>
        selector is IDictionary<object, object?> map
        && Yaml.Path(map, "matchExpressions") is null
        && Yaml.Path(map, "matchLabels") is IDictionary<object, object?> { Count: 1 } labels
        && labels.TryGetValue("kubernetes.io/metadata.name", out var name)
            ? name as string
            : null;
}
