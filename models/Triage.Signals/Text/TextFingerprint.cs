namespace Triage.Signals.Text;

public sealed record TextFingerprint(TextSkeleton Skeleton, MinHashSignature Signature);
