using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Polly.CircuitBreaker;
using Triage.ServiceDefaults;
using Triage.Storage;

namespace Triage.Tests.Storage;

public class When_storage_is_unavailable_during_a_request
{
    private static async Task<Exception> RefusedConnectionAsync()
    {
        try
        {
            // Nothing listens on port 1 of loopback: the same exception a stopped PostgreSQL gives.
            await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
            await connection.OpenAsync();
        }
        catch (Exception e)
        {
            return e;
        }
        throw new InvalidOperationException("Something listens on 127.0.0.1:1.");
    }

    private static async Task<(bool Handled, HttpContext Context, JsonElement? Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handled = await new StorageUnavailableExceptionHandler(services.GetRequiredService<IProblemDetailsService>()).TryHandleAsync(context, exception, default);
        context.Response.Body.Position = 0;
        JsonElement? body = context.Response.Body.Length > 0 ? JsonDocument.Parse(context.Response.Body).RootElement.Clone() : null;
        return (handled, context, body);
    }

    [Test]
    public async Task Should_answer_503_with_retry_after_when_the_database_refuses_connections()
    {
        var (handled, context, body) = await HandleAsync(await RefusedConnectionAsync());

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status503ServiceUnavailable));
        Assert.That(context.Response.Headers.RetryAfter.ToString(), Is.EqualTo("5"));
        Assert.That(body?.GetProperty("status").GetInt32(), Is.EqualTo(503));
    }

    [Test]
    public async Task Should_answer_503_when_the_circuit_is_open()
    {
        var (handled, context, _) = await HandleAsync(new BrokenCircuitException("open"));

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status503ServiceUnavailable));
    }

    [Test]
    public async Task Should_leave_a_bug_to_the_default_handler()
    {
        var (handled, _, _) = await HandleAsync(new InvalidOperationException("a bug"));

        Assert.That(handled, Is.False);
    }
}
