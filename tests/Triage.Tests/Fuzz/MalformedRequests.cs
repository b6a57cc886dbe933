using System.Text;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Fuzz;

// Deterministic (seeded) malformed requests over the host's own endpoints: every endpoint meets every key at least once,
// the rest are drawn at random. Paths, methods, query parameters, content types and bodies are each broken on their own
// or together, so that each layer's refusal is reached as well as the handler behind it.
public sealed class MalformedRequests(Random random, IReadOnlyList<ApiEndpoint> endpoints, IReadOnlyDictionary<string, string> knownIds)
{
    public static readonly string?[] Keys = [null, "dev-desk-key", "dev-analyst-key", "dev-admin-key"];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private static readonly string[] QueryNames =
    [
        "limit", "cursor", "since", "until", "status", "route", "externalId", "minSize", "subject", "unmasked", "format", "overdue",
        "dueBefore", "outcome", "suspect", "score", "phone", "ip",
    ];

    private static readonly string[] JsonTypes = ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON; CHARSET=UTF-8"];

    private static readonly string?[] OtherTypes =
    [
        null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/json; charset=latin1", "application/json; charset=", "application/json;;;", "application/problem+json", "*/*", "garbage",
    ];

    // No %00: the test server refuses to build a request whose path holds one (Kestrel answers such a request 400).
    private static readonly string[] RouteJunk =
    [
        "", "%01", "..", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "' OR 1=1 --", "NaN", "-1", "0001-01-01", "%FF%FE", "投诉", "CL-%1F",
        "00000000-0000-0000-0000-000000000000", "0b9e3f5e-0000-4000-8000-00000000000", "{id}", new string('a', 3_000), "a%2Fb", "index.html",
        "app.js", "..%5C..%5Cweb.config",
    ];

    public IEnumerable<MalformedRequest> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // The first rounds pair each endpoint with each key in turn; then anything goes.
            var covering = i < endpoints.Count * Keys.Length;
            var endpoint = covering ? endpoints[i % endpoints.Count] : random.Next(2) == 0 ? Pick(bodied) : Pick(endpoints);
            var key = covering ? Keys[i / endpoints.Count] : RandomKey(endpoint);
            yield return Make(endpoint, key);
        }
    }

    private readonly IReadOnlyList<ApiEndpoint> bodied = endpoints.Where(e => e.Method is "POST" or "PUT" or "PATCH").ToList();

    private ApiEndpoint Pick(IReadOnlyList<ApiEndpoint> from) => from[random.Next(from.Count)];

    private MalformedRequest Make(ApiEndpoint endpoint, string? key)
    {
        var method = random.Next(10) == 0 ? Methods[random.Next(Methods.Length)] : endpoint.Method;
        var path = Path(endpoint) + Query();
        if (method is "GET" or "HEAD" or "DELETE" or "OPTIONS" && random.Next(4) != 0)
            return new MalformedRequest(method, path, key, null, null, endpoint.ToString());
        // Mostly a type the endpoint takes, so that most bodies get past the door to the parser behind it.
        var contentType = random.Next(10) < 7 ? JsonTypes[random.Next(JsonTypes.Length)] : OtherTypes[random.Next(OtherTypes.Length)];
        return new MalformedRequest(method, path, key, contentType, Body(endpoint), endpoint.ToString());
    }

    // Half the time a key that may call the endpoint, so that most requests reach what is behind the authorisation.
    private string? RandomKey(ApiEndpoint endpoint) => random.Next(20) switch
    {
        0 => "dev-admin-key ",
        1 => "DEV-ADMIN-KEY",
        2 => new string('k', 5_000),
        3 => $"key-{random.Next()}",
        < 12 => endpoint.Role is null ? null : $"dev-{(random.Next(2) == 0 ? endpoint.Role : "admin")}-key",
        _ => Keys[random.Next(Keys.Length)],
    };

    private string Path(ApiEndpoint endpoint)
    {
        var path = endpoint.Path(parameter => random.Next(3) switch
        {
            0 => RouteJunk[random.Next(RouteJunk.Length)],
            1 when knownIds.TryGetValue(parameter.Name + (IsGuid(parameter) ? ":guid" : ""), out var id) => id,
            _ => IsGuid(parameter) ? Guid.NewGuid().ToString() : WellFormed(JunkValues.Pick(random)),
        });
        return random.Next(12) switch
        {
            0 => path + "/",
            1 => path + "/" + RouteJunk[random.Next(RouteJunk.Length)],
            2 => path.Replace("/api/v1", "/api/v1/"),
            3 => path.ToUpperInvariant(),
            _ => path,
        };
    }

    private string Query()
    {
        var parameters = new List<string>();
        for (var n = random.Next(5); n > 0; n--)
            parameters.Add($"{QueryNames[random.Next(QueryNames.Length)]}={Escape(JunkValues.Pick(random))}");
        if (random.Next(10) == 0)
            parameters.Add("limit=1&limit=2");
        if (random.Next(20) == 0)
            parameters.Add("%zz=%zz&=&&a");
        return parameters.Count == 0 ? "" : "?" + string.Join("&", parameters);
    }

    private byte[] Body(ApiEndpoint endpoint)
    {
        var valid = ValidBody(endpoint);
        switch (random.Next(20))
        {
            case 0:
                return [];
            case 1:
                return Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000));
            case 2:
                return Encoding.UTF8.GetBytes(JunkValues.Pick(random));
            case 3 when random.Next(10) == 0:
                // Over the largest limit there is (a batch's 8 MiB).
                return Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(valid.ToJsonString(), 9 * 1024 * 1024 / Math.Max(valid.ToJsonString().Length, 1) + 1)) + "]");
            case 4:
                valid = Pad(valid);
                break;
        }
        for (var n = random.Next(4); n > 0; n--)
            valid = Mutate(valid);
        var text = Serialize(valid);
        return random.Next(6) switch
        {
            0 => Encoding.UTF8.GetBytes(text[..random.Next(text.Length + 1)]),
            1 => Corrupt(Encoding.UTF8.GetBytes(text)),
            2 => Encoding.UTF8.GetBytes(InjectEscape(text)),
            3 => Encoding.UTF8.GetBytes("\ufeff" + text + (random.Next(2) == 0 ? "}{" : " /* c */")),
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    private static bool IsGuid(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(c => c.Content == "guid");

    // A lone surrogate cannot be percent-encoded as UTF-8: it goes as the bytes a broken client would send.
    private static string Escape(string value) => HasLoneSurrogate(value) ? "%ED%A0%80" + value.Length : Uri.EscapeDataString(value);

    private static string WellFormed(string value) => HasLoneSurrogate(value) ? "x" : value.Replace('\0', '\u0001');

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (char.IsSurrogate(value[i]))
                return true;
        }
        return false;
    }

