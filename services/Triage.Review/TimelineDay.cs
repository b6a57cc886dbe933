namespace Triage.Review;

public sealed record TimelineDay(string Day, int Complaints);
