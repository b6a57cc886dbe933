using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Triage.Tests.Fuzz;

// The values a careless or hostile caller sends: wrong types, extremes, broken dates, tampered cursors, control
// characters, lone surrogates, path tricks.
public static class JunkValues
{
    public static readonly string[] Text =
    [
        "", " ", "\t\r\n", "null", "NaN", "Infinity", "-Infinity", "-1", "0", "1e308", "-1e308", "9223372036854775808", "-9223372036854775809",
        "2147483648", "4.9e-324", "0x10", "１２３", "true", "[]", "{}", "投诉", "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\u202e\u200b",
        "\ud800", "\udfff", "x\ud800y", "\ufffe\uffff", "😀", "' OR 1=1 --", "\"; DROP TABLE complaints; --", "<script>alert(1)</script>",
        "../../etc/passwd", "..\\..\\windows", "%00", "%FF%FE", "%", "fraud-review", "handling/collection", "handling/", "CL-000000000000",
        "0001-01-01", "0001-01-01T00:00:00Z", "0001-01-29T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59-14:00", "10000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-13-45T25:61:61Z", "2026-11-20T09:13:00",
        "2026-11-20T09:13:00+25:00", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00+08:00", "1970-01-01T00:00:00Z", "2026-11-20", "now",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "{0b9e3f5e-0000-4000-8000-000000000000}", new string('a', 65), new string('9', 400),
        new string('字', 10_001), "suspect", "confirmed", "dismissed", "honest", "reopened",
    ];

    public static string Pick(Random random) => random.Next(10) == 0 ? Cursor(random) : Text[random.Next(Text.Length)];

    // Cursors as the list endpoints would decode them, with their parts out of range or the wrong kind.
    public static string Cursor(Random random)
    {
        string[] inner =
        [
            "-1:00000000000000000000000000000000", "9000000000000000000:00000000000000000000000000000000", $"{long.MaxValue}:{Guid.NewGuid():N}",
            $"{long.MinValue}:{Guid.NewGuid():N}", "0:zz", ":", "", "NaN|CL-1", "Infinity|CL-1", "-Infinity|", "1e309|CL-1", "0.5", "|||", "0.5|",
            $"638000000000000000:{Guid.NewGuid():N}", "1.7976931348623157E+308|CL-1", "-0|CL-\u0000",
        ];
        var value = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(inner[random.Next(inner.Length)]));
        return random.Next(4) switch
        {
            0 => value + "=",
            1 => value.Length > 2 ? value[..^2] : "!",
            2 => value.Replace('A', '*'),
            _ => value,
        };
    }

    public static JsonNode? Node(Random random) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(-random.NextInt64()),
        3 => JsonValue.Create(decimal.MaxValue),
        4 => JsonValue.Create(random.NextDouble() * 1e300),
        5 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x")),
        6 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = "x" } },
        7 => JsonValue.Create(0),
        _ => JsonValue.Create(Pick(random)),
    };
}