    // The body the endpoint would take, so that mutations land one field away from something valid.
    private JsonNode ValidBody(ApiEndpoint endpoint)
    {
        var template = endpoint.Template;
        if (template.EndsWith("/complaints/batch"))
            return new JsonArray(SampleComplaints.Valid(), SampleComplaints.Minimal());
        if (template.EndsWith("/complaints") || template.EndsWith("/complaints/"))
            return random.Next(2) == 0 ? SampleComplaints.Valid() : SampleComplaints.Minimal();
        if (template.Contains("/clusters/"))
            return new JsonObject { ["verdict"] = random.Next(2) == 0 ? "confirmed" : "dismissed", ["note"] = "fuzz" };
        if (template.Contains("/verdict"))
            return new JsonObject { ["verdict"] = random.Next(2) == 0 ? "suspect" : "honest", ["note"] = "fuzz" };
        if (template.Contains("/rescoring"))
            return new JsonObject { ["since"] = "2026-11-01T00:00:00Z", ["until"] = "2026-11-02T00:00:00Z" };
        if (template.Contains("/promote"))
            return new JsonObject { ["force"] = false, ["note"] = "fuzz" };
        if (template.Contains("/rollback"))
            return new JsonObject { ["reason"] = "fuzz" };
        if (endpoint.Method == "PATCH")
            return new JsonObject { ["text"] = "补充说明：扣款两次，请一并核实。", ["category"] = "deduction" };
        return new JsonObject { ["text"] = "补充说明：扣款两次。", ["category"] = "deduction", ["reason"] = "fuzz", ["to"] = 30, ["outcome"] = "upheld" };
    }

    private JsonNode Mutate(JsonNode node)
    {
        var objects = Objects(node).ToList();
        var target = objects[random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        switch (random.Next(4))
        {
            case 0 when names.Count > 0:
                target.Remove(names[random.Next(names.Count)]);
                break;
            case 1:
                target[$"extra{random.Next(100)}"] = JunkValues.Node(random);
                break;
            default:
                if (names.Count > 0)
                    target[names[random.Next(names.Count)]] = JunkValues.Node(random);
                break;
        }
        return node;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Objects(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private JsonNode Pad(JsonNode node)
    {
        foreach (var o in Objects(node).Where(o => o.ContainsKey("text")))
            o["text"] = new string('长', 30_000 + random.Next(10_000));
        return node;
    }

    // A lone surrogate can only be written as an escape; JsonNode will not write one.
    private static string Serialize(JsonNode node)
    {
        try
        {
            return node.ToJsonString();
        }
        catch (ArgumentException)
        {
            return "{\"text\": \"\\ud800\"}";
        }
    }

    private string InjectEscape(string json)
    {
        string[] escapes = ["\\ud800", "\\udfff", "\\u0000", "\\ud800\\u0041", "\\uDBFF\\uDFFF", "\\x41", "\\u12", "\\"];
        var at = json.IndexOf(":\"", StringComparison.Ordinal);
        return at < 0 ? json + escapes[random.Next(escapes.Length)] : json.Insert(at + 2, escapes[random.Next(escapes.Length)]);
    }

    private byte[] Corrupt(byte[] bytes)
    {
        byte[] bad = [0xFF, 0xC0, 0x80, 0xED, 0xF8, 0xFE];
        if (bytes.Length > 0)
            bytes[random.Next(bytes.Length)] = bad[random.Next(bad.Length)];
        return bytes;
    }
}
