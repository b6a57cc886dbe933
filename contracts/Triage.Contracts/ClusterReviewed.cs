namespace Triage.Contracts;

// An analyst's verdict on a cluster: confirmed, dismissed or reopened.
public record ClusterReviewed(string ClusterId, string Verdict, DateTimeOffset ReviewedAt);
