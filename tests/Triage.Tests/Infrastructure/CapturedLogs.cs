using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Triage.Tests.Infrastructure;

// Keeps every formatted log line, with its structured values, so tests can check what the service wrote; and each
// entry with the trace it was written in (the TraceId scope the logger factory adds from the current activity).
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyCollection<string> Lines => _lines;

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, string Message, string? TraceId, string? SpanId);

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        // The logger factory keeps the scopes of a provider that supports external scopes.
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var message = formatter(state, exception);
            logs._lines.Enqueue($"{logLevel} {category}: {message} {values} {exception}");
            string? traceId = null, spanId = null;
            logs._scopes?.ForEachScope((scope, _) =>
            {
                if (scope is not IEnumerable<KeyValuePair<string, object?>> items)
                    return;
                foreach (var (key, value) in items)
                {
                    if (key == "TraceId")
                        traceId = value?.ToString();
                    else if (key == "SpanId")
                        spanId = value?.ToString();
                }
            }, (object?)null);
            logs._entries.Enqueue(new LogEntry(category, message, traceId, spanId));
        }
    }
}
