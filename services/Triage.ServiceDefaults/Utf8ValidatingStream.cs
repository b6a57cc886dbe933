using System.Text;

namespace Triage.ServiceDefaults;

// A request body that throws BodyNotUtf8Exception as soon as the bytes read so far cannot be UTF-8, so a handler never
// parses them; a sequence cut at a read boundary is carried over to the next read, one cut at the end is invalid.
public sealed class Utf8ValidatingStream(Stream inner) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _scratch = new char[4096];

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..read], final: read == 0);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Check(buffer.AsSpan(offset, read), final: read == 0);
        return read;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool final)
    {
        try
        {
            do
            {
                _decoder.Convert(bytes, _scratch, final, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (!bytes.IsEmpty);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException is an ArgumentException.
            throw new BodyNotUtf8Exception();
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
