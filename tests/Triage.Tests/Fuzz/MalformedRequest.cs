namespace Triage.Tests.Fuzz;

public sealed record MalformedRequest(string Method, string Path, string? Key, string? ContentType, byte[]? Body, string Endpoint)
{
    public override string ToString() =>
        $"{Method} {(Path.Length > 160 ? Path[..160] + "…" : Path)} key={Key ?? "none"} type={ContentType ?? "none"} body={Preview()}";

    private string Preview()
    {
        if (Body is null)
            return "none";
        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160));
        return $"{Body.Length:N0} bytes {text.ReplaceLineEndings(" ")}";
    }
}
