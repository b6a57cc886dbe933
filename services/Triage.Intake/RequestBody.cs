using Microsoft.AspNetCore.Http;

namespace Triage.Intake;

public static class RequestBody
{
    // Reads at most limit + 1 bytes, so an oversized body is refused without being buffered whole.
    public static async Task<(byte[]? Body, long Size)> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return (null, request.ContentLength.Value);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                return (null, buffer.Length);
        }
        return (buffer.ToArray(), buffer.Length);
    }
}
