using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Triage.Replay.Api;

public sealed class TriageApi : IDisposable
{
    private const int Attempts = 6;
    private const int PageSize = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient http;

    public TriageApi(Uri url, string apiKey)
    {
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(100),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public Task<BatchReply> SubmitBatchAsync(IReadOnlyList<CorpusLine> batch, CancellationToken cancellationToken)
    {
        var body = "[" + string.Join(",", batch.Select(line => line.Json)) + "]";
        return SendAsync<BatchReply>(() => new HttpRequestMessage(HttpMethod.Post, "api/v1/complaints/batch")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }, cancellationToken);
    }

    // Newest first, in keyset pages; the window keeps other corpora in the same store out of the walk.
    public async IAsyncEnumerable<ListedComplaint> ListAsync(
        string? status, DateTimeOffset since, DateTimeOffset until, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = $"api/v1/complaints?limit={PageSize}&since={Time(since)}&until={Time(until)}{(status is null ? "" : $"&status={status}")}";
        string? cursor = null;
        do
        {
            var uri = cursor is null ? query : $"{query}&cursor={Uri.EscapeDataString(cursor)}";
            var page = await SendAsync<ComplaintPage>(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
            foreach (var item in page.Items)
                yield return item;
            cursor = page.NextCursor;
        } while (cursor is not null);
    }

    public void Dispose() => http.Dispose();

    // A tool's retry: 429, 5xx, refused connections and timeouts, with a doubling pause or the server's Retry-After.
    // Posting a batch again is safe: a known externalId is answered with the stored complaint.
    private async Task<T> SendAsync<T>(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pause = TimeSpan.FromSeconds(Math.Min(10, 0.5 * Math.Pow(2, attempt - 1)));
            try
            {
                using var message = request();
                using var response = await http.SendAsync(message, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                           ?? throw new InvalidDataException($"{message.RequestUri} answered an empty body");
                var failure = $"{message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
                if (attempt == Attempts || (response.StatusCode != HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500))
                    throw new HttpRequestException(failure, null, response.StatusCode);
                Console.Error.WriteLine($"{failure}; retrying");
                pause = response.Headers.RetryAfter?.Delta ?? pause;
            }
            catch (Exception exception) when (exception is HttpRequestException { StatusCode: null } or TaskCanceledException
                                              && !cancellationToken.IsCancellationRequested && attempt < Attempts)
            {
                Console.Error.WriteLine($"{exception.Message}; retrying");
            }
            await Task.Delay(pause, cancellationToken);
        }
    }

    private static string Time(DateTimeOffset time) =>
        Uri.EscapeDataString(time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", CultureInfo.InvariantCulture));
}
