using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Triage.Tests.Infrastructure;

// An OTLP/HTTP endpoint (protobuf, POST /v1/traces) for processes a test starts: it keeps every span they export and
// answers every other signal with an empty success. Reads only the fields OtlpSpan holds, straight off the wire format
// (opentelemetry-proto: ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span).
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<OtlpSpan> _spans = new();
    private readonly Task _loop;

    public OtlpReceiver()
    {
        var port = HostProcess.FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"{Endpoint}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyCollection<OtlpSpan> Spans => _spans;

    // The settings that make a Triage.Host process export here, as command-line configuration.
    public string[] HostArguments() =>
    [
        "--OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint,
        "--OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
        "--OTEL_BSP_SCHEDULE_DELAY", "200",
    ];

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
                foreach (var span in ReadTraces(body.ToArray()))
                    _spans.Enqueue(span);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    private static IEnumerable<OtlpSpan> ReadTraces(byte[] request)
    {
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1).Select(f => f.Bytes!))
        {
            var resource = Fields(resourceSpans).Where(f => f.Number == 1).Select(f => Attributes(f.Bytes!, 1)).FirstOrDefault() ?? [];
            var service = resource.GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in Fields(resourceSpans).Where(f => f.Number == 2).Select(f => f.Bytes!))
            {
                var scope = Fields(scopeSpans).Where(f => f.Number == 1)
                    .Select(f => Fields(f.Bytes!).Where(n => n.Number == 1).Select(n => Encoding.UTF8.GetString(n.Bytes!)).FirstOrDefault()).FirstOrDefault() ?? "";
                foreach (var span in Fields(scopeSpans).Where(f => f.Number == 2).Select(f => f.Bytes!))
                {
                    var fields = Fields(span).ToList();
                    yield return new OtlpSpan(
                        service,
                        scope,
                        Convert.ToHexStringLower(fields.First(f => f.Number == 1).Bytes!),
                        fields.Where(f => f.Number == 5).Select(f => Encoding.UTF8.GetString(f.Bytes!)).FirstOrDefault() ?? "",
                        (int)(fields.FirstOrDefault(f => f.Number == 6)?.Varint ?? 0),
                        Attributes(span, 9));
                }
            }
        }
    }

    // KeyValue { string key = 1; AnyValue value = 2 }; AnyValue: string 1, bool 2, int 3 (varint), double 4 (fixed64).
    private static Dictionary<string, string> Attributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var pair in Fields(message).Where(f => f.Number == field).Select(f => Fields(f.Bytes!).ToList()))
        {
            var key = pair.Where(f => f.Number == 1).Select(f => Encoding.UTF8.GetString(f.Bytes!)).FirstOrDefault();
            var value = pair.Where(f => f.Number == 2).Select(f => Fields(f.Bytes!).FirstOrDefault()).FirstOrDefault();
            if (key is null || value is null)
                continue;
            attributes[key] = value.Number switch
            {
                1 => Encoding.UTF8.GetString(value.Bytes!),
                2 => (value.Varint != 0).ToString(),
                3 => ((long)value.Varint!.Value).ToString(),
                _ => "",
            };
        }
        return attributes;
    }

    private sealed record Field(int Number, ulong? Varint, byte[]? Bytes);

    private static IEnumerable<Field> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var number = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0:
                    yield return new Field(number, ReadVarint(message, ref position), null);
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    yield return new Field(number, null, message[position..(position + length)]);
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"wire type {tag & 7} at {position}");
            }
        }
    }

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException) { }
    }
}
